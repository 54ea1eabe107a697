/**
 * Security headers on every page and answer: a Content-Security-Policy without inline script,
 * no framing, no content sniffing, no referrer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { rawRequest } from './raw-http.js';

describe('every answer of the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const answers: Record<string, (s: TestServer) => Promise<Response>> = {
    'the web client at /': (s) => fetch(`${s.url}/`, { headers: { accept: 'text/html' } }),
    'the GraphiQL page at GET /graphql': (s) => fetch(`${s.url}/graphql`, { headers: { accept: 'text/html' } }),
    'a GraphiQL file': (s) => fetch(`${s.url}/graphiql/setup.js`),
    'an API answer to POST /graphql': (s) => s.post({ query: '{ __typename }' }),
    'an API refusal': (s) => s.post({ query: '{ nonsense }' }),
    'the report at /reports/coverage.csv': (s) => fetch(`${s.url}/reports/coverage.csv`),
  };

  for (const [what, request] of Object.entries(answers)) {
    it(`carries the security headers: ${what}`, async () => {
      const response = await request(server);
      expect(response.status).toBeLessThan(500);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // HSTS is the TLS proxy's to send: this server speaks plain HTTP.
      expect(response.headers.get('strict-transport-security')).toBeNull();
    });
  }

  it('carries them on a refused Host too', async () => {
    const response = await rawRequest(server.port, { path: '/', headers: { host: 'attacker.example' } });
    expect(response.status).toBe(421);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves the GraphiQL page with no inline script, which the policy would block', async () => {
    const html = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('<script src="/graphiql/setup.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\son\w+=/);
  });
});
