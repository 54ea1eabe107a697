/**
 * Position.distinguishingPlace over GraphQL: same-titled positions named by their units, read for a
 * whole page in a fixed number of statements.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(files: { name: string; content: string }[]): Promise<TestServer> {
  server = await startTestServer({ samples: false });
  const result = await importDocuments(server.database.dataSource, files, { organization: 'Kohaamet' });
  expect(result.ok).toBe(true);
  return server;
}

const file = (name: string, title: string, unit: string, manager: string) => ({ name, content: jobDescriptionText({ title, unit, manager }) });

/** Three department heads under one deputy, and `teams` teams of two named "Tiim" in departments of their own. */
function organisation(teams: number) {
  return [
    file('asetaitja.txt', 'Peadirektori asetäitja', '-', 'Peadirektor'),
    ...['Sotsiaalosakond', 'Tervishoiuosakond', 'Hoolekandeosakond'].map((unit, i) => file(`juhataja-${i}.txt`, 'Osakonna juhataja', unit, 'Peadirektori asetäitja')),
    ...Array.from({ length: teams }, (_, t) => [
      file(`spetsialist-${t}-a.txt`, 'Spetsialist', `Osakond ${t}, tiim`, 'Tiimijuht'),
      file(`spetsialist-${t}-b.txt`, 'Spetsialist', `Osakond ${t}, tiim`, 'Tiimijuht'),
    ]).flat(),
  ];
}

const PLACES = `{ positions(first: 100) { nodes { title distinguishingPlace } } }`;
const TITLES = `{ positions(first: 100) { nodes { title } } }`;

/** Asked anonymously: no token is looked up or touched. */
async function statements(s: TestServer, query: string) {
  const before = s.database.queries.count;
  const { errors } = await s.gql(query, {}, { token: null });
  expect(errors).toBeUndefined();
  return s.database.queries.count - before;
}

async function places(s: TestServer): Promise<{ places: Map<string, string[]>; statements: number }> {
  const before = s.database.queries.count;
  const { data, errors } = await s.gql(PLACES, {}, { token: null });
  expect(errors).toBeUndefined();
  const statements = s.database.queries.count - before;
  const byTitle = new Map<string, string[]>();
  for (const node of data.positions.nodes) byTitle.set(node.title, [...(byTitle.get(node.title) ?? []), node.distinguishingPlace]);
  return { places: byTitle, statements };
}

describe('the distinguishing place of positions over GraphQL', () => {
  it('names the department of each of three department heads and is null for a title of its own', async () => {
    const { places: byTitle } = await places(await serve(organisation(1)));
    expect(byTitle.get('Osakonna juhataja')!.sort()).toEqual(['Hoolekandeosakond', 'Sotsiaalosakond', 'Tervishoiuosakond']);
    expect(byTitle.get('Peadirektori asetäitja')).toEqual([null]);
  });

  it('adds the file of each of two positions with one title in one unit', async () => {
    const { places: byTitle } = await places(await serve(organisation(1)));
    expect(byTitle.get('Spetsialist')!.sort()).toEqual(['Tiim, spetsialist-0-a.txt', 'Tiim, spetsialist-0-b.txt']);
  });

  it('costs the same statements for a page of 12 positions and of 48: two more than the titles alone', async () => {
    const small = await places(await serve(organisation(4)));
    await server!.close();
    const large = await places(await serve(organisation(22)));
    expect(large.places.get('Spetsialist')).toHaveLength(44);
    expect(large.statements).toBe(small.statements);
    // The units of the organisation and the peers of the page's titles.
    expect(small.statements - (await statements(server!, TITLES))).toBe(2);
  });
});
