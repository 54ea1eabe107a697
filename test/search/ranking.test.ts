/**
 * Search over GraphQL on the bundled samples and on a generated organisation of 2,000 positions,
 * on SQLite (trigrams) and, in the postgres project, PostgreSQL (tsvector): the same order and
 * fields on both, as the queries here match alike there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganization } from '../../server/generate/index.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { startTestServer, type TestServer } from '../api/server.js';

interface Hit {
  title: string;
  unit: string | null;
  place: string | null;
  field: string;
  snippet: string;
}

async function search(server: TestServer, text: string, first = 20): Promise<Hit[]> {
  const { data, errors } = await server.gql(
    `query($t: String!, $n: Int) { search(text: $t, first: $n) { field snippet position { title distinguishingPlace unit { name } } } }`,
    { t: text, n: first },
  );
  expect(errors).toBeUndefined();
  return data.search.map((h: any) => ({ title: h.position.title, unit: h.position.unit?.name ?? null, place: h.position.distinguishingPlace, field: h.field, snippet: h.snippet }));
}

/** The words a snippet marks. */
const marked = (snippet: string) => [...snippet.matchAll(/«([^»]*)»/g)].map((m) => m[1]);

/** Every mark holds whole words: no letter touches it from outside. */
function expectWholeWords(hits: Hit[]) {
  for (const hit of hits) {
    expect(hit.snippet, hit.title).toMatch(/«[^»]+»/);
    expect(hit.snippet, hit.title).not.toMatch(/[\p{L}\p{N}]«|»[\p{L}\p{N}]/u);
  }
}

describe('search on the bundled samples', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('puts the exact title Koordinaator first, then titles that begin with it, each title whole and marked', async () => {
    const hits = await search(server, 'Koordinaator');
    const exact = hits.findIndex((h) => h.title !== 'Koordinaator');
    expect(exact).toBeGreaterThan(0);
    expect(hits.slice(exact).every((h) => h.title !== 'Koordinaator')).toBe(true);
    expect(hits[exact].title).toMatch(/^Koordinaator./);
    for (const hit of hits.slice(0, exact)) expect(hit).toMatchObject({ field: 'title', snippet: '«Koordinaator»' });
    expect(hits.find((h) => h.title === 'Koordinaator-nõustaja (ISTE)')?.snippet).toBe('«Koordinaator-nõustaja» (ISTE)');
  });

  it('names the field that holds the words, and marks them there whole', async () => {
    const hits = await search(server, 'perelepitus');
    expect(hits.length).toBeGreaterThan(0);
    expectWholeWords(hits);
    for (const hit of hits) {
      if (hit.field !== 'title') expect(hit.title.toLocaleLowerCase('et')).not.toContain('perelepitus');
      for (const word of marked(hit.snippet)) expect(word.toLocaleLowerCase('et')).toContain('perelepitus');
    }
  });
});

describe('search on a generated organisation of 2,000 positions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ samples: false });
    const imported = await importDocuments(server.database.dataSource, generateOrganization({ positions: 2000, seed: 1 }).files);
    expect(imported.ok).toBe(true);
  }, 180_000);
  afterAll(() => server.close());

  it('puts the exact title Peadirektor first, then the titles that begin with it, then titles that hold it', async () => {
    const hits = await search(server, 'Peadirektor', 100);
    expect(hits[0]).toMatchObject({ title: 'Peadirektor', field: 'title', snippet: '«Peadirektor»' });
    const rank = (hit: Hit) => {
      const title = hit.title.toLocaleLowerCase('et');
      if (title === 'peadirektor') return 0;
      if (title.startsWith('peadirektor')) return 1;
      return title.includes('peadirektor') ? 2 : 3;
    };
    const ranks = hits.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).toContain(1);
  });

  it('labels a hit by the field that holds the word, ranking titles, then units, then purposes and duties', async () => {
    // "Järelevalve" begins words of deputies' titles, department names and duties alike.
    const hits = await search(server, 'järelevalve', 100);
    const begins = (text: string | null) => /(^|[^\p{L}])järelevalve/iu.test(text ?? '');
    for (const hit of hits) expect(hit.field === 'title', `${hit.title}: ${hit.field}`).toBe(begins(hit.title));
    const fields = hits.map((h) => h.field);
    expect(fields).toContain('title');
    expect(fields).toContain('unit');
    const order = ['title', 'unit', 'purpose', 'duties'];
    const ranks = fields.map((f) => order.indexOf(f));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expectWholeWords(hits);
    for (const hit of hits.filter((h) => h.field === 'unit')) for (const word of marked(hit.snippet)) expect(word).toBe('Järelevalve');
  });

  it('shows each matched word whole, with its context, and the whole title for a title hit', async () => {
    const hits = await search(server, 'Peadirektor', 100);
    expectWholeWords(hits);
    for (const hit of hits.filter((h) => h.field === 'title')) expect(hit.snippet.replace(/[«»]/g, '')).toBe(hit.title);
    for (const hit of hits.filter((h) => h.field !== 'title')) expect(hit.snippet.replace(/…/g, '').split(/\s+/).length).toBeGreaterThan(3);
    expect(hits.flatMap((h) => marked(h.snippet))).toContain('Peadirektori');
  });

  it('tells same-titled hits apart by their distinguishing place', async () => {
    const hits = await search(server, 'Osakonna juhataja', 100);
    const heads = hits.filter((h) => h.title === 'Osakonna juhataja');
    expect(heads.length).toBeGreaterThan(2);
    expect(new Set(heads.map((h) => h.place)).size).toBe(heads.length);
  });
});
