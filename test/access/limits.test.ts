/**
 * The limits every request is held to, each with the error a client gets: query depth, aliases,
 * directives, tokens and cost (GraphQL Armor), `first`, body size, a per-request timeout,
 * batching off, CSRF prevention, introspection governed by the same limits, and errors masked
 * in production. The web client's own queries must fit.
 */
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, GraphQLEnumType, GraphQLInputObjectType, isNonNullType, Kind, parse, parseType, specifiedRules, validate, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { graphqlSchema } from '../../server/schema.js';
import { queryLimits } from '../../server/limits/armor.js';
import { queryCost } from '../../server/limits/cost.js';
import { LIMITS } from '../../server/limits/limits.js';
import { startTestServer, type TestServer } from '../api/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** POSTs a query as hr and returns the status and body. */
async function send(query: string, variables?: Record<string, unknown>) {
  const response = await server.post({ query, variables });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}

const nested = (levels: number) => `{ positions(first: 1) { nodes { ${'manager { '.repeat(levels - 3)}title${' }'.repeat(levels - 3)} } } }`;

describe('query shape (GraphQL Armor)', () => {
  it('allows 6 levels of fields (the client’s deepest query has 5) and refuses 7, saying so', async () => {
    expect((await send(nested(6))).body.errors).toBeUndefined();
    const { status, body } = await send(nested(7));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'Query depth limit of 6 exceeded, found 7.', extensions: { code: 'QUERY_LIMIT_EXCEEDED' } }]);
  });

  it('does not count fragments as levels', async () => {
    const query = `query { positions(first: 1) { nodes { ...A } } } fragment A on Position { manager { ...B } } fragment B on Position { manager { manager { ... on Position { title } } } }`;
    const { body } = await send(query);
    expect(body.errors).toBeUndefined();
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `u${i}: units { id }`).join(' ')} }`;
    expect((await send(aliases(15))).body.errors).toBeUndefined();
    const { status, body } = await send(aliases(16));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'Aliases limit of 15 exceeded, found 16.', extensions: { code: 'QUERY_LIMIT_EXCEEDED' } }]);
  });

  it('refuses more than 50 directives', async () => {
    const directives = (n: number) => `{ units { ${'id @include(if: true) '.repeat(n)}} }`;
    expect((await send(directives(50))).body.errors).toBeUndefined();
    const { status, body } = await send(directives(51));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'Directives limit of 50 exceeded, found 51.', extensions: { code: 'QUERY_LIMIT_EXCEEDED' } }]);
  });

  it('refuses a query of more than 1,000 tokens before parsing it whole', async () => {
    // Each ID in the list is one token.
    const ids = (n: number) => `{ absenceImpact(absentPositionIds: [${'"x" '.repeat(n)}]) { absent { id } } }`;
    expect((await send(ids(980))).body.errors).toBeUndefined();
    const { status, body } = await send(ids(1000));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Token limit of 1000 exceeded: the query is too long.', extensions: { code: 'QUERY_LIMIT_EXCEEDED' } }),
    ]);
  });

  it('refuses a query whose estimated cost exceeds 25,000', async () => {
    // Ten job descriptions with every duty (at most 50) and its results (at most 20 each).
    const page = (alias: string) => `${alias}: positions(first: 10) { nodes { id title jobDescription { purpose duties { number text results } requirements { education languages { language level } } } } }`;
    expect((await send(`{ ${page('a')} }`)).body.errors).toBeUndefined();
    const { status, body } = await send(`{ ${page('a')} ${page('b')} ${page('c')} ${page('d')} }`);
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toMatch(/^Query Cost limit of 25000 exceeded, found \d+(\.\d+)?\.$/);
    expect(body.errors![0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('caps `first` at 100', async () => {
    const { body } = await send('{ positions(first: 101) { totalCount } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

/** A value for each variable an operation requires; optional ones are left out, as the client leaves them. */
function placeholderVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE) continue;
    const type = definition.type.type;
    values[definition.variable.name.value] = placeholder(schema, type);
  }
  return values;
}

/** A value of a named or list type: an empty list, false, 'placeholder', or an input object of its required fields. */
function placeholder(schema: GraphQLSchema, type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return placeholder(schema, type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  const named = schema.getType(type.name.value);
  if (named instanceof GraphQLEnumType) return named.getValues()[0].name;
  if (!(named instanceof GraphQLInputObjectType)) return type.name.value === 'Boolean' ? false : 'placeholder';
  const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
  return Object.fromEntries(fields.map((f) => [f.name, placeholder(schema, parseType(String(f.type)))]));
}

describe('the web client’s queries', () => {
  const WEB = fileURLToPath(new URL('../../web/src/features/', import.meta.url));
  const files = readdirSync(WEB, { recursive: true, encoding: 'utf8' }).filter((f) => /\.quer(y|ies)\.ts$/.test(f));
  const documents = files.flatMap((f) => [...readFileSync(join(WEB, f), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({ file: f, text: m[1] })));

  it('are found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  it('all fit within the limits', async () => {
    const schema = await graphqlSchema();
    const { validationRules, parseOptions } = queryLimits();
    // Fragments may be defined in another file's document (codegen joins them the same way).
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const { text } of documents) for (const d of parse(text).definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const operations = documents.flatMap(({ file, text }) =>
      parse(text, parseOptions).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [{ file, operation: d }] : [])),
    );
    expect(operations.length).toBeGreaterThanOrEqual(documents.length);
    const costs = new Map<string, number>();
    for (const { file, operation } of operations) {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: unknown) =>
        visit(node as OperationDefinitionNode, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(spread.name.value)) {
              used.set(spread.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      // As Apollo Client sends it: with __typename in every selection set.
      const document: DocumentNode = addTypenameToDocument({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      expect(errors.map((e) => e.message), `${file}: ${operation.name?.value}`).toEqual([]);
      // The cost, with the variables the client sends: none changes a page size, so placeholders do.
      const cost = queryCost(schema, document, placeholderVariables(schema, operation), operation.name?.value);
      expect(cost, `${file}: ${operation.name?.value}`).toBeLessThanOrEqual(LIMITS.cost);
      costs.set(operation.name!.value, cost);
    }
    // A page of 100 positions is priced as 100 of them: near the limit, which is set for it.
    expect(costs.get('ChartPositions')).toBeGreaterThan(LIMITS.cost * 0.8);
  });
});

describe('introspection', () => {
  it('answers GraphiQL’s introspection query (and the fullest one graphql-js writes)', async () => {
    for (const query of [getIntrospectionQuery(), getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })]) {
      const { status, body } = await send(query);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.types.map((t: any) => t.name)).toContain('Position');
    }
  });

  it('works without a token where requests without one are allowed, as GraphiQL sends it', async () => {
    const response = await server.post({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' }, { token: null });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.__schema.queryType.name).toBe('Query');
  });

  it('is held to the same limits: nesting fields → type → fields is refused, and so are too many tokens', async () => {
    const deep = await send('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }');
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]).toMatchObject({ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const typeDepth = await send('{ __type(name: "Position") { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }');
    expect(typeDepth.body.errors?.[0].message).toBe('Query depth limit of 6 exceeded, found 8.');
    const long = await send(`{ __schema { ${Array.from({ length: 1000 }, () => 'queryType { name }').join(' ')} } }`);
    expect(long.body.errors?.[0].message).toBe('Token limit of 1000 exceeded: the query is too long.');
  });
});

describe('HTTP', () => {
  it('refuses a /graphql body over 1 MB with 413 and says where imports go', async () => {
    const response = await server.post({ query: '{ units { id } }', variables: { padding: 'x'.repeat(LIMITS.graphqlBodyBytes) } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than 1 MB, the limit here. Import large batches through POST /imports (up to 50 MB a request).',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 1048576 },
        },
      ],
    });
  });

  it('takes uploads of more than 1 MB through POST /imports, up to its own limit', async () => {
    const big = new Uint8Array(1_500_000).fill(0x61);
    const form = new FormData();
    form.append('files', new Blob([big]), 'big.txt');
    form.append('organization', 'Testamet');
    const response = await fetch(`${server.url}/imports`, { method: 'POST', headers: { authorization: `Bearer ${server.hrToken}` }, body: form });
    // The body is read; what the file holds is for the reader to judge.
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).files[0].name).toBe('big.txt');

    const small = await startTestServer({ samples: false, limits: { uploadBodyBytes: 100_000 } });
    try {
      const tooBig = new FormData();
      tooBig.append('files', new Blob([new Uint8Array(200_000)]), 'big.txt');
      const refused = await fetch(`${small.url}/imports`, { method: 'POST', headers: { authorization: `Bearer ${small.hrToken}` }, body: tooBig });
      expect(refused.status).toBe(413);
      expect(((await refused.json()) as any).errors[0]).toEqual({
        message: 'The request body is larger than 98 KB, the limit here. Send fewer files at a time (POST /imports takes up to 98 KB a request).',
        extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 100_000 },
      });
    } finally {
      await small.close();
    }
  });

  it('answers 503 with a GraphQL error when a request takes longer than the timeout', async () => {
    const slow = await startTestServer({ samples: false, limits: { requestTimeoutMs: 300 } });
    try {
      // A client that never finishes sending its body holds the request open.
      const started = Date.now();
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(`http://127.0.0.1:${slow.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000', authorization: `Bearer ${slow.hrToken}` } }, (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body: text }));
        });
        request.on('error', reject);
        request.write('{"query": "{ units { id } }"');
      });
      expect(status).toBe(503);
      expect(JSON.parse(body)).toEqual({
        errors: [{ message: 'The request took longer than 300 ms and was stopped. Ask for less (a smaller page, one unit) or try again later.', extensions: { code: 'TIMEOUT', timeoutMs: 300 } }],
      });
      expect(Date.now() - started).toBeLessThan(5000);
      // The server goes on answering.
      expect((await slow.gql('{ units { id } }')).errors).toBeUndefined();
    } finally {
      await slow.close();
    }
  });

  it('refuses batched requests (an array of operations)', async () => {
    const response = await server.post([{ query: '{ units { id } }' }, { query: '{ organizations { id } }' }]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('refuses a simple cross-site POST (text/plain) as CSRF', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await server.post(JSON.stringify({ query: '{ units { id } }' }), { headers: { 'content-type': type } });
      expect(response.status, type).toBe(400);
      expect(((await response.json()) as any).errors[0].message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
    }
  });

  it('says what is wrong with a body that is not JSON', async () => {
    const response = await server.post('{"query": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({ message: expect.stringMatching(/^The request body is not valid JSON/), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('errors in production mode (NODE_ENV=production)', () => {
  async function brokenServer(production: boolean) {
    const s = await startTestServer({ production });
    // A fault the client cannot fix: a table gone missing.
    await s.database.dataSource.query('DROP TABLE unit_alias');
    return s;
  }

  it('hides the message, the stack trace and the SQL of an unexpected error', async () => {
    const s = await brokenServer(true);
    try {
      const { errors } = await s.gql('{ units { name aliases { name } } }');
      expect(errors).toEqual([{ message: 'Internal server error', locations: [{ line: 1, column: 16 }], path: ['units', 0, 'aliases'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await s.close();
    }
  });

  it('keeps the message of errors the client can fix, without stack traces', async () => {
    const s = await startTestServer({ production: true, samples: false });
    try {
      const responses = [
        await s.gql('{ units { nme } }'),
        await s.gql('{ positions(first: 0) { totalCount } }'),
        await s.gql('{ positions(first: 1) { nodes { holder } } auditLog { totalCount } }', {}, { token: null }),
        await s.gql('{ units { id ', {}),
      ];
      expect(responses.map((r) => r.errors![0].message)).toEqual([
        'Cannot query field "nme" on type "Unit".',
        'Argument Validation Error',
        'auditLog needs the admin role; this request has the viewer role.',
        'Syntax Error: Expected Name, found <EOF>.',
      ]);
      for (const r of responses) for (const e of r.errors!) expect(e.extensions?.stacktrace).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it('shows the details while developing (not production)', async () => {
    const s = await brokenServer(false);
    try {
      const { errors } = await s.gql('{ units { name aliases { name } } }');
      // SQLite's words, or PostgreSQL's.
      expect(errors?.[0].message).toMatch(/no such table: unit_alias|relation "unit_alias" does not exist/);
    } finally {
      await s.close();
    }
  });
});
