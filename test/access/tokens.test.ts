/**
 * Bearer tokens through the orgraph command (create prints the token once, list shows no
 * secrets, revoke by id or name), what the server makes of them (a revoked or unknown token is
 * 401), and the admin token with a login link that a first start prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntry } from '../../server/access/audit-entry.entity.js';
import { openDatabase } from '../../server/db/data-source.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { AccessToken } from '../../server/access/access-token.entity.js';
import { jobDescriptionText, tempDatabaseUrl } from '../factories.js';
import { gql, orgraph, serve } from './cli.js';

// Each command is a process of its own (about a second each).
describe('orgraph token', { timeout: 120_000 }, () => {
  const env = { DATABASE_URL: '' };
  let server: RunningServer;
  beforeAll(async () => {
    env.DATABASE_URL = await tempDatabaseUrl();
    server = await startServer({ databaseUrl: env.DATABASE_URL, port: 0, samples: false });
  });
  afterAll(() => server.close());

  it('creates a token, prints it once on stdout, and stores only its hash', async () => {
    const created = (await orgraph(['token', 'create', '--role', 'hr', '--name', 'Mari (HR)'], env));
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^og_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/Created hr token #\d+ "Mari \(HR\)"\. It is shown only now/);
    const rows = await server.database.dataSource.getRepository(AccessToken).find();
    expect(JSON.stringify(rows)).not.toContain(token);
    if (env.DATABASE_URL.startsWith('sqlite:')) {
      // The file is searched by another process: opening it here would release SQLite's locks in this one.
      const path = env.DATABASE_URL.slice('sqlite:'.length);
      const grep = spawnSync('grep', ['-c', '-F', token, path, ...(existsSync(`${path}-wal`) ? [`${path}-wal`] : [])], { encoding: 'utf8' });
      expect(grep.status, grep.stdout + grep.stderr).toBe(1);
    } else {
      // PostgreSQL has no one file to search: every row of every table, as text.
      const { dataSource } = server.database;
      const tables: { table_name: string }[] = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.length).toBeGreaterThan(5);
      for (const { table_name } of tables) expect(await dataSource.query(`SELECT 1 FROM "${table_name}" r WHERE r::text LIKE $1`, [`%${token}%`]), table_name).toEqual([]);
    }

    const { status, body } = await gql(server.url, '{ currentAccess { role tokenName } positions(first: 1) { totalCount } }', token);
    expect(status).toBe(200);
    expect(body.data.currentAccess).toEqual({ role: 'HR', tokenName: 'Mari (HR)' });
  });

  it('refuses a second active token with the same name, a bad role and a missing name', async () => {
    const again = (await orgraph(['token', 'create', '--role', 'viewer', '--name', 'Mari (HR)'], env));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('an active token is already named "Mari (HR)"');
    const badRole = (await orgraph(['token', 'create', '--role', 'boss', '--name', 'x'], env));
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('--role must be one of viewer, hr, admin, not "boss"');
    const noName = (await orgraph(['token', 'create', '--role', 'hr'], env));
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain("required option '--name <name>' not specified");
  });

  it('lists the tokens without their secrets', async () => {
    const viewer = (await orgraph(['token', 'create', '--role', 'viewer', '--name', 'wall display'], env)).stdout.trim();
    const listed = (await orgraph(['token', 'list'], env));
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ID\s+ROLE\s+NAME\s+CREATED\s+LAST USED\s+REVOKED$/m);
    expect(listed.stdout).toMatch(/^\d+\s+admin\s+admin \(first start\)/m);
    expect(listed.stdout).toMatch(/^\d+\s+hr\s+Mari \(HR\)/m);
    expect(listed.stdout).toMatch(/^\d+\s+viewer\s+wall display/m);
    expect(listed.stdout).not.toContain(viewer);
    expect(listed.stdout).not.toMatch(/og_/);
    const json = JSON.parse((await orgraph(['token', 'list', '--json'], env)).stdout);
    expect(json.map((t: any) => t.name)).toEqual(['admin (first start)', 'Mari (HR)', 'wall display']);
    expect(Object.keys(json[0]).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'role']);
  });

  it('revokes by name or id; the server refuses the token from then on with a GraphQL-shaped 401', async () => {
    const byName = (await orgraph(['token', 'create', '--role', 'hr', '--name', 'to revoke'], env)).stdout.trim();
    const byId = (await orgraph(['token', 'create', '--role', 'viewer', '--name', 'to revoke by id'], env)).stdout.trim();
    expect((await gql(server.url, '{ units { id } }', byName)).status).toBe(200);

    const revoked = (await orgraph(['token', 'revoke', 'to revoke'], env));
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/^Revoked hr token #\d+ "to revoke"\.$/m);
    const refused = await gql(server.url, '{ units { id } }', byName);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({
      errors: [{ message: 'The token is not valid: it is unknown or has been revoked. Ask an administrator for a new one.', extensions: { code: 'UNAUTHENTICATED', reason: 'invalid' } }],
    });

    const id = JSON.parse((await orgraph(['token', 'list', '--json'], env)).stdout).find((t: any) => t.name === 'to revoke by id').id;
    expect((await orgraph(['token', 'revoke', String(id)], env)).code).toBe(0);
    expect((await gql(server.url, '{ units { id } }', byId)).status).toBe(401);

    const twice = (await orgraph(['token', 'revoke', String(id)], env));
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/was already revoked/);
    expect((await orgraph(['token', 'revoke', 'nobody'], env)).stderr).toContain('no active token named "nobody"');
    // The name is free again.
    expect((await orgraph(['token', 'create', '--role', 'hr', '--name', 'to revoke'], env)).code).toBe(0);
  });

  it('refuses unknown tokens and other kinds of Authorization header with 401, before reading the body', async () => {
    for (const authorization of ['Bearer og_unknown', 'Bearer nonsense', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: '{"query":"{ units { id } }"}' });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="orgraph", error="invalid_token"');
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('records token changes in the audit log, readable by an admin only', async () => {
    const adminToken = (await orgraph(['token', 'create', '--role', 'admin', '--name', 'auditor'], env)).stdout.trim();
    const { body } = await gql(server.url, '{ auditLog(first: 100) { totalCount nodes { actor role operation summary ok at } } }', adminToken);
    expect(body.errors).toBeUndefined();
    const entries = body.data.auditLog.nodes;
    expect(entries[0]).toMatchObject({ actor: expect.stringMatching(/^cli:/), role: 'ADMIN', operation: 'token.create', summary: expect.stringMatching(/^created admin token #\d+ "auditor"$/), ok: true });
    expect(entries.some((e: any) => e.operation === 'token.revoke' && /revoked hr token #\d+ "to revoke"/.test(e.summary))).toBe(true);
    expect(entries.at(-1)).toMatchObject({ actor: 'server', operation: 'token.create', summary: expect.stringMatching(/"admin \(first start\)"/) });
    expect(JSON.stringify(entries)).not.toMatch(/og_/);
    const asHr = (await orgraph(['token', 'create', '--role', 'hr', '--name', 'not an auditor'], env)).stdout.trim();
    const refused = await gql(server.url, '{ auditLog { totalCount } }', asHr);
    expect(refused.body.data).toEqual({ auditLog: null });
    expect(refused.body.errors[0]).toMatchObject({ message: 'auditLog needs the admin role; this request has the hr role.', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('orgraph import', { timeout: 120_000 }, () => {
  it('is recorded in the audit log as the command’s user', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl() };
    const dir = mkdtempSync(join(tmpdir(), 'orgraph-audit-'));
    writeFileSync(join(dir, 'analüütik.txt'), jobDescriptionText({ title: 'Analüütik', unit: 'Arendusosakond' }));
    const imported = await orgraph(['import', '--org', 'Testamet', dir], env);
    expect(imported.code, imported.stderr).toBe(0);
    const { dataSource } = await openDatabase(env.DATABASE_URL);
    try {
      const entries = await dataSource.getRepository(AuditEntry).find();
      expect(entries).toEqual([expect.objectContaining({ actor: expect.stringMatching(/^cli:/), role: 'admin', operation: 'import', ok: true, summary: 'stored: 1 file(s) (1 created): analüütik.txt' })]);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('the first start', { timeout: 120_000 }, () => {
  it('creates an admin token and prints a login link with it, once', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl(), PORT: '0' };
    const first = await serve(env);
    let link: string;
    try {
      const match = /First start: an admin token was created\. Open this link to sign in[^\n]*\n\s+(http:\/\/localhost:\d+\/\?token=(og_[\w-]+))\n/.exec(first.output());
      expect(match, first.output()).not.toBeNull();
      link = match![1];
      expect(link.startsWith(first.url)).toBe(true);
      const token = match![2];
      const { status, body } = await gql(first.url, '{ currentAccess { role tokenName } auditLog(first: 1) { totalCount } }', token);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.currentAccess).toEqual({ role: 'ADMIN', tokenName: 'admin (first start)' });
      // The link opens the web client (or its "not built" page), not an error about the token.
      expect([200, 503]).toContain((await fetch(link, { headers: { accept: 'text/html' } })).status);
    } finally {
      await first.stop();
    }
    const second = await serve(env);
    try {
      expect(second.output()).not.toContain('token=');
      expect(second.output()).toContain('requests without a token have the viewer role');
    } finally {
      await second.stop();
    }
  });
});
