/**
 * The cost limit counts every list by the most items it can hold, with variables resolved: the wide
 * queries that once ran for a minute are refused before anything runs, other requests are answered
 * meanwhile, and page sizes, cursors, `__typename` aliases and answer sizes are held to one rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganization } from '../../server/generate/index.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { LIMITS } from '../../server/limits/limits.js';
import { startTestServer, type TestServer } from '../api/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const generated = await importDocuments(server.database.dataSource, generateOrganization({ positions: 400, seed: 3 }).files);
  expect(generated.ok).toBe(true);
});
afterAll(() => server.close());

async function send(query: string, variables?: Record<string, unknown>) {
  const response = await server.post({ query, variables });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}

/** Nested lists with no `first`, through fragments and aliases: an answer of the whole organisation many times over. */
const WIDE = `
  query Wide {
    a: units { ...U }
    b: units { ...U }
    organizations { units { ...U } topUnits { ...U } }
  }
  fragment U on Unit { name positions { ...P reports { ...P } } }
  fragment P on Position { title substitutes { label status } substitutedFor { label } reportingChain { title } }
`;

const costRefusal = /^Query Cost limit of 25000 exceeded, found \d+\.$/;

describe('the cost of a query', () => {
  it('refuses the wide query of unpaged nested lists with 400, before it runs and without a rise in memory', async () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const { status, body, text } = await send(WIDE);
    const grown = process.memoryUsage().heapUsed - before;
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toMatch(costRefusal);
    expect(body.errors![0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(body.data).toBeUndefined();
    expect(text.length).toBeLessThan(1000);
    expect(grown).toBeLessThan(50 * 1024 * 1024);
  });

  it('prices a page given in a variable exactly as the same page written in the query', async () => {
    const pages = (first: string) => Array.from({ length: 15 }, (_, i) => `p${i}: positions(first: ${first}) { nodes { title substitutes { label position { title } } } }`).join(' ');
    const literal = await send(`{ ${pages('100')} }`);
    const variable = await send(`query($n: Int!) { ${pages('$n')} }`, { n: 100 });
    expect(literal.status).toBe(400);
    expect(literal.body.errors![0].message).toMatch(costRefusal);
    expect(variable.status).toBe(400);
    expect(variable.body.errors).toEqual(literal.body.errors);
    // The same query with small pages runs.
    expect((await send(`query($n: Int!) { ${pages('$n')} }`, { n: 5 })).body.errors).toBeUndefined();
  });

  it('prices a nested list by its page: a unit’s positions cost as many as may come', async () => {
    const query = (units: number, positions: number) => `{ units(first: ${units}) { name positions(first: ${positions}) { id title documented } } }`;
    expect((await send(query(10, 100))).body.errors).toBeUndefined();
    const refused = await send(query(100, 100));
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0].message).toMatch(costRefusal);
  });

  it('answers `{ __typename }` promptly while wide queries are refused around it', async () => {
    const timed = async (query: string) => {
      const started = performance.now();
      await send(query);
      return performance.now() - started;
    };
    // Warm up both paths, then measure each alone.
    await timed('{ __typename }');
    await timed(WIDE);
    const alone = await timed('{ __typename }');
    const abuseAlone = await timed(WIDE);
    const abuse = Array.from({ length: 8 }, () => send(WIDE));
    const during = await timed('{ __typename }');
    const answers = await Promise.all(abuse);
    expect(answers.every((a) => a.status === 400)).toBe(true);
    // Waiting behind eight refusals at most, never behind a query that runs.
    expect(during).toBeLessThan(10 * (alone + abuseAlone));
  });
});

describe('one rule for lists', () => {
  it('counts `__typename` aliases like any other field', async () => {
    const { status, body } = await send(`{ ${Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: `Aliases limit of ${LIMITS.aliases} exceeded, found 101.`, extensions: { code: 'QUERY_LIMIT_EXCEEDED' } }]);
  });

  it('refuses a page over 100 wherever it is asked for, as `positions` does', async () => {
    for (const query of ['{ positions(first: 101) { totalCount } }', '{ search(text: "koordinaator", first: 101) { snippet } }', '{ criticalPositions(limit: 101) { positions { leavesUncovered } } }', '{ units(first: 0) { id } }']) {
      const { status, body } = await send(query);
      expect(status, query).toBe(400);
      expect(body.errors?.[0], query).toMatchObject({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await send('{ search(text: "koordinaator", first: 100) { snippet } criticalPositions(limit: 100) { positions { leavesUncovered } } }')).body.errors).toBeUndefined();
  });

  it('refuses a long cursor without repeating it', async () => {
    const cursor = 'x'.repeat(900_000);
    const { status, body, text } = await send('query($after: String) { positions(first: 1, after: $after) { totalCount } }', { after: cursor });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors![0].extensions.validationErrors[0].constraints.maxLength).toMatch(/at most 100 characters \(this one has 900000\)/);
    expect(text.length).toBeLessThan(1000);
  });
});

describe('the size of an answer', () => {
  it('is capped: a larger answer is refused with RESPONSE_TOO_LARGE instead of being sent', async () => {
    const small = await startTestServer({ limits: { responseBytes: 2_000 } });
    try {
      const query = '{ positions(first: 100) { nodes { id title unit { name } } } }';
      const whole = await server.gql(query);
      expect(JSON.stringify(whole.data).length).toBeGreaterThan(2_000);
      const capped = await small.gql(query);
      expect(capped.data).toBeNull();
      expect(capped.errors).toEqual([
        { message: 'The answer would be larger than 2 KB, the limit. Ask for less: a smaller page (`first`), fewer fields, or one unit.', extensions: { code: 'RESPONSE_TOO_LARGE', limitBytes: 2_000 } },
      ]);
      // Both runs (graphql-js, then compiled) are held to it; a small answer goes through.
      expect((await small.gql(query)).errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect((await small.gql('{ positions(first: 2) { nodes { title } } }')).errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});
