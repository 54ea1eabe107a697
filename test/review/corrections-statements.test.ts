/**
 * Corrections shown on a page of positions cost the same number of SQL statements however many
 * positions the page holds: a document's corrections are read for the whole page at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { correctField } from '../../server/review/correction.service.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { toGlobalId } from '../../server/common/node.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';

const PAGE = `{ positions(first: 30) { totalCount nodes { title correctedFields
  jobDescription { headerFields { field value corrected confidence } corrections { field status } } } } }`;

/** `teams` teams of two documented positions under an undocumented lead: three positions a team. */
const organisation = (teams: number) =>
  Array.from({ length: teams }, (_, t) =>
    ['Spetsialist', 'Analüütik'].map((title) => ({ name: `team-${t}-${title}.txt`, content: jobDescriptionText({ title, unit: `Osakond, talitus ${t}`, manager: 'Tiimijuht' }) })),
  ).flat();

let server: TestServer | undefined;
afterEach(() => server?.close());

async function statements(teams: number): Promise<{ statements: number; positions: number; corrected: number }> {
  await server?.close();
  server = await startTestServer({ samples: false });
  const db = server.database.dataSource;
  expect((await importDocuments(db, organisation(teams), { organization: 'Testamet' })).ok).toBe(true);
  // Every analyst's title corrected, so that each page reads corrections of many documents.
  for (const document of await db.getRepository(JobDescription).find()) {
    if (document.document.title !== 'Analüütik') continue;
    expect((await correctField(db, { jobDescriptionId: toGlobalId('JobDescription', document.rowId), field: 'specialization', value: ['andmed'] }, 'tests')).ok).toBe(true);
  }
  const before = server.database.queries.count;
  const { data, errors } = await server.gql(PAGE, {}, { token: null });
  expect(errors).toBeUndefined();
  const nodes = data.positions.nodes as any[];
  return { statements: server.database.queries.count - before, positions: nodes.length, corrected: nodes.filter((p) => p.correctedFields.includes('specialization')).length };
}

describe('a page of positions with their corrections', () => {
  it('issues the same number of SQL statements for 6 and for 30 positions', async () => {
    const small = await statements(2);
    const large = await statements(10);
    expect([small.positions, small.corrected]).toEqual([6, 2]);
    expect([large.positions, large.corrected]).toEqual([30, 10]);
    expect(large.statements).toBe(small.statements);
  });
});
