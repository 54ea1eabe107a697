/**
 * A directive approving several job descriptions as annexes imports as one document per annex;
 * a batch with an unreadable file imports the rest when asked to skip invalid files.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/data-source.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { directiveText, jobDescriptionText, openTempDatabase, type AnnexFacts } from '../factories.js';
import { snapshot } from './snapshot.js';

const HEAD: AnnexFacts = { title: 'Osakonna juhataja', unit: 'arendusosakond', reportsTo: 'peadirektorile', substitutedBy: 'nõunik', substitutes: 'nõunikku' };
const ADVISER: AnnexFacts = { title: 'Nõunik', unit: 'arendusosakond', reportsTo: 'osakonna juhatajale', substitutedBy: 'osakonna juhataja', substitutes: 'osakonna juhatajat' };

let db: Database;
beforeEach(async () => {
  db = await openTempDatabase();
});
afterEach(() => db.dataSource.destroy());

describe('a directive with two annexes', () => {
  it('imports two job descriptions, each approved by the directive', async () => {
    const result = await importDocuments(db.dataSource, [{ name: 'kaskkiri.txt', content: directiveText('Testamet', [HEAD, ADVISER]) }]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => [f.name, f.title, f.status])).toEqual([
      ['kaskkiri.txt#lisa-1', 'Osakonna juhataja', 'CREATED'],
      ['kaskkiri.txt#lisa-2', 'Nõunik', 'CREATED'],
    ]);
    const stored = await db.dataSource.getRepository(JobDescription).find({ order: { sourceName: 'ASC' } });
    expect(stored.map((d) => d.document.approval)).toEqual([
      { date: '2026-03-14', number: '1-2/26/7', issuer: 'peadirektor', signer: 'Piret Proovija' },
      { date: '2026-03-14', number: '1-2/26/7', issuer: 'peadirektor', signer: 'Piret Proovija' },
    ]);
    const graph = await snapshot(db.dataSource);
    expect(graph.positions).toEqual(['Nõunik @ Arendusosakond', 'Osakonna juhataja @ Arendusosakond', 'Peadirektor* @ (top)']);
    expect(graph.substitutions).toEqual([
      'Nõunik @ Arendusosakond ⇒ Osakonna juhataja @ Arendusosakond {substituted#0, substitute#0}',
      'Osakonna juhataja @ Arendusosakond ⇒ Nõunik @ Arendusosakond {substituted#0, substitute#0}',
    ]);
  });

  it('is rejected when an annex the directive lists is missing from a complete file', async () => {
    const result = await importDocuments(db.dataSource, [{ name: 'kaskkiri.txt', content: directiveText('Testamet', [HEAD, ADVISER], { omitAnnex: 2 }) }]);
    expect(result.ok).toBe(false);
    expect(result.files[0].error?.message).toBe('kaskkiri.txt:4: the directive lists annex 2 ("nõunik") but the file does not contain it');
    expect(await db.dataSource.getRepository(JobDescription).count()).toBe(0);
  });
});

describe('skipping invalid files', () => {
  const good = { name: 'jurist.txt', content: jobDescriptionText({ title: 'Jurist', unit: 'Õigusosakond, nõustamistalitus' }) };
  const bad = { name: 'pilt.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) };

  it('imports nothing by default', async () => {
    const result = await importDocuments(db.dataSource, [good, bad], { organization: 'Testamet' });
    expect(result.ok).toBe(false);
    expect(await db.dataSource.getRepository(JobDescription).count()).toBe(0);
  });

  it('imports the readable files and lists the others when asked', async () => {
    const result = await importDocuments(db.dataSource, [good, bad], { organization: 'Testamet', skipInvalid: true });
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => [f.name, f.status])).toEqual([
      ['jurist.txt', 'CREATED'],
      ['pilt.png', 'SKIPPED'],
    ]);
    expect(result.files[1].error?.message).toMatch(/^pilt\.png: the file is binary/);
    expect(await db.dataSource.getRepository(JobDescription).count()).toBe(1);
  });
});
