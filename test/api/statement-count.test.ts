/**
 * No resolver issues SQL per row: the whole-organisation chart queries and a unit's subtree cost
 * the same number of statements per request however many positions there are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { generateOrganization } from '../../server/generate/index.js';
import { QUERIES, type OperationName } from '../../bench/api/queries.js';
import { startTestServer, type TestServer } from './server.js';

const CHART_QUERY = `{
  organizations(first: 1) { name units(first: 40) { name kind parent { name } children(first: 10) { name } positionCount aliases { name } } }
  units(first: 40) { name parent { name } positions(first: 10) { title } }
  positions(first: 20) {
    totalCount
    nodes {
      id title specialization documented holder
      unit { name parent { name } }
      manager { title unit { name } }
      reports(first: 10) { title }
      organization { name }
      substitutes { position { title unit { name } } statedBy status }
      substitutedFor { position { title } status }
      jobDescription { purpose duties { text } requirements { languages { language level } } }
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
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(files: { name: string; content: string }[], organization?: string): Promise<TestServer> {
  await server?.close();
  server = await startTestServer({ samples: false });
  const result = await importDocuments(server.database.dataSource, files, { organization });
  expect(result.ok).toBe(true);
  return server;
}

/** Sends one of the web client's queries as it sends it (anonymous, so no token lookup) and counts its statements. */
async function counted(s: TestServer, operation: OperationName, variables: Record<string, unknown> = {}) {
  const before = s.database.queries.count;
  const response = await s.post({ operationName: operation, variables, query: QUERIES[operation] }, { token: null });
  const { data, errors } = (await response.json()) as { data: any; errors?: unknown };
  expect(errors).toBeUndefined();
  return { data, statements: s.database.queries.count - before };
}

describe('the whole-organisation chart query', () => {
  async function statementsForChart(teams: number): Promise<{ statements: number; positions: number }> {
    const s = await serve(organisation(teams), 'Testamet');
    const before = s.database.queries.count;
    const { data, errors } = await s.gql(CHART_QUERY);
    expect(errors).toBeUndefined();
    return { statements: s.database.queries.count - before, positions: data.positions.totalCount };
  }

  it('issues the same number of SQL statements for 12 and for 96 positions', async () => {
    const small = await statementsForChart(2);
    const large = await statementsForChart(16);
    expect(small.positions).toBe(12);
    expect(large.positions).toBe(96);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThan(25);
  });
});

describe("the web client's chart queries on generated organisations", () => {
  interface Figures {
    positions: number;
    /** Statements per request of each whole-organisation query. */
    whole: Record<string, number>;
    /** Statements of each UnitPositions request for a division and its teams. */
    subtree: number[];
  }

  async function measure(positions: number): Promise<Figures> {
    const s = await serve(generateOrganization({ positions, seed: 1 }).files);
    const units = await counted(s, 'ChartUnits');
    const first = await counted(s, 'ChartPositions');
    const second = await counted(s, 'ChartPositions', { after: first.data.positions.pageInfo.endCursor });
    const top = await counted(s, 'TopPositions');
    // A full first page, and the second holds the rest up to a page.
    const total: number = units.data.positions.totalCount;
    expect(first.data.positions.nodes).toHaveLength(100);
    expect(second.data.positions.nodes).toHaveLength(Math.min(100, total - 100));

    const list: { id: string; kind: string; positionCount: number; parent: { id: string } | null }[] = units.data.units;
    const ids = new Set(list.map((u) => u.id));
    expect(list.every((u) => !u.parent || ids.has(u.parent.id))).toBe(true);
    // The positions above every unit: the head of the organisation at least.
    expect(top.data.positions.nodes.length).toBeGreaterThan(0);
    expect(top.data.positions.nodes.every((p: { unit: unknown }) => !p.unit)).toBe(true);
    const division = list.find((u) => u.kind === 'DIVISION')!;
    const subtree = [division, ...list.filter((u) => u.parent?.id === division.id)];
    expect(subtree.length).toBeGreaterThan(1);
    const subtreeStatements: number[] = [];
    for (const unit of subtree) {
      const { data, statements } = await counted(s, 'UnitPositions', { id: unit.id });
      // positionCount is counted in SQL; it must agree with the positions themselves.
      expect(data.unit.positions).toHaveLength(unit.positionCount);
      subtreeStatements.push(statements);
    }
    return {
      positions: units.data.positions.totalCount,
      whole: { ChartUnits: units.statements, ChartPositions: first.statements, 'ChartPositions after': second.statements, TopPositions: top.statements },
      subtree: subtreeStatements,
    };
  }

  it('cost the same statements per request at 150 and at 600 positions', async () => {
    const small = await measure(150);
    const large = await measure(600);
    expect(large.positions).toBeGreaterThan(3 * small.positions);
    expect(large.whole).toEqual(small.whole);
    // A few statements a relation kind.
    for (const statements of Object.values(small.whole)) expect(statements).toBeLessThanOrEqual(10);
    // A unit's request costs less when it has no positions or lines to follow, never more than the most.
    expect(Math.max(...large.subtree)).toBe(Math.max(...small.subtree));
    expect(Math.max(...small.subtree)).toBeLessThanOrEqual(6);
  });
});
