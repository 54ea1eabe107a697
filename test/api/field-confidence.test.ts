/**
 * Field confidence over GraphQL: a job description's header fields answer how sure the reader is,
 * for documents imported now and for those stored before confidence was kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../server/org/organization.entity.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { startTestServer, type TestServer } from './server.js';

/** A made-up colon-row document whose title has a unit's name glued in front of it. */
const DOUBTFUL = [
  'Ametijuhend',
  '',
  'Ametinimetus: Eelarvetalitus peaspetsialist',
  'Struktuuriüksus: Finantsosakond',
  'Allub: Osakonnajuhataja',
  'Tema asendaja: Finantsosakonna nõunik',
  'Tema asendab: -',
  '',
  '2. EESMÄRK',
  '',
  'Eelarve koostamise korraldamine.',
].join('\n');

const IMPORT = `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok errors { message } } }`;
const CONFIDENCE = `query($t: String) {
  positions(first: 10, filter: { titleContains: $t }) { nodes { title jobDescription { fieldConfidence { field level reasons } } } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const { data, errors } = await server.gql(IMPORT, { input: { organization: 'Sotsiaalkindlustusamet', files: [{ name: 'eelarve.txt', content: DOUBTFUL }] } });
  expect(errors).toBeUndefined();
  expect(data.importDocuments).toEqual({ ok: true, errors: [] });
});
afterAll(() => server.close());

async function confidenceOf(title: string): Promise<Record<string, { level: string; reasons: string[] }>> {
  const { data, errors } = await server.gql(CONFIDENCE, { t: title });
  expect(errors).toBeUndefined();
  const position = data.positions.nodes.find((p: any) => p.title === title && p.jobDescription);
  return Object.fromEntries(position.jobDescription.fieldConfidence.map((f: any) => [f.field, { level: f.level, reasons: f.reasons }]));
}

describe('the confidence of a job description’s header fields', () => {
  it('answers LOW with its reason for a title that holds a unit’s name', async () => {
    const fields = await confidenceOf('Eelarvetalitus peaspetsialist');
    expect(fields.title).toEqual({ level: 'LOW', reasons: ['title contains a unit word'] });
    expect(fields.unitPath.level).toBe('HIGH');
  });

  it('answers HIGH with no reasons for every header field of a clean sample', async () => {
    const fields = await confidenceOf('Koordinaator');
    expect(Object.keys(fields)).toEqual(['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes']);
    for (const field of Object.values(fields)) expect(field).toEqual({ level: 'HIGH', reasons: [] });
  });

  it('computes it from the stored text for a document stored before confidence was kept', async () => {
    const repository = server.database.dataSource.getRepository(JobDescription);
    const rows = await repository.find();
    const row = rows.find((r) => r.document.title === 'Eelarvetalitus peaspetsialist')!;
    const { fieldConfidence, readingNotes, ...older } = row.document;
    expect(fieldConfidence).toBeDefined();
    await repository.update(row.rowId, { document: older });
    expect((await repository.findOneByOrFail({ rowId: row.rowId })).document.fieldConfidence).toBeUndefined();

    const fields = await confidenceOf('Eelarvetalitus peaspetsialist');
    expect(fields.title).toEqual({ level: 'LOW', reasons: ['title contains a unit word'] });
  });
});

describe('coverage positions whose lines rest on low-confidence fields', () => {
  const LOW_COVERAGE = `{ coverage { positions(first: 100, lowConfidence: true) { position { title } lowConfidence } } }`;
  const lowTitles = async () => {
    const { data, errors } = await server.gql(LOW_COVERAGE);
    expect(errors).toBeUndefined();
    return data.coverage.positions.map((p: any) => p.position.title).sort();
  };
  /** Marks one header field of a stored document as read with low confidence. */
  async function markLow(title: string, field: 'substitutedBy' | 'substitutes') {
    const repository = server.database.dataSource.getRepository(JobDescription);
    const row = (await repository.find()).find((r) => r.document.title === title)!;
    const fieldConfidence = { ...row.document.fieldConfidence!, [field]: { level: 'low' as const, reasons: ['value reads as prose'] } };
    await repository.update(row.rowId, { document: { ...row.document, fieldConfidence } });
    // Written behind the product's back: raise the graph version as every rebuild does, so coverage reads it again.
    await server.database.dataSource.getRepository(Organization).increment({ rowId: row.organizationId }, 'graphVersion', 1);
  }

  it('lists none while every substitution list was read with confidence', async () => {
    expect(await lowTitles()).toEqual([]);
  });

  it('lists a position whose own "who substitutes" list is doubtful, and those a doubtful "whom it substitutes" list names', async () => {
    await markLow('Teenuse juht', 'substitutedBy');
    await markLow('Koordinaator-nõustaja (ISTE)', 'substitutes');
    // Koordinaator-nõustaja's "Keda asendab" names Projektijuht (ISTE) and a peer of its own title.
    expect(await lowTitles()).toEqual(['Koordinaator-nõustaja (ISTE)', 'Projektijuht (ISTE)', 'Teenuse juht']);
    const { data } = await server.gql(`{ coverage { positions(first: 100) { position { title } lowConfidence } } }`);
    expect(data.coverage.positions.find((p: any) => p.position.title === 'Koordinaator').lowConfidence).toBe(false);
  });
});
