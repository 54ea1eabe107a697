/**
 * No resolver issues SQL per row: the whole-organisation chart query costs the same number of
 * statements however many positions there are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from './server.js';

const CHART_QUERY = `{
  organizations { name units { name kind parent { name } children { name } positionCount aliases { name } } }
  units { name parent { name } positions { title } }
  positions(first: 100) {
    totalCount
    nodes {
      id title specialization documented holder
      unit { name parent { name } }
      manager { title unit { name } }
      reports { title }
      organization { name }
      substitutes { position { title unit { name } } statedBy status }
      substitutedFor { position { title } status }
      jobDescription { purpose duties { text results } requirements { languages { language level } } }
    }
  }
}`;

/**
 * An organisation of `teams` teams: three documented positions each, an undocumented team lead,
 * and two undocumented peers (an analyst's and a counsellor's own title in their lists) — six positions a team.
 */
function organisation(teams: number) {
  return Array.from({ length: teams }, (_, t) =>
    ['Spetsialist', 'Analüütik', 'Nõustaja'].map((title) => ({
      name: `team-${t}-${title}.txt`,
      content: jobDescriptionText({
        title,
        unit: `Osakond ${t % 3}, arendustalitus ${t} (tiim ${t})`,
        manager: 'Tiimijuht',
        substitutedBy: 'Tiimijuht, analüütik',
        substitutes: 'Nõustajat',
      }),
    })),
  ).flat();
}

let server: TestServer | undefined;
afterEach(() => server?.close());

async function statementsForChart(teams: number): Promise<{ statements: number; positions: number }> {
  server = await startTestServer({ samples: false });
  const result = await importDocuments(server.database.dataSource, organisation(teams), { organization: 'Testamet' });
  expect(result.ok).toBe(true);
  const before = server.database.queries.count;
  const { data, errors } = await server.gql(CHART_QUERY);
  expect(errors).toBeUndefined();
  const statements = server.database.queries.count - before;
  await server.close();
  server = undefined;
  return { statements, positions: data.positions.totalCount };
}

describe('the whole-organisation chart query', () => {
  it('issues the same number of SQL statements for 12 and for 96 positions', async () => {
    const small = await statementsForChart(2);
    const large = await statementsForChart(16);
    expect(small.positions).toBe(12);
    expect(large.positions).toBe(96);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThan(25);
  });
});
