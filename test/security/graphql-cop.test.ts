/**
 * graphql-cop's check list, each check sent as graphql-cop sends it to a production server, with
 * what the server must do instead of what graphql-cop flags. Introspection and GraphiQL are on by
 * design (analysts and code generators use them), held to the same limits as every query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';

describe('graphql-cop’s checks against a production server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ production: true });
  });
  afterAll(() => server.close());

  /** POST /graphql as graphql-cop does: JSON, no token (the loopback anonymous role). */
  const send = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await server.post(body, { token: null, headers });
    return { status: response.status, body: (await response.json()) as any };
  };
  const query = (text: string) => send({ query: text });

  it('refuses alias overloading: 101 aliases of __typename count like any field', async () => {
    const { status, body } = await query(`query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ')} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toBe('Aliases limit of 15 exceeded, found 101.');
  });

  it('refuses field duplication: __typename 500 times in one selection', async () => {
    const { status, body } = await query(`query cop { ${'__typename \n'.repeat(500)}} `);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toBe('"__typename" is asked for 500 times in one selection; the limit is 100. Ask for each field once.');
  });

  it('refuses directive overloading with one error for the repetition, not one per directive', async () => {
    const { status, body } = await query('query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toBe('The directive @aa is given 10 times in one place; give it once.');
    // graphql-cop flags an answer of exactly ten errors, one per directive; validation stops after five.
    expect(body.errors.length).toBeLessThanOrEqual(6);
    expect(body.errors.at(-1).message).toBe('Too many validation errors, error limit reached. Validation aborted.');
  });

  it('stops validating any query after five errors, however many mistakes it holds', async () => {
    const { status, body } = await query(`{ ${Array.from({ length: 40 }, (_, i) => `f${i}`).join(' ')} }`);
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(6);
  });

  it('refuses array-based batching', async () => {
    const { status, body } = await send(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    expect(status).toBe(400);
    expect(Array.isArray(body)).toBe(false);
    expect(body.errors[0].message).toBe('Operation batching disabled.');
  });

  it('runs one operation of a document holding several, and refuses to guess which', async () => {
    const document = 'query a { __typename } query b { __typename }';
    const guessed = await query(document);
    expect(guessed.status).toBe(400);
    expect(guessed.body.errors[0].message).toBe('Must provide operation name if query contains multiple operations.');
    const named = await send({ query: document, operationName: 'b' });
    expect(named.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a GET query without a preflight header (GET-based CSRF), and any mutation over GET', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('query cop { __typename }')}`);
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation cop { __typename }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(mutation.status).toBe(405);
    expect(((await mutation.json()) as any).data).toBeUndefined();
  });

  it('refuses POST bodies a plain HTML form can send (url-encoded, multipart, text): POST-based CSRF', async () => {
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent('query cop { __typename }')}`],
      ['text/plain', JSON.stringify({ query: 'query cop { __typename }' })],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nquery cop { __typename }\r\n--x--\r\n'],
    ];
    for (const [type, body] of forms) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status, type).toBe(400);
      expect(((await response.json()) as any).data, type).toBeUndefined();
    }
  });

  it('returns no trace (tracing or ftv1), even when asked for one', async () => {
    const { body } = await send({ query: 'query cop { __typename }' }, { 'apollo-federation-include-trace': 'ftv1' });
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('suggests no field names in errors', async () => {
    const { body } = await query('query cop { __schema { directive } }');
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
    expect(body.errors[0].message).toBe('Cannot query field "directive" on type "__Schema".');
  });

  it('refuses circular introspection (fields › type › fields … nested)', async () => {
    const { status, body } = await query('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }');
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('Maximum introspection depth exceeded');
  });

  it('answers introspection, by design: GraphiQL and code generators read the schema', async () => {
    const { body } = await query('query cop { __schema { queryType { name } } }');
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serves GraphiQL at /graphql to a browser, by design: it needs no token, the API behind it does where tokens are required', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
  });
});
