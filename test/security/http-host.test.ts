/**
 * The Host check against DNS rebinding: a page elsewhere can point its own name at 127.0.0.1, but
 * the visitor's browser still sends that name, so only configured names are answered (loopback
 * names, IP addresses, the listening host and ALLOWED_HOSTS), on every route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostnameOf, isAllowedHost, parseAllowedHosts } from '../../server/limits/host.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { rawRequest } from './raw-http.js';

const ROUTES: { method: string; path: string; headers?: Record<string, string>; body?: string }[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/graphql', headers: { accept: 'text/html' } },
  { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
  { method: 'GET', path: '/reports/coverage.csv' },
  { method: 'POST', path: '/imports' },
  { method: 'GET', path: '/graphiql/setup.js' },
];

describe('a server on loopback', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ allowedHosts: parseAllowedHosts(' orgraph.example.org, .intra.example ') });
  });
  afterAll(() => server.close());

  it('refuses Host: attacker.example on every route with 421 and an error naming ALLOWED_HOSTS', async () => {
    for (const route of ROUTES) {
      const response = await rawRequest(server.port, { ...route, headers: { ...route.headers, host: `attacker.example:${server.port}` } });
      expect(response.status, route.path).toBe(421);
      expect(JSON.parse(response.body), route.path).toEqual({
        errors: [
          {
            message: `This server does not answer for the host "attacker.example:${server.port}". To serve it under that name, add the name to ALLOWED_HOSTS (comma-separated).`,
            extensions: { code: 'HOST_NOT_ALLOWED', host: `attacker.example:${server.port}` },
          },
        ],
      });
    }
  });

  it('answers localhost, a name below localhost, loopback addresses and the names in ALLOWED_HOSTS', async () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '[::1]', 'orgraph.example.org', 'intra.example', 'wiki.intra.example', 'ORGRAPH.example.org.']) {
      // A name beyond loopback means a proxy in between, so it needs a token (see http-proxy.test.ts).
      const headers = { ...ROUTES[2].headers, host: `${host}:${server.port}`, authorization: `Bearer ${server.hrToken}` };
      const response = await rawRequest(server.port, { ...ROUTES[2], headers });
      expect(response.status, host).toBe(200);
    }
  });

  it('answers fetch() to http://localhost and http://127.0.0.1, which send those names', async () => {
    expect((await fetch(`http://localhost:${server.port}/graphql?query=${encodeURIComponent('{__typename}')}`, { headers: { 'apollo-require-preflight': '1' } })).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${server.port}/graphql?query=${encodeURIComponent('{__typename}')}`, { headers: { 'apollo-require-preflight': '1' } })).status).toBe(200);
  });

  it('refuses a name that only ends like an allowed one', async () => {
    const response = await rawRequest(server.port, { ...ROUTES[2], headers: { ...ROUTES[2].headers, host: 'evilorgraph.example.org' } });
    expect(response.status).toBe(421);
  });
});

describe('the Host rule', () => {
  it('reads the name from a Host header with or without port and IPv6 brackets', () => {
    expect(hostnameOf('Example.ORG:4000')).toBe('example.org');
    expect(hostnameOf('[::1]:4000')).toBe('::1');
    expect(hostnameOf('::1')).toBe('::1');
    expect(hostnameOf('localhost.')).toBe('localhost');
    expect(hostnameOf(undefined)).toBeNull();
    expect(hostnameOf('  ')).toBeNull();
  });

  it('answers any IP address and the name the server listens on, and nothing without a Host', () => {
    expect(isAllowedHost('192.168.1.10', '0.0.0.0', [])).toBe(true);
    expect(isAllowedHost('orgraph.example.org', 'orgraph.example.org', [])).toBe(true);
    expect(isAllowedHost('orgraph.example.org', '0.0.0.0', [])).toBe(false);
    expect(isAllowedHost(null, '127.0.0.1', [])).toBe(false);
  });
});
