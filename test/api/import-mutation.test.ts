/**
 * importDocuments over GraphQL: problems with files come back as data, and a failed batch stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from './server.js';

const IMPORT = `mutation($input: ImportDocumentsInput!) {
  importDocuments(input: $input) {
    ok
    summary { documents { created updated unchanged } positions { created } units { created } warnings }
    files { name status title organization error { message file line } }
    errors { message file line }
  }
}`;

const newTeam = {
  name: 'lastekaitse-spetsialist.txt',
  content: jobDescriptionText({
    title: 'Lastekaitse spetsialist',
    unit: 'Laste heaolu osakond (lastekaitse tiim)',
    manager: 'Tiimijuht',
    substitutedBy: 'Tiimijuht',
    substitutes: 'Tiimijuhti',
  }),
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const total = async () => (await server.gql('{ positions(first: 1) { totalCount } }')).data.positions.totalCount;

describe('importDocuments', () => {
  it('rejects a batch with a bad file, returning the problem as data and storing nothing', async () => {
    const before = await total();
    const { data, errors } = await server.gql(IMPORT, {
      input: { files: [newTeam, { name: 'tühi.txt', content: '   ' }] },
    });
    expect(errors).toBeUndefined();
    expect(data.importDocuments.ok).toBe(false);
    expect(data.importDocuments.errors).toEqual([{ message: 'tühi.txt: the file is empty', file: 'tühi.txt', line: null }]);
    expect(data.importDocuments.files.map((f: any) => f.status)).toEqual(['UNCHANGED', 'FAILED']);
    expect(await total()).toBe(before);
  });

  it('imports a new document with its organisation from the input, and reports what it created', async () => {
    const before = await total();
    const { data } = await server.gql(IMPORT, { input: { files: [newTeam], organization: 'Sotsiaalkindlustusamet' } });
    expect(data.importDocuments.ok).toBe(true);
    expect(data.importDocuments.errors).toEqual([]);
    expect(data.importDocuments.files).toEqual([
      { name: newTeam.name, status: 'CREATED', title: 'Lastekaitse spetsialist', organization: 'Sotsiaalkindlustusamet', error: null },
    ]);
    // Counts are of the files in this batch.
    expect(data.importDocuments.summary.documents).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(data.importDocuments.summary.units.created).toBe(1);
    expect(data.importDocuments.summary.positions.created).toBe(2);
    expect(await total()).toBe(before + 2);

    const again = await server.gql(IMPORT, { input: { files: [newTeam], organization: 'Sotsiaalkindlustusamet' } });
    expect(again.data.importDocuments.files[0].status).toBe('UNCHANGED');
    expect(await total()).toBe(before + 2);
  });

  it('validates the input at the edge', async () => {
    const { errors } = await server.gql(IMPORT, { input: { files: [] } });
    expect(errors?.[0].message).toMatch(/Argument Validation Error/);
  });
});
