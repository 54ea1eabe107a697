/**
 * The review queue's filters, counts per kind and cursor paging; reading a page costs the same
 * number of SQL statements whatever its size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { document, importOrganisation, ITEM_FIELDS, queue, settle } from './review-helpers.js';

let server: TestServer;
let org: string;

/** Twelve documents without a manager (a medium-confidence item each) in a department, its section and another department; one contradicted line. */
const files = [
  ...Array.from({ length: 4 }, (_, i) => ({ name: `a-${i}.txt`, content: document({ title: `Arendaja ${i + 1}`, unit: 'Arendusosakond' }) })),
  ...Array.from({ length: 4 }, (_, i) => ({ name: `b-${i}.txt`, content: document({ title: `Analüütik ${i + 1}`, unit: 'Arendusosakond, analüüsitalitus' }) })),
  ...Array.from({ length: 3 }, (_, i) => ({ name: `c-${i}.txt`, content: document({ title: `Jurist ${i + 1}`, unit: 'Õigusosakond' }) })),
  { name: 'c-9.txt', content: document({ title: 'Nõunik', unit: 'Õigusosakond', substitutedBy: 'Jurist 1' }) },
];

beforeAll(async () => {
  server = await startTestServer({ samples: false });
  org = await importOrganisation(server, 'Testamet', files);
});
afterAll(() => server.close());

async function unitId(name: string): Promise<string> {
  const { data } = await server.gql(`{ units(first: 100) { id name } }`);
  return data.units.find((u: { name: string }) => u.name === name).id;
}

describe('filtering the review queue', () => {
  it('counts every kind under the unit and status, whatever the kind filter, and totals under the kind', async () => {
    const all = (await queue(server, org)).data;
    expect(all.countsByKind).toEqual([
      { kind: 'CONTRADICTED_SUBSTITUTION', count: 1 },
      { kind: 'LOW_CONFIDENCE_FIELD', count: 12 },
    ]);
    expect(all.totalCount).toBe(13);
    const contradicted = (await queue(server, org, { kind: 'CONTRADICTED_SUBSTITUTION' })).data;
    expect(contradicted.totalCount).toBe(1);
    expect(contradicted.countsByKind).toEqual(all.countsByKind);
  });

  it('takes a unit with the units below it', async () => {
    const department = (await queue(server, org, { unitId: await unitId('Arendusosakond') })).data;
    expect(department.totalCount).toBe(8);
    const section = (await queue(server, org, { unitId: await unitId('Analüüsitalitus') })).data;
    expect(section.nodes.map((n: { positions: { title: string }[] }) => n.positions[0].title)).toEqual(['Analüütik 1', 'Analüütik 2', 'Analüütik 3', 'Analüütik 4']);
    expect(section.countsByKind).toEqual([{ kind: 'LOW_CONFIDENCE_FIELD', count: 4 }]);
  });

  it('takes a status', async () => {
    const [first] = (await queue(server, org, { unitId: await unitId('Õigusosakond') })).data.nodes;
    await settle(server, first.id, 'DISMISSED');
    const dismissed = (await queue(server, org, { status: 'DISMISSED' })).data;
    expect(dismissed.nodes.map((n: { id: string }) => n.id)).toEqual([first.id]);
    expect(dismissed.countsByKind).toEqual([{ kind: first.kind, count: 1 }]);
    expect((await queue(server, org, { status: 'OPEN' })).data.totalCount).toBe(12);
    await settle(server, first.id, 'OPEN');
  });
});

describe('paging the review queue', () => {
  const page = async (first: number, after: string | null) =>
    (await server.gql(`query($org: ID, $first: Int!, $after: String) { reviewItems(organizationId: $org, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`, { org, first, after })).data.reviewItems;

  it('walks the whole queue in its order with cursors, most pressing first', async () => {
    const whole = (await queue(server, org)).data.nodes.map((n: { id: string }) => n.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next = await page(5, after);
      walked.push(...next.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(next.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);
    expect((await queue(server, org)).data.nodes[0].kind).toBe('CONTRADICTED_SUBSTITUTION');
  });

  it('keeps a cursor’s place when its item has left the queue', async () => {
    const first = await page(3, null);
    const rest = (await page(100, first.pageInfo.endCursor)).edges.map((e: { node: { id: string } }) => e.node.id);
    // The third item (Nõunik's contradicted line is first; then Arendaja 1, 2) leaves: Arendaja 2 gets a manager.
    await importOrganisation(server, 'Testamet', [{ name: 'a-1.txt', content: document({ title: 'Arendaja 2', unit: 'Arendusosakond', manager: 'Osakonna juhataja' }) }]);
    const after = (await page(100, first.pageInfo.endCursor)).edges.map((e: { node: { id: string } }) => e.node.id);
    expect(after).toEqual(rest);
    expect((await page(100, null)).totalCount).toBe(12);
  });

  it('reads a page of 50 items with their positions, documents and corrections in as many statements as a page of 2', async () => {
    const statements = async (first: number) => {
      const before = server.database.queries.count;
      const { errors } = (await server.post({ query: `query($first: Int!) { reviewItems(first: $first) { countsByKind { kind count } nodes { ${ITEM_FIELDS} } } }`, variables: { first } }).then((r) => r.json())) as { errors?: unknown };
      expect(errors).toBeUndefined();
      return server.database.queries.count - before;
    };
    await statements(2); // the token lookup and compiled executor warm up
    expect(await statements(50)).toBe(await statements(2));
  });
});
