/**
 * A related object asked for by its id alone is answered from the parent row's foreign key; asked
 * for anything more, it is read. Both answers must agree, through fragments too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { generateOrganization } from '../../server/generate/index.js';
import { startTestServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  const result = await importDocuments(server.database.dataSource, generateOrganization({ positions: 90, seed: 2 }).files);
  expect(result.ok).toBe(true);
});
afterAll(() => server.close());

async function counted(query: string) {
  // Anonymous: no token lookup among the statements.
  const before = server.database.queries.count;
  const { data, errors } = await server.gql(query, {}, { token: null });
  expect(errors).toBeUndefined();
  return { nodes: data.positions.nodes as any[], statements: server.database.queries.count - before };
}

const page = (selection: string, fragments = '') => `{ positions(first: 100) { totalCount nodes { id ${selection} } } } ${fragments}`;

describe('related objects asked for by id alone', () => {
  it('cost no statement beyond the page and its substitution lines', async () => {
    const { nodes, statements } = await counted(page('unit { id __typename } manager { id } substitutes { label status position { id } group { id } }'));
    expect(nodes).toHaveLength(90);
    // COUNT, the page, the lines with their other ends' titles.
    expect(statements).toBe(3);
  });

  it('carry the same ids as the rows read in full', async () => {
    const short = await counted(page('unit { id } manager { id } substitutes { position { id } group { id } }'));
    const full = await counted(page('unit { id name } manager { id title } substitutes { position { id title } group { id name } }'));
    expect(full.statements).toBeGreaterThan(short.statements);
    const ids = (nodes: any[]) =>
      nodes.map((p) => ({
        id: p.id,
        unit: p.unit?.id ?? null,
        manager: p.manager?.id ?? null,
        substitutes: p.substitutes.map((s: any) => [s.position?.id ?? null, s.group?.id ?? null]),
      }));
    expect(ids(short.nodes)).toEqual(ids(full.nodes));
    // The generated organisation has every kind of relation to compare.
    const edges = full.nodes.flatMap((p) => p.substitutes);
    expect(edges.some((e: any) => e.group?.name)).toBe(true);
    expect(edges.some((e: any) => e.position?.title)).toBe(true);
    expect(full.nodes.filter((p) => p.manager).every((p) => typeof p.manager.title === 'string')).toBe(true);
  });

  it('are read in full when a fragment asks for more than the id', async () => {
    const { nodes } = await counted(
      page('unit { id ... on Unit { name } } manager { ...Boss } substitutes { position { id ...Named } }', 'fragment Boss on Position { id ...Named } fragment Named on Position { title }'),
    );
    expect(nodes.filter((p) => p.unit).every((p) => typeof p.unit.name === 'string')).toBe(true);
    expect(nodes.filter((p) => p.manager).every((p) => typeof p.manager.title === 'string')).toBe(true);
    const positions = nodes.flatMap((p) => p.substitutes).filter((e: any) => e.position);
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((e: any) => typeof e.position.title === 'string')).toBe(true);
  });

  it('show the other end’s title as the label and its document in the status', async () => {
    const { nodes } = await counted(page('title documented substitutes { label status statedBy position { title documented } }'));
    const edges = nodes.flatMap((p) => p.substitutes.map((e: any) => ({ ...e, self: p })));
    const toPositions = edges.filter((e) => e.position);
    expect(toPositions.every((e) => e.label === e.position.title)).toBe(true);
    // A line only the substituted side states is contradicted exactly when the substitute has a document.
    const oneSided = toPositions.filter((e) => e.statedBy.length === 1 && e.statedBy[0] === 'SUBSTITUTED_DOCUMENT');
    expect(oneSided.length).toBeGreaterThan(0);
    for (const e of oneSided) expect(e.status).toBe(e.position.documented ? 'CONTRADICTED' : 'UNCONFIRMED');
  });
});
