/**
 * Imports over time: a document arriving for a position that was only named before, a changed
 * file, a batch with a bad file, a document that names no organisation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/data-source.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { Position } from '../../server/org/position.entity.js';
import { jobDescriptionText, openTempDatabase, sampleFiles, sampleText } from '../factories.js';
import { snapshot } from './snapshot.js';

const KLAT_UNIT = 'Ohvriabi ja ennetusteenuste osakond, ennetustalitus (KLAT ja abivajava lapse SRT tiim)';
const KLAT = 'KLAT ja abivajava lapse SRT tiim';

let db: Database;
beforeEach(async () => {
  db = await openTempDatabase();
  expect((await importDocuments(db.dataSource, sampleFiles())).ok).toBe(true);
});
afterEach(() => db.dataSource.destroy());

describe('a document for a position that was only named so far', () => {
  const teamLead = {
    name: 'tiimijuht-klat.txt',
    content: jobDescriptionText({
      title: 'Tiimijuht',
      unit: KLAT_UNIT,
      manager: 'Talitusejuhataja',
      substitutedBy: 'Koordinaator',
      substitutes: 'Koordinaatorit',
    }),
  };

  it('takes the undocumented position over, keeping its ID, without a duplicate', async () => {
    const before = await snapshot(db.dataSource);
    const placeholderId = before.ids.positions.get(`Tiimijuht* @ ${KLAT}`);
    expect(placeholderId).toBeDefined();

    const result = await importDocuments(db.dataSource, [teamLead]);
    expect(result.ok).toBe(true);
    const after = await snapshot(db.dataSource);
    expect(after.ids.positions.get(`Tiimijuht @ ${KLAT}`)).toBe(placeholderId);
    expect(after.positions.filter((p) => p.startsWith('Tiimijuht') && p.endsWith(KLAT))).toEqual([`Tiimijuht @ ${KLAT}`]);
    // Its own manager is new: the division head, placed in the division it leads.
    expect(after.positions).toContain('Talitusejuhataja* @ Ennetustalitus');
    expect(after.positions).toHaveLength(21);
  });

  it('confirms the lines both documents now state, and points the coordinator at the documented lead', async () => {
    await importDocuments(db.dataSource, [teamLead]);
    const after = await snapshot(db.dataSource);
    expect(after.substitutions).toContain(`Koordinaator @ ${KLAT} ⇒ Tiimijuht @ ${KLAT} {substituted#0, substitute#1}`);
    expect(after.substitutions).toContain(`Tiimijuht @ ${KLAT} ⇒ Koordinaator @ ${KLAT} {substituted#1, substitute#0}`);
    expect(after.reporting).toContain(`Koordinaator @ ${KLAT} → Tiimijuht @ ${KLAT}`);
    expect(after.reporting).toContain(`Tiimijuht @ ${KLAT} → Talitusejuhataja* @ Ennetustalitus`);
  });
});

describe('a changed file imported again under the same name', () => {
  it('updates its position in place', async () => {
    const before = await snapshot(db.dataSource);
    const id = before.ids.positions.get('Peaspetsialist (perelepitus) @ Perelepituse tiim');
    const changed = sampleText('002').replace('Perelepitusteenuse juht Perelepitusteenuse juht, nõunik,', 'Nõunik Perelepitusteenuse juht, nõunik,');
    const result = await importDocuments(db.dataSource, [{ name: '002_42ab01ed87798dfc.txt', content: changed }]);

    expect(result.files[0].status).toBe('UPDATED');
    expect(result.summary.documents).toEqual({ created: 0, updated: 1, unchanged: 0, removed: 0 });
    const after = await snapshot(db.dataSource);
    expect(after.ids.positions.get('Peaspetsialist (perelepitus) @ Perelepituse tiim')).toBe(id);
    expect(after.reporting).toContain('Peaspetsialist (perelepitus) @ Perelepituse tiim → Nõunik* @ Perelepituse tiim');
    expect(await db.dataSource.getRepository(JobDescription).count()).toBe(5);
  });
});

describe('a batch with a file that is not a job description', () => {
  it('is rejected whole with a message naming the file, and nothing stored changes', async () => {
    const before = await snapshot(db.dataSource);
    const result = await importDocuments(db.dataSource, [
      { name: 'new-lead.txt', content: jobDescriptionText({ title: 'Tiimijuht', unit: KLAT_UNIT }) },
      { name: 'notes.txt', content: 'Koosoleku protokoll\n\nArutati eelarvet.' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.files.map((f) => f.status)).toEqual(['UNCHANGED', 'FAILED']);
    expect(result.files[1].error?.message).toMatch(/^notes\.txt:1: not a job description/);
    const after = await snapshot(db.dataSource);
    expect(after).toEqual(before);
    expect(await db.dataSource.getRepository(JobDescription).count()).toBe(5);
  });
});

describe('a document whose text names no organisation', () => {
  it('needs one from the caller when imported alone', async () => {
    const fresh = await openTempDatabase();
    try {
      const alone = await importDocuments(fresh.dataSource, [{ name: '004.txt', content: sampleText('004') }]);
      expect(alone.ok).toBe(false);
      expect(alone.files[0].error?.message).toBe('004.txt: the text names no organisation; give one (--org NAME, or "organization" in the import)');
      expect(await fresh.dataSource.getRepository(Position).count()).toBe(0);

      const named = await importDocuments(fresh.dataSource, [{ name: '004.txt', content: sampleText('004') }], { organization: 'Sotsiaalkindlustusamet' });
      expect(named.ok).toBe(true);
      expect(named.files[0].organization).toBe('Sotsiaalkindlustusamet');
    } finally {
      await fresh.dataSource.destroy();
    }
  });
});

describe('a batch that holds one file name twice', () => {
  const version = (purpose: string) => ({
    name: 'analyytik.txt',
    content: jobDescriptionText({ title: 'Analüütik', unit: KLAT_UNIT, manager: 'Tiimijuht', purpose }),
  });

  it('stores the later text once, as two imports one after the other would', async () => {
    const result = await importDocuments(db.dataSource, [version('Esimene eesmärk.'), version('Teine eesmärk.')], { organization: 'Sotsiaalkindlustusamet' });
    expect(result.ok).toBe(true);
    expect(result.summary.documents).toMatchObject({ created: 1, updated: 1 });
    const stored = await db.dataSource.getRepository(JobDescription).findBy({ sourceName: 'analyytik.txt' });
    expect(stored).toHaveLength(1);
    expect(stored[0].document.purpose).toBe('Teine eesmärk.');
  });
});
