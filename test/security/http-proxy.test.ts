/**
 * A request is taken as local (the loopback anonymous role, viewer by default) only when it comes
 * from the loopback interface, names a loopback host and carries no proxy header of any kind:
 * a proxy on this machine forwards requests from anywhere, and proxies say so in different headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { rawGraphql, rawRequest } from './raw-http.js';

const WHO = '{ currentAccess { role } }';

const PROXY_HEADERS: Record<string, string> = {
  Forwarded: 'for=203.0.113.7;proto=https',
  'X-Forwarded-For': '203.0.113.7',
  'X-Forwarded-Host': 'orgraph.example.org',
  'X-Forwarded-Proto': 'https',
  'X-Forwarded-Port': '443',
  'X-Real-IP': '203.0.113.7',
  Via: '1.1 proxy.example.org',
  'X-Client-IP': '203.0.113.7',
  'True-Client-IP': '203.0.113.7',
  'CF-Connecting-IP': '203.0.113.7',
  'X-Cluster-Client-IP': '203.0.113.7',
  'Fastly-Client-IP': '203.0.113.7',
};

describe('a server on loopback with the default anonymous role', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ allowedHosts: ['orgraph.example.org'] });
  });
  afterAll(() => server.close());

  it('answers a plain local request without a token, as a viewer', async () => {
    const response = await rawGraphql(server.port, WHO);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data).toEqual({ currentAccess: { role: 'VIEWER' } });
  });

  for (const [header, value] of Object.entries(PROXY_HEADERS)) {
    it(`needs a token for a request carrying ${header}`, async () => {
      const response = await rawGraphql(server.port, WHO, { [header]: value });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'missing' });
      const withToken = await rawGraphql(server.port, WHO, { [header]: value, authorization: `Bearer ${server.hrToken}` });
      expect(JSON.parse(withToken.body).data).toEqual({ currentAccess: { role: 'HR' } });
    });
  }

  it('needs a token for a request naming a host other than a loopback one (a proxy that passes Host on and adds nothing)', async () => {
    const response = await rawGraphql(server.port, WHO, { host: 'orgraph.example.org' });
    expect(response.status).toBe(401);
  });

  it('needs a token for the reports through a proxy too', async () => {
    const local = await rawRequest(server.port, { path: '/reports/coverage.csv', headers: { host: `127.0.0.1:${server.port}` } });
    expect(local.status).toBe(200);
    const proxied = await rawRequest(server.port, { path: '/reports/coverage.csv', headers: { host: `127.0.0.1:${server.port}`, 'x-real-ip': '203.0.113.7' } });
    expect(proxied.status).toBe(401);
  });
});

describe('a server whose anonymous role is set (ANONYMOUS_ROLE)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ anonymousRole: 'viewer' });
  });
  afterAll(() => server.close());

  it('gives that role to proxied requests as well, as the setting says', async () => {
    const response = await rawGraphql(server.port, WHO, { 'X-Real-IP': '203.0.113.7' });
    expect(JSON.parse(response.body).data).toEqual({ currentAccess: { role: 'VIEWER' } });
  });
});
