/**
 * Correcting header fields over GraphQL on a real server: the graph and its coverage follow the
 * correction, re-imports keep it or make it stale, undo restores the reading, and only hr may do it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { startTestServer, type TestServer } from '../api/server.js';
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
