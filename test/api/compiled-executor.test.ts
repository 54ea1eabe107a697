/**
 * The server runs a query with graphql-jit from its second run on. Every query the web client
 * sends, and the corners of GraphQL it does not (introspection, abstract types, variables with
 * defaults, errors, personal data for a viewer), must answer exactly as graphql-js's own executor
 * does on the same data, on the first run and on the compiled ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, getIntrospectionQuery, parse, print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import * as documents from '../../web/src/gql/graphql.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { generateOrganization } from '../../server/generate/index.js';
import { graphqlSchema } from '../../server/schema.js';
import { createContext } from '../../server/request/context.js';
import { anonymous } from '../../server/access/access.js';
import type { Role } from '../../server/access/roles.js';
import { startTestServer, type TestServer } from './server.js';

let server: TestServer;
const tokens: Partial<Record<Role, string>> = {};
/** The names the tokens were made with: the interpreted run acts as the same token. */
const TOKEN_NAMES: Record<'hr' | 'viewer', string> = { hr: 'tests (hr)', viewer: 'jit viewer' };
const ids = { position: '', unit: '', absent: [] as string[] };

beforeAll(async () => {
  // The sample documents (names, signatures) and a generated organisation (groups, placeholders).
  server = await startTestServer();
  const generated = await importDocuments(server.database.dataSource, generateOrganization({ positions: 90, seed: 2 }).files);
  expect(generated.ok).toBe(true);
  tokens.hr = server.hrToken;
  tokens.viewer = await server.createToken('viewer', TOKEN_NAMES.viewer);
  const { data } = await server.gql('{ positions(first: 100, filter: { titleContains: "koordinaator" }) { nodes { id unit { id } } } }');
  ids.position = data.positions.nodes[0].id;
  ids.unit = data.positions.nodes[0].unit.id;
  ids.absent = data.positions.nodes.slice(0, 3).map((p: { id: string }) => p.id);
});
afterAll(() => server.close());

/** What graphql-js answers for the same request, with the same data and role. */
async function interpreted(query: string, variables: Record<string, unknown>, role: Role) {
  const result = await execute({
    schema: await graphqlSchema(),
    document: parse(query),
    contextValue: createContext(server.database.dataSource, { ...anonymous(role), tokenName: TOKEN_NAMES[role as 'hr' | 'viewer'] }),
    variableValues: variables,
  });
  return comparable(JSON.parse(JSON.stringify(result)));
}

/** Data as is; errors by message and path (Apollo adds codes to the served ones). */
function comparable(result: { data?: unknown; errors?: { message: string; path?: unknown[] }[] }) {
  return { data: result.data ?? null, errors: (result.errors ?? []).map((e) => ({ message: e.message, path: e.path ?? null })) };
}

const asSent = (document: unknown) => print(addTypenameToDocument(document as DocumentNode));

function clientQueries(): [string, string, () => Record<string, unknown>][] {
  const variables: Record<string, () => Record<string, unknown>> = {
    UnitPositions: () => ({ id: ids.unit }),
    PositionPath: () => ({ id: ids.position }),
    AbsenceImpact: () => ({ absentPositionIds: ids.absent }),
    UnitGaps: () => ({ unitId: ids.unit, positionId: ids.position }),
    PositionDetails: () => ({ id: ids.position }),
    SearchPositions: () => ({ text: 'koord' }),
  };
  // Queries only: the client's mutations change data, and graphql-js runs every mutation anyway.
  return Object.entries(documents)
    .filter(([name, document]) => name.endsWith('Document') && (document as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query'))
    .map(([name, document]) => {
      const operation = name.replace(/Document$/, '');
      return [operation, asSent(document), variables[operation] ?? (() => ({}))];
    });
}

const OTHER_QUERIES: [string, string, () => Record<string, unknown>][] = [
  ['introspection', getIntrospectionQuery({ descriptions: true }), () => ({})],
  ['node(id) through fragments', 'query($id: ID!) { node(id: $id) { __typename id ... on Position { title holder manager { ...P } } } } fragment P on Position { title jobDescription { signatures { name } } }', () => ({ id: ids.position })],
  ['a filter in a variable, its default left out', 'query($f: PositionFilter) { positions(first: 100, filter: $f) { totalCount nodes { id } } }', () => ({ f: { unitId: ids.unit } })],
  ['an unknown id', '{ position(id: "UG9zaXRpb246OTk5OTk5") { title } unit(id: "nonsense") { name } }', () => ({})],
  ['variables and skip/include', 'query($a: Boolean!, $b: Boolean!) { organizations { name @include(if: $a) units @skip(if: $b) { name } } }', () => ({ a: false, b: true })],
];

describe('queries run by graphql-jit', () => {
  for (const role of ['hr', 'viewer'] as const) {
    it(`answer as graphql-js does, for the ${role} role`, async () => {
      const checked: string[] = [];
      for (const [name, query, variables] of [...clientQueries(), ...OTHER_QUERIES]) {
        const vars = variables();
        const expected = await interpreted(query, vars, role);
        // The first run of a query is interpreted, the ones after it compiled: both must agree.
        for (const run of ['first', 'compiled']) {
          const served = comparable(await server.gql(query, vars, { token: tokens[role] }));
          expect(served, `${name} as ${role}, ${run} run`).toEqual(expected);
        }
        checked.push(name);
      }
      // Every web client query was run, and the ones that read data got some.
      expect(checked).toEqual(expect.arrayContaining(['ChartUnits', 'ChartPositions', 'PositionDetails', 'CoverageOverview', 'SearchPositions']));
    });
  }

  it('refuse arguments out of range and variables of the wrong type alike on the first and the compiled run', async () => {
    const refused: [string, string, Record<string, unknown>][] = [
      ['a page over 100', '{ positions(first: 1000) { totalCount } }', {}],
      ['a page size of the wrong type', 'query($n: Int!) { positions(first: $n) { totalCount } }', { n: 'many' }],
      ['a filter of the wrong shape', 'query($f: PositionFilter) { positions(first: 1, filter: $f) { totalCount } }', { f: { documented: 'yes' } }],
    ];
    for (const [name, query, variables] of refused) {
      const answers: { status: number; body: any }[] = [];
      for (const run of ['first', 'compiled']) {
        const response = await server.post({ query, variables });
        answers.push({ status: response.status, body: await response.json() });
        expect(answers.at(-1)!.body.errors[0].extensions.code, `${name}, ${run} run`).toBe('BAD_USER_INPUT');
      }
      expect(answers[1], name).toEqual(answers[0]);
    }
  });

  it('include the errors a viewer gets for personal data, with their paths', async () => {
    const query = 'query($id: ID!) { position(id: $id) { title holder jobDescription { signatures { name role } } } }';
    await server.gql(query, { id: ids.position }, { token: tokens.viewer });
    const served = comparable(await server.gql(query, { id: ids.position }, { token: tokens.viewer }));
    expect(served.data).toMatchObject({ position: { holder: null } });
    expect(served.errors.map((e) => e.path)).toContainEqual(['position', 'holder']);
    expect(served).toEqual(await interpreted(query, { id: ids.position }, 'viewer'));
  });
});
