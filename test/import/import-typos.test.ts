/**
 * A misspelt title in a reference is matched to the documented position it most likely means,
 * and the merge is reported, never silent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments, type ImportResult } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { snapshot } from './snapshot.js';

const UNIT = 'Arendusosakond, analüüsitalitus';

let server: TestServer;
let result: ImportResult;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  result = await importDocuments(
    server.database.dataSource,
    [
      { name: 'analyytik.txt', content: jobDescriptionText({ title: 'Analüütik', unit: UNIT, manager: 'Talitusejuhataja', substitutedBy: 'Koordinaatr', substitutes: '-' }) },
      { name: 'koordinaator.txt', content: jobDescriptionText({ title: 'Koordinaator', unit: UNIT, manager: 'Talitusejuhataja', substitutedBy: 'Analüütik', substitutes: 'Analüütikut' }) },
    ],
    { organization: 'Testamet' },
  );
});
afterAll(() => server.close());

describe('a misspelt title', () => {
  it('resolves to the documented position instead of inventing another', async () => {
    const graph = await snapshot(server.database.dataSource);
    expect(graph.positions).toEqual(['Analüütik @ Analüüsitalitus', 'Koordinaator @ Analüüsitalitus', 'Talitusejuhataja* @ Analüüsitalitus']);
    expect(graph.substitutions).toContain('Koordinaator @ Analüüsitalitus ⇒ Analüütik @ Analüüsitalitus {substituted#0, substitute#0}');
  });

  it('is reported in the import summary and on the position', async () => {
    expect(result.summary.merges.map((m) => [m.alias, m.name])).toEqual([['Koordinaatr', 'Koordinaator']]);
    const { data } = await server.gql(`{ positions(first: 10, filter: { titleContains: "Koordinaator" }) { nodes { title aliases } } }`);
    expect(data.positions.nodes).toEqual([{ title: 'Koordinaator', aliases: ['Koordinaatr'] }]);
  });
});
