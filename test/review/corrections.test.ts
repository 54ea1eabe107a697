/**
 * Correcting header fields over GraphQL on a real server: the graph and its coverage follow the
 * correction, re-imports keep it or make it stale, undo restores the reading, and only hr may do it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { lockImports } from '../../server/db/locks.js';
import { rowId } from '../../server/common/node.js';
import { FieldCorrection } from '../../server/review/correction.entity.js';
import { keepStaleCorrection } from '../../server/review/correction.service.js';
import { analyst, CORRECT, ORGANIZATION, POSITIONS, team, UNDO } from './helpers.js';

let server: TestServer;
afterEach(() => server?.close());

async function serve(files = team()): Promise<TestServer> {
  server = await startTestServer({ samples: false });
  expect((await importDocuments(server.database.dataSource, files, { organization: ORGANIZATION })).ok).toBe(true);
  return server;
}

async function positions(token?: string | null) {
  const { data, errors } = await server.gql(POSITIONS, {}, token === undefined ? {} : { token });
  expect(errors).toBeUndefined();
  return data.positions.nodes as any[];
}
const documented = async (title: string) => (await positions()).find((p) => p.title === title && p.documented);
const headerField = async (title: string, field: string) => (await documented(title)).jobDescription.headerFields.find((f: any) => f.field === field);

async function gaps(title: string): Promise<string[]> {
  const { data, errors } = await server.gql('{ coverage { positions { position { title documented } gaps { kind } } } }');
  expect(errors).toBeUndefined();
  return data.coverage.positions.find((e: any) => e.position.title === title && e.position.documented).gaps.map((g: any) => g.kind);
}

async function correct(field: string, value: string[], title = 'Analüütik', comment?: string) {
  const { jobDescription } = await documented(title);
  const { data, errors } = await server.gql(CORRECT, { input: { jobDescriptionId: jobDescription.id, field, value, comment } });
  expect(errors).toBeUndefined();
  return data.correctField;
}

const reimport = async (files: { name: string; content: string }[]) => expect((await importDocuments(server.database.dataSource, files, { organization: ORGANIZATION })).ok).toBe(true);

describe('correcting who substitutes a position', () => {
  it('confirms the substitution lines and closes the coverage gap', async () => {
    await serve();
    expect(await gaps('Analüütik')).toContain('CONTRADICTED_LINE');
    const before = (await documented('Analüütik')).substitutes;
    expect(before.map((s: any) => s.status)).toEqual(['CONTRADICTED', 'CONTRADICTED']);

    const result = await correct('substitutedBy', ['Jurist', 'Nõunik'], 'Analüütik', 'the cell was read as empty');
    expect(result).toMatchObject({ ok: true, errors: [], correction: { field: 'substitutedBy', readValue: [], correctedValue: ['Jurist', 'Nõunik'], status: 'ACTIVE', staleReading: null, author: 'tests (hr)', comment: 'the cell was read as empty', jobDescription: { sourceName: 'analyytik.txt' } } });

    const after = await documented('Analüütik');
    expect(after.substitutes.map((s: any) => [s.position.title, s.status])).toEqual([['Jurist', 'CONFIRMED'], ['Nõunik', 'CONFIRMED']]);
    expect(await gaps('Analüütik')).toEqual([]);
  });
});

describe('headerFields and correctedFields', () => {
  it('show the reading beside the value in effect, mark the corrected field and leave the others as read', async () => {
    await serve();
    await correct('substitutedBy', ['Jurist']);
    const position = await documented('Analüütik');
    expect(position.correctedFields).toEqual(['substitutedBy']);
    const fields = position.jobDescription.headerFields;
    expect(fields.map((f: any) => f.field)).toEqual(['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes']);
    expect(fields.find((f: any) => f.field === 'substitutedBy')).toMatchObject({ value: ['Jurist'], readValue: [], corrected: true, correction: { status: 'ACTIVE', readValue: [], correctedValue: ['Jurist'] } });
    expect(fields.find((f: any) => f.field === 'title')).toMatchObject({ value: ['Analüütik'], readValue: ['Analüütik'], corrected: false, correction: null });
    expect(position.jobDescription.corrections.map((c: any) => [c.field, c.status])).toEqual([['substitutedBy', 'ACTIVE']]);
    expect((await documented('Jurist')).correctedFields).toEqual([]);
  });

  it('give a viewer the corrected values and the mark, but not who corrected', async () => {
    await serve();
    await correct('title', ['Vanemanalüütik']);
    const viewer = await server.createToken('viewer');
    const { data, errors } = await server.gql('{ positions(first: 10) { nodes { title correctedFields jobDescription { corrections { field correctedValue author } } } } }', {}, { token: viewer });
    const position = data.positions.nodes.find((p: any) => p.title === 'Vanemanalüütik');
    expect(position).toMatchObject({ correctedFields: ['title'], jobDescription: { corrections: [{ field: 'title', correctedValue: ['Vanemanalüütik'], author: null }] } });
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('a correction across re-imports', () => {
  it('is kept when the unchanged file is imported again', async () => {
    await serve();
    await correct('substitutedBy', ['Jurist', 'Nõunik']);
    await reimport(team());
    expect(await headerField('Analüütik', 'substitutedBy')).toMatchObject({ value: ['Jurist', 'Nõunik'], corrected: true, correction: { status: 'ACTIVE' } });
    expect(await gaps('Analüütik')).toEqual([]);
  });

  it('is kept when the file changed but the field still reads as when it was corrected', async () => {
    await serve();
    await correct('substitutedBy', ['Jurist', 'Nõunik']);
    await reimport([analyst('-', 'Analüüside koostamine osakonnale.')]);
    expect(await headerField('Analüütik', 'substitutedBy')).toMatchObject({ value: ['Jurist', 'Nõunik'], readValue: [], corrected: true, correction: { status: 'ACTIVE' } });
    expect(await gaps('Analüütik')).toEqual([]);
  });

  it('turns stale when the changed file reads the field differently: the new reading is in effect', async () => {
    await serve();
    await correct('substitutedBy', ['Jurist', 'Nõunik']);
    await reimport([analyst('Jurist')]);
    const field = await headerField('Analüütik', 'substitutedBy');
    expect(field).toMatchObject({ value: ['Jurist'], readValue: ['Jurist'], corrected: false, correction: { status: 'STALE', readValue: [], correctedValue: ['Jurist', 'Nõunik'], staleReading: ['Jurist'] } });
    expect((await documented('Analüütik')).correctedFields).toEqual([]);
    expect((await documented('Analüütik')).substitutes.map((s: any) => [s.position.title, s.status])).toEqual([['Jurist', 'CONFIRMED'], ['Nõunik', 'CONTRADICTED']]);
  });

  it('kept for the new text applies again, the new reading becoming the value read', async () => {
    await serve();
    await correct('substitutedBy', ['Jurist', 'Nõunik']);
    await reimport([analyst('Jurist')]);
    const stale = (await headerField('Analüütik', 'substitutedBy')).correction;
    const kept = await server.database.dataSource.transaction(async (em) => {
      await lockImports(em);
      return keepStaleCorrection(em, rowId(stale.id, 'FieldCorrection')!, 'Heli (hr)');
    });
    expect(kept).toMatchObject({ status: 'active', readValue: ['Jurist'], staleReading: null, author: 'Heli (hr)' });
    expect(await headerField('Analüütik', 'substitutedBy')).toMatchObject({ value: ['Jurist', 'Nõunik'], readValue: ['Jurist'], corrected: true, correction: { status: 'ACTIVE', readValue: ['Jurist'] } });
    expect(await gaps('Analüütik')).toEqual([]);
  });
});

describe('undoing a correction', () => {
  it('returns the field to the reading, and the gap comes back', async () => {
    await serve();
    const { correction } = await correct('substitutedBy', ['Jurist', 'Nõunik']);
    const { data } = await server.gql(UNDO, { input: { id: correction.id, comment: 'the cell was right' } });
    expect(data.undoCorrection).toMatchObject({ ok: true, errors: [], jobDescription: { sourceName: 'analyytik.txt' } });
    expect(data.undoCorrection.jobDescription.headerFields.find((f: any) => f.field === 'substitutedBy')).toEqual({ field: 'substitutedBy', value: [], corrected: false });
    expect(await gaps('Analüütik')).toContain('CONTRADICTED_LINE');
    expect(await server.database.dataSource.getRepository(FieldCorrection).count()).toBe(0);
    const again = await server.gql(UNDO, { input: { id: correction.id } });
    expect(again.data.undoCorrection).toMatchObject({ ok: false, jobDescription: null, errors: [{ message: expect.stringContaining('no correction has the ID') }] });
  });
});

describe('who may correct', () => {
  it("refuses a viewer's correctField and undoCorrection with FORBIDDEN, and writes nothing", async () => {
    await serve();
    const viewer = await server.createToken('viewer');
    const { jobDescription } = await documented('Analüütik');
    const refused = await server.gql(CORRECT, { input: { jobDescriptionId: jobDescription.id, field: 'title', value: ['Juhtivanalüütik'] } }, { token: viewer });
    expect(refused.data).toBeNull();
    expect(refused.errors).toEqual([expect.objectContaining({ message: 'correctField needs the hr role; this request has the viewer role.', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    const { correction } = await correct('title', ['Juhtivanalüütik']);
    const undo = await server.gql(UNDO, { input: { id: correction.id } }, { token: viewer });
    expect(undo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rows = await server.database.dataSource.getRepository(FieldCorrection).find();
    expect(rows.map((r) => [r.field, r.correctedValue, r.author])).toEqual([['title', 'Juhtivanalüütik', 'tests (hr)']]);
  });
});

describe('problems HR can fix', () => {
  it.each([
    ['a field that does not exist', 'salary', ['1000'], '"salary" is not a header field'],
    ['a title with two values', 'title', ['Analüütik', 'Jurist'], 'a title needs exactly one value'],
    ['an empty title', 'title', [], 'a title needs exactly one value'],
    ['a manager with two values', 'manager', ['A', 'B'], 'manager holds one value, not 2'],
    ['a list with an empty item', 'substitutedBy', ['Jurist', '  '], 'substitutedBy cannot hold an empty item'],
    ['a list naming one position twice', 'substitutedBy', ['Jurist', ' Jurist'], 'substitutedBy lists "Jurist" twice'],
    ['an item of 201 characters', 'substitutedBy', ['x'.repeat(201)], 'at most 200 are allowed'],
    ['a list of 51 items', 'subordinates', Array.from({ length: 51 }, (_, i) => `Ametnik ${i}`), 'subordinates has 51 items; at most 50 are allowed'],
    ['the value already read', 'manager', ['Osakonna juhataja'], 'manager of "analyytik.txt" already reads "Osakonna juhataja"; to return to the reading, undo the correction'],
  ])('refuse %s as a user error and write nothing', async (_case, field, value, message) => {
    await serve();
    const result = await correct(field, value);
    expect(result).toMatchObject({ ok: false, correction: null, errors: [{ message: expect.stringContaining(message) }] });
    expect(await server.database.dataSource.getRepository(FieldCorrection).count()).toBe(0);
  });

  it('refuse an ID that names no job description', async () => {
    await serve();
    const { data } = await server.gql(CORRECT, { input: { jobDescriptionId: 'bm9uc2Vuc2U', field: 'title', value: ['X'] } });
    expect(data.correctField).toMatchObject({ ok: false, jobDescription: null, errors: [{ message: 'no job description has the ID "bm9uc2Vuc2U"' }] });
  });
});

describe('the audit log', () => {
  it('records each correction and undo, naming the field, the document and the values, not the people', async () => {
    await serve();
    const admin = await server.createToken('admin', 'Admin Ann');
    const { correction } = await correct('substitutedBy', ['Jurist', 'Nõunik'], 'Analüütik', 'the cell was read as empty');
    await correct('title', ['Analüütik']);
    await server.gql(UNDO, { input: { id: correction.id } });
    const { data } = await server.gql('{ auditLog(first: 3) { nodes { actor operation summary ok } } }', {}, { token: admin });
    expect(data.auditLog.nodes).toEqual([
      { actor: 'tests (hr)', operation: 'undoCorrection', ok: true, summary: 'undid the correction of substitutedBy of "analyytik.txt" (Analüütik): "Jurist", "Nõunik" → the reading nothing' },
      { actor: 'tests (hr)', operation: 'correctField', ok: false, summary: 'nothing corrected: title of "analyytik.txt" (Analüütik) already reads so' },
      { actor: 'tests (hr)', operation: 'correctField', ok: true, summary: 'corrected substitutedBy of "analyytik.txt" (Analüütik): nothing → "Jurist", "Nõunik" (comment: "the cell was read as empty")' },
    ]);
  });
});

describe('the HR worklist CSV', () => {
  it('follows a correction: the corrected position’s gaps leave it, and come back on undo', async () => {
    await serve();
    const analystRows = async () => (await (await fetch(`${server.url}/reports/coverage.csv`, { headers: { authorization: `Bearer ${server.hrToken}` } })).text()).split('\n').filter((line) => line.includes('Analüütik') && line.includes('CONTRADICTED_LINE'));
    expect(await analystRows()).not.toEqual([]);
    const { correction } = await correct('substitutedBy', ['Jurist', 'Nõunik']);
    expect(await analystRows()).toEqual([]);
    await server.gql(UNDO, { input: { id: correction.id } });
    expect(await analystRows()).not.toEqual([]);
  });
});

describe('correcting where a position sits', () => {
  it('moves the position to the corrected unit and under the corrected manager', async () => {
    await serve();
    await correct('unitPath', ['Arendusosakond', 'Analüüsitalitus']);
    await correct('manager', ['Talituse juhataja']);
    const { data, errors } = await server.gql('{ positions(first: 10) { nodes { title documented correctedFields unit { name parent { name } } manager { title documented } } } }');
    expect(errors).toBeUndefined();
    const position = data.positions.nodes.find((p: any) => p.title === 'Analüütik' && p.documented);
    expect(position).toEqual({ title: 'Analüütik', documented: true, correctedFields: ['unitPath', 'manager'], unit: { name: 'Analüüsitalitus', parent: { name: 'Arendusosakond' } }, manager: { title: 'Talituse juhataja', documented: false } });
  });

  it('finds the correction by its ID through node(id)', async () => {
    await serve();
    const { correction } = await correct('specialization', ['andmeanalüüs']);
    const { data } = await server.gql('query($id: ID!) { node(id: $id) { id ... on FieldCorrection { field correctedValue jobDescription { sourceName } } } }', { id: correction.id });
    expect(data.node).toEqual({ id: correction.id, field: 'specialization', correctedValue: ['andmeanalüüs'], jobDescription: { sourceName: 'analyytik.txt' } });
  });
});

describe('the review queue', () => {
  const ITEMS = '{ reviewItems(first: 50) { nodes { id kind field status correction { status } jobDescription { sourceName } } } }';
  const items = async () => (await server.gql(ITEMS)).data.reviewItems.nodes as any[];

  it('asks about a stale correction, and accepting the item keeps the correction for the new text', async () => {
    await serve();
    await correct('substitutedBy', ['Jurist', 'Nõunik']);
    expect((await items()).filter((i) => i.kind === 'STALE_CORRECTION')).toEqual([]);
    await reimport([analyst('Jurist')]);
    const stale = (await items()).find((i) => i.kind === 'STALE_CORRECTION');
    expect(stale).toMatchObject({ field: 'substitutedBy', status: 'OPEN', correction: { status: 'STALE' }, jobDescription: { sourceName: 'analyytik.txt' } });

    const { data, errors } = await server.gql('mutation($input: SettleReviewItemInput!) { settleReviewItem(input: $input) { ok errors { message } } }', { input: { id: stale.id, status: 'ACCEPTED' } });
    expect(errors).toBeUndefined();
    expect(data.settleReviewItem).toEqual({ ok: true, errors: [] });
    expect(await headerField('Analüütik', 'substitutedBy')).toMatchObject({ value: ['Jurist', 'Nõunik'], readValue: ['Jurist'], corrected: true, correction: { status: 'ACTIVE', readValue: ['Jurist'] } });
    expect(await gaps('Analüütik')).toEqual([]);
  });
});
