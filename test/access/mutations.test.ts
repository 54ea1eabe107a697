/**
 * Changes need the hr role and leave an audit entry (who, what, when), readable by an admin:
 * the importDocuments mutation and the POST /imports upload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';

const IMPORT = `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok files { name status } } }`;
const AUDIT = '{ auditLog(first: 10) { totalCount edges { cursor } nodes { at actor role operation summary ok } pageInfo { hasNextPage endCursor } } }';

const file = (title: string) => ({ name: `${title.toLocaleLowerCase('et').replace(/[^\p{L}]+/gu, '-')}.txt`, content: jobDescriptionText({ title, unit: 'Arendusosakond', manager: 'Osakonna juhataja' }) });

let server: TestServer;
let viewer: string;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  viewer = await server.createToken('viewer', 'Viewer Vera');
  admin = await server.createToken('admin', 'Admin Ann');
});
afterAll(() => server.close());

const total = async () => (await server.gql('{ positions(first: 1) { totalCount } }')).data.positions.totalCount;
const audit = async () => (await server.gql(AUDIT, {}, { token: admin })).data.auditLog;

describe('importDocuments', () => {
  it('is refused for a viewer and for an anonymous request, with a FORBIDDEN error, and stores nothing', async () => {
    const before = await audit();
    for (const token of [viewer, null]) {
      const response = await server.gql(IMPORT, { input: { files: [file('Analüütik')], organization: 'Testamet' } }, { token });
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({ message: 'importDocuments needs the hr role; this request has the viewer role.', path: ['importDocuments'], extensions: { code: 'FORBIDDEN', neededRole: 'hr', role: 'viewer' } }),
      ]);
    }
    expect(await total()).toBe(0);
    // A refusal changes nothing, so it is not an entry.
    expect((await audit()).totalCount).toBe(before.totalCount);
  });

  it('imports for hr, and the audit log says who imported what and when', async () => {
    const started = Date.now();
    const { data, errors } = await server.gql(IMPORT, { input: { files: [file('Analüütik'), file('Jurist')], organization: 'Testamet' } });
    expect(errors).toBeUndefined();
    expect(data.importDocuments.ok).toBe(true);
    expect(await total()).toBeGreaterThan(0);
    const [entry] = (await audit()).nodes;
    expect(entry).toEqual({
      at: expect.any(String),
      actor: 'tests (hr)',
      role: 'HR',
      operation: 'importDocuments',
      summary: 'stored: 2 file(s) (2 created): analüütik.txt, jurist.txt',
      ok: true,
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000);
  });

  it('records a batch that stored nothing as not ok', async () => {
    const { data } = await server.gql(IMPORT, { input: { files: [file('Nõunik'), { name: 'tühi.txt', content: ' ' }], organization: 'Testamet' } });
    expect(data.importDocuments.ok).toBe(false);
    const [entry] = (await audit()).nodes;
    expect(entry).toMatchObject({ operation: 'importDocuments', ok: false, summary: 'nothing stored: 2 file(s) (1 unchanged, 1 failed): nõunik.txt, tühi.txt' });
  });

  it('pages the audit log newest first', async () => {
    const first = (await server.gql('{ auditLog(first: 1) { totalCount nodes { operation } pageInfo { hasNextPage endCursor } } }', {}, { token: admin })).data.auditLog;
    expect(first.totalCount).toBeGreaterThanOrEqual(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await server.gql('query($after: String) { auditLog(first: 100, after: $after) { nodes { operation summary } pageInfo { hasNextPage } } }', { after: first.pageInfo.endCursor }, { token: admin })).data.auditLog;
    expect(next.nodes).toHaveLength(first.totalCount - 1);
    expect(next.pageInfo.hasNextPage).toBe(false);
    // The oldest entries are the tokens this test made.
    expect(next.nodes.at(-1).operation).toBe('token.create');
  });
});

describe('POST /imports (uploads)', () => {
  const upload = (files: { name: string; content: string | Uint8Array }[], token: string | null, extra: Record<string, string> = {}, headers: Record<string, string> = {}) => {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.content]), f.name);
    for (const [k, v] of Object.entries(extra)) form.append(k, v);
    return fetch(`${server.url}/imports`, { method: 'POST', headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: form });
  };

  it('imports files for hr, answers like the mutation and writes an audit entry', async () => {
    const response = await upload([file('Andmeanalüütik')], server.hrToken, { organization: 'Testamet' });
    expect(response.status).toBe(200);
    const payload = (await response.json()) as any;
    expect(payload.ok).toBe(true);
    expect(payload.files).toEqual([expect.objectContaining({ name: 'andmeanalüütik.txt', status: 'CREATED', title: 'Andmeanalüütik' })]);
    expect((await audit()).nodes[0]).toMatchObject({ actor: 'tests (hr)', role: 'HR', operation: 'upload', ok: true, summary: 'stored: 1 file(s) (1 created): andmeanalüütik.txt' });
  });

  it('is refused for a viewer (403) and for an anonymous request on loopback (403)', async () => {
    for (const token of [viewer, null]) {
      const response = await upload([file('Ekspert')], token, { organization: 'Testamet' }, { 'x-orgraph-upload': '1' });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ errors: [{ message: '/imports needs the hr role; this request has the viewer role.', extensions: { code: 'FORBIDDEN' } }] });
    }
  });

  it('refuses a plain cross-site form post (no Authorization or custom header)', async () => {
    const server2 = await startTestServer({ samples: false, anonymousRole: 'hr' });
    try {
      const form = new FormData();
      form.append('files', new Blob([file('Ekspert').content]), 'ekspert.txt');
      const response = await fetch(`${server2.url}/imports`, { method: 'POST', body: form });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'CSRF' } });
    } finally {
      await server2.close();
    }
  });

  it('says what it wants when the body is not a multipart form or has no files', async () => {
    const json = await fetch(`${server.url}/imports`, { method: 'POST', headers: { authorization: `Bearer ${server.hrToken}`, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    expect(((await json.json()) as any).errors[0].message).toMatch(/multipart\/form-data/);
    const empty = await upload([], server.hrToken, { organization: 'Testamet' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).errors[0].message).toBe('No files: send each as a "files" part.');
  });
});
