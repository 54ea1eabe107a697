/**
 * Requests without a token: the viewer role while the server listens on loopback only, none
 * (401) once HOST exposes it, or what ANONYMOUS_ROLE says. The GraphiQL page and the web
 * client's files load without a token and then ask for one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAnonymousRole, isLoopback } from '../../server/access/roles.js';
import { startTestServer, type TestServer } from '../api/server.js';

describe('the default anonymous role', () => {
  it('is viewer on loopback addresses and none beyond', () => {
    for (const host of [undefined, '', '127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(isLoopback(host), String(host)).toBe(true);
      expect(defaultAnonymousRole(host)).toBe('viewer');
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'orgraph.example.org']) {
      expect(isLoopback(host), host).toBe(false);
      expect(defaultAnonymousRole(host)).toBe('none');
    }
  });

  it('is what ANONYMOUS_ROLE says, when it is set', () => {
    expect(defaultAnonymousRole('0.0.0.0', 'viewer')).toBe('viewer');
    expect(defaultAnonymousRole('127.0.0.1', 'none')).toBe('none');
    expect(defaultAnonymousRole('127.0.0.1', 'HR')).toBe('hr');
    expect(defaultAnonymousRole('127.0.0.1', '')).toBe('viewer');
    expect(() => defaultAnonymousRole('127.0.0.1', 'everyone')).toThrow('ANONYMOUS_ROLE must be one of none, viewer, hr, admin, not "everyone"');
  });
});

describe('a server listening beyond loopback (HOST=0.0.0.0)', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ host: '0.0.0.0' });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  it('requires a token for the API: 401 with a GraphQL-shaped error', async () => {
    expect(server.anonymousRole).toBe('none');
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ units { id } }"}' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="orgraph"');
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'This server requires a token: send "Authorization: Bearer <token>" (an administrator creates one with `orgraph token create`).',
          extensions: { code: 'UNAUTHENTICATED', reason: 'missing' },
        },
      ],
    });
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ units { id } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(get.status).toBe(401);
  });

  it('answers a request with a token', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.hrToken}` },
      body: '{"query":"{ currentAccess { role } positions(first: 1) { totalCount } }"}',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data).toEqual({ currentAccess: { role: 'HR' }, positions: { totalCount: 20 } });
  });

  it('requires a token for the reports and the uploads', async () => {
    expect((await fetch(`${base}/reports/coverage.csv`)).status).toBe(401);
    expect((await fetch(`${base}/imports`, { method: 'POST' })).status).toBe(401);
    const csv = await fetch(`${base}/reports/coverage.csv`, { headers: { authorization: `Bearer ${server.hrToken}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('takes the token of the reports from the web client’s cookie too (a download link sends no header)', async () => {
    const viewer = await server.createToken('viewer');
    const csv = await fetch(`${base}/reports/coverage.csv`, { headers: { cookie: `theme=dark; orgraph_token=${viewer}` } });
    expect(csv.status).toBe(200);
    expect((await fetch(`${base}/reports/coverage.csv`, { headers: { cookie: 'orgraph_token=og_revoked' } })).status).toBe(401);
    // The cookie is not a way into the API: only the header is.
    const api = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `orgraph_token=${viewer}` }, body: '{"query":"{ units { id } }"}' });
    expect(api.status).toBe(401);
  });

  it('serves the GraphiQL page and its files, which ask for a token, without one', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    // The page's own script is a file (the Content-Security-Policy allows no inline script).
    expect(html).not.toMatch(/<script>/);
    const setup = await fetch(`${base}/graphiql/setup.js`);
    expect(setup.status).toBe(200);
    expect(setup.headers.get('content-type')).toMatch(/^text\/javascript/);
    const script = await setup.text();
    expect(script).toContain('Authorization');
    expect(script).toContain('orgraph.token');
    expect(() => new Function(script)).not.toThrow();
    expect((await fetch(`${base}/graphiql/graphiql.js`)).status).toBe(200);
  });

  it('serves the web client without a token (the page then asks for one)', async () => {
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    // 200 with the client, or 503 saying how to build it: never 401.
    expect([200, 503]).toContain(page.status);
  });
});

describe('a server on loopback behind a reverse proxy', () => {
  it('requires a token for requests the proxy forwarded, unless ANONYMOUS_ROLE says otherwise', async () => {
    const server = await startTestServer({ samples: false });
    try {
      for (const header of [{ 'x-forwarded-for': '203.0.113.7' }, { forwarded: 'for=203.0.113.7;proto=https' }] as Record<string, string>[]) {
        const refused = await server.post({ query: '{ units { id } }' }, { token: null, headers: header });
        expect(refused.status).toBe(401);
        expect(((await refused.json()) as any).errors[0].extensions.reason).toBe('missing');
        expect((await server.post({ query: '{ units { id } }' }, { headers: header })).status).toBe(200);
      }
      // Straight from this machine: the loopback default.
      expect((await server.post({ query: '{ units { id } }' }, { token: null })).status).toBe(200);
    } finally {
      await server.close();
    }
    const chosen = await startTestServer({ samples: false, anonymousRole: 'viewer' });
    try {
      expect((await chosen.post({ query: '{ units { id } }' }, { token: null, headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
    } finally {
      await chosen.close();
    }
  });
});

describe('ANONYMOUS_ROLE set explicitly', () => {
  it('none on loopback refuses requests without a token', async () => {
    const server = await startTestServer({ anonymousRole: 'none', samples: false });
    try {
      expect((await server.post({ query: '{ units { id } }' }, { token: null })).status).toBe(401);
      expect((await server.post({ query: '{ units { id } }' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('hr beyond loopback lets requests without a token read personal data', async () => {
    const server = await startTestServer({ host: '0.0.0.0', anonymousRole: 'hr' });
    try {
      const { data, errors } = await server.gql('{ currentAccess { role } positions(first: 2) { nodes { holder } } }', {}, { token: null });
      expect(errors).toBeUndefined();
      expect(data.currentAccess.role).toBe('HR');
      expect(data.positions.nodes[1].holder).toBe('Tuuli Truupõld');
    } finally {
      await server.close();
    }
  });
});
