/**
 * Several `orgraph serve` processes on one PostgreSQL database serve the same data: what one
 * process imports or revokes, the other answers with at once (no process keeps its own copy),
 * imports through both at the same time neither lose nor duplicate anything, and processes that
 * start together on a new database import the samples and make the first-start token once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDescriptionText, tempDatabaseUrl } from '../factories.js';
import { orgraph, serve } from '../access/cli.js';

type Server = Awaited<ReturnType<typeof serve>>;

const IMPORT = `mutation($input: ImportDocumentsInput!) {
  importDocuments(input: $input) { ok summary { documents { created unchanged } } errors { message } }
}`;

async function gql(server: Server, query: string, variables: Record<string, unknown>, token: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

async function createToken(env: Record<string, string>, role: string, name: string): Promise<string> {
  const created = await orgraph(['token', 'create', '--role', role, '--name', name], env);
  expect(created.code, created.stderr).toBe(0);
  return created.stdout.trim();
}

describe('two servers started together on a new database', { timeout: 120_000 }, () => {
  it('import the samples once and make one first-start token', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl(), PORT: '0' };
    const servers = await Promise.all([serve(env), serve(env)]);
    try {
      const firstStarts = servers.filter((s) => s.output().includes('First start: an admin token was created'));
      expect(firstStarts).toHaveLength(1);
      const token = await createToken(env, 'viewer', 'counter');
      for (const server of servers) {
        const { body } = await gql(server, '{ organizations { name } positions(first: 1) { totalCount } }', {}, token);
        expect(body).toEqual({ data: { organizations: [{ name: 'Sotsiaalkindlustusamet' }], positions: { totalCount: 20 } } });
      }
      const tokens = JSON.parse((await orgraph(['token', 'list', '--json'], env)).stdout);
      expect(tokens.map((t: { name: string }) => t.name)).toEqual(['admin (first start)', 'counter']);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });
});

describe('two servers on one database', { timeout: 180_000 }, () => {
  const env = { DATABASE_URL: '', PORT: '0' };
  let a: Server;
  let b: Server;
  let hr: string;
  beforeAll(async () => {
    env.DATABASE_URL = await tempDatabaseUrl();
    a = await serve(env);
    b = await serve(env);
    hr = await createToken(env, 'hr', 'both servers');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('answer on one what was imported through the other: positions, IDs, search and coverage', async () => {
    const coverageBefore = (await gql(b, '{ coverage { totals { positions } } }', {}, hr)).body.data.coverage.totals.positions;
    const file = {
      name: 'ohutusinsener.txt',
      content: jobDescriptionText({ title: 'Ohutusinsener', unit: 'Teenuste osakond', manager: 'Teenuse juht', purpose: 'Tuleohutusnõuete järgimise tagamine.' }),
    };
    const imported = await gql(a, IMPORT, { input: { files: [file], organization: 'Sotsiaalkindlustusamet' } }, hr);
    expect(imported.body.data.importDocuments).toMatchObject({ ok: true, summary: { documents: { created: 1 } } });

    const onA = await gql(a, '{ positions(first: 5, filter: { titleContains: "ohutusinsener" }) { nodes { id title manager { title } } } }', {}, hr);
    const onB = await gql(b, '{ positions(first: 5, filter: { titleContains: "ohutusinsener" }) { nodes { id title manager { title } } } }', {}, hr);
    expect(onB.body.data.positions.nodes).toEqual([{ id: expect.any(String), title: 'Ohutusinsener', manager: { title: 'Teenuse juht' } }]);
    expect(onB.body).toEqual(onA.body);
    const id = onB.body.data.positions.nodes[0].id;
    expect((await gql(b, 'query($id: ID!) { node(id: $id) { ... on Position { title } } }', { id }, hr)).body.data.node).toEqual({ title: 'Ohutusinsener' });
    const hits = (await gql(b, '{ search(text: "tuleohutus") { position { id } field } }', {}, hr)).body.data.search;
    expect(hits).toEqual([{ position: { id }, field: 'purpose' }]);
    expect((await gql(b, '{ coverage { totals { positions } } }', {}, hr)).body.data.coverage.totals.positions).toBe(coverageBefore + 1);
  });

  it('refuse at once on both a token revoked through the command line', async () => {
    const token = await createToken(env, 'viewer', 'to revoke on both');
    for (const server of [a, b]) expect((await gql(server, '{ units { id } }', {}, token)).status).toBe(200);
    expect((await orgraph(['token', 'revoke', 'to revoke on both'], env)).code).toBe(0);
    for (const server of [a, b]) expect((await gql(server, '{ units { id } }', {}, token)).status).toBe(401);
  });

  it('take imports through both at the same time without losing or duplicating anything', async () => {
    const BATCHES = 6;
    const PER_BATCH = 4;
    // Every batch names the same department and team: without imports waiting for each other,
    // two would insert the same unit at once and one would fail.
    const batch = (n: number) =>
      Array.from({ length: PER_BATCH }, (_, i) => ({
        name: `samaaegne-${n}-${i}.txt`,
        content: jobDescriptionText({ title: `Samaaegne spetsialist ${n}-${i}`, unit: 'Samaaegsuse osakond, koostöö talitus', manager: 'Talitusejuhataja' }),
      }));
    const results = await Promise.all(
      Array.from({ length: BATCHES }, (_, n) => gql(n % 2 ? a : b, IMPORT, { input: { files: batch(n), organization: 'Sotsiaalkindlustusamet' } }, hr)),
    );
    for (const result of results) expect(result.body.data.importDocuments).toMatchObject({ ok: true, errors: [], summary: { documents: { created: PER_BATCH } } });

    // The same batch through both at once: stored once.
    const twice = await Promise.all([a, b].map((server) => gql(server, IMPORT, { input: { files: batch(99), organization: 'Sotsiaalkindlustusamet' } }, hr)));
    expect(twice.map((r) => r.body.data.importDocuments.summary.documents).sort((x, y) => x.created - y.created)).toEqual([
      { created: 0, unchanged: PER_BATCH },
      { created: PER_BATCH, unchanged: 0 },
    ]);

    for (const server of [a, b]) {
      const { body } = await gql(
        server,
        '{ positions(first: 100, filter: { titleContains: "samaaegne spetsialist" }) { totalCount nodes { title unit { name parent { name } } manager { title } } } units { name } }',
        {},
        hr,
      );
      const titles = body.data.positions.nodes.map((p: { title: string }) => p.title);
      expect(body.data.positions.totalCount).toBe((BATCHES + 1) * PER_BATCH);
      expect(new Set(titles).size).toBe(titles.length);
      expect(body.data.units.filter((u: { name: string }) => u.name === 'Samaaegsuse osakond')).toHaveLength(1);
      expect(body.data.units.filter((u: { name: string }) => u.name === 'Koostöö talitus')).toHaveLength(1);
      expect(new Set(body.data.positions.nodes.map((p: any) => `${p.unit.parent.name} › ${p.unit.name} › ${p.manager.title}`))).toEqual(
        new Set(['Samaaegsuse osakond › Koostöö talitus › Talitusejuhataja']),
      );
    }
  });
});
