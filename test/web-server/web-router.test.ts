import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { webRouter } from '../../server/http/web.js';

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function serve(distDir: string) {
  const app = express();
  app.use(webRouter(distDir));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return (path: string, init: RequestInit = { headers: { accept: 'text/html' } }) => fetch(base + path, init);
}

function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgraph-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>orgraph</title>');
  writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
  return dir;
}

describe('webRouter: the built client at /', () => {
  it('serves index.html for the chart and any page a browser opens, so shared links and reloads work', async () => {
    const get = await serve(builtClient());
    for (const path of ['/', '/?position=UG9zaXRpb246Mw&overlay=substitution', '/some/page']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>orgraph</title>');
    }
    const script = await get('/assets/app-123.js', {});
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves /graphql, missing files and non-GET requests to others', async () => {
    const get = await serve(builtClient());
    expect((await get('/graphql')).status).toBe(404);
    expect((await get('/assets/missing.js', {})).status).toBe(404);
    expect((await get('/', { method: 'POST', headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('answers 503 with what to do when the client has not been built', async () => {
    const get = await serve(mkdtempSync(join(tmpdir(), 'orgraph-no-web-')));
    const response = await get('/');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('npm run build:web');
  });
});
