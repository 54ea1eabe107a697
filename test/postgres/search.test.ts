/**
 * Search on PostgreSQL (tsvector, 'simple' configuration), over GraphQL. Where it differs from
 * SQLite's trigram search it is said here: a query word matches the words that begin with it, so
 * the first part of a compound is found but a part inside a word is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';

let server: TestServer;

const LONG_DUTY = [
  'Maakondlike koostööpartnerite nõustamine ja juhendamine,',
  'sealhulgas regulaarsete infopäevade läbiviimine ning',
  'rehabilitatsiooniteenuse osutajate tegevuse järelevalve',
  'kõigis piirkondades, tagades ühtse praktika ja õigeaegse aruandluse.',
].join(' ');

beforeAll(async () => {
  server = await startTestServer({ samples: false });
  const files = [
    { title: 'Teenusejuht', unit: 'Erihoolekande osakond', duties: [{ text: 'Rehabilitatsiooniteenuse osutamise korraldamine.', results: ['Teenus on kättesaadav.'] }] },
    { title: 'Õigusnõunik', unit: 'Õigusosakond', duties: [{ text: 'Lepingute ülevaatamine.', results: ['Lepingud on korras.'] }] },
    { title: 'Andmeanalüütik', unit: 'Analüüsiosakond', duties: [{ text: 'Aruannete koostamine.', results: ['Aruanded on valmis.'] }] },
    { title: 'Nõustaja', unit: 'Analüüsiosakond', duties: [{ text: 'Andmeanalüütiku toetamine.', results: ['Toetus on antud.'] }] },
    { title: 'Piirkonnajuht', unit: 'Piirkondlik osakond', duties: [{ text: LONG_DUTY, results: [] }] },
  ].map((facts) => ({ name: `${facts.title}.txt`, content: jobDescriptionText({ ...facts, manager: '-' }) }));
  const imported = await importDocuments(server.database.dataSource, files, { organization: 'Otsinguamet' });
  expect(imported.ok).toBe(true);
});
afterAll(() => server.close());

async function search(text: string): Promise<{ title: string; field: string; snippet: string }[]> {
  const { data, errors } = await server.gql(`query($t: String!) { search(text: $t) { position { title } field snippet } }`, { t: text });
  expect(errors).toBeUndefined();
  return data.search.map((hit: any) => ({ title: hit.position.title, field: hit.field, snippet: hit.snippet }));
}

describe('search on PostgreSQL', () => {
  it('finds the first part of a compound word and marks the word it is in', async () => {
    const hits = await search('rehabilitatsioon');
    expect(hits.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'Piirkonnajuht', field: 'duties', snippet: expect.stringContaining('«rehabilitatsiooniteenuse»') },
      { title: 'Teenusejuht', field: 'duties', snippet: expect.stringContaining('«Rehabilitatsiooniteenuse»') },
    ]);
  });

  it('does not find a part inside a word, where SQLite’s trigrams do', async () => {
    // "Andmeanalüütik" and "Andmeanalüütiku" hold "analüütik", but no word begins with it.
    expect(await search('analüütik')).toEqual([]);
    expect((await search('andmeanalüütik')).length).toBe(2);
  });

  it('needs every word of the query, in any field', async () => {
    expect((await search('rehabilitatsioon osutamise')).map((h) => h.title)).toEqual(['Teenusejuht']);
    expect(await search('rehabilitatsioon lennundus')).toEqual([]);
    expect((await search('teenusejuht erihoolekande')).map((h) => h.title)).toEqual(['Teenusejuht']);
  });

  it('ignores case, Estonian letters included, and words shorter than three letters', async () => {
    expect(await search('ÕIGUS')).toEqual([{ title: 'Õigusnõunik', field: 'title', snippet: '«Õigusnõunik»' }]);
    expect((await search('õigusnõunik ja')).map((h) => h.title)).toEqual(['Õigusnõunik']);
  });

  it('names the field of the hit: the unit when only the unit matches', async () => {
    expect(await search('õigusosakond')).toEqual([{ title: 'Õigusnõunik', field: 'unit', snippet: '«Õigusosakond»' }]);
  });

  it('ranks a hit in the title above one in the duties', async () => {
    expect((await search('andmeanalüütik')).map((h) => [h.title, h.field])).toEqual([
      ['Andmeanalüütik', 'title'],
      ['Nõustaja', 'duties'],
    ]);
  });

  it('gives a dozen words around the match, with an ellipsis where it cuts the text', async () => {
    const [hit] = await search('järelevalve');
    expect(hit.snippet).toMatch(/^….*«järelevalve».*…$/);
    expect(hit.snippet.split(/\s+/).length).toBeLessThanOrEqual(12);
  });

  it('takes tsquery syntax in the query as text', async () => {
    for (const text of [`"OR NEAR(`, `rehabilitatsioon:* | !õigus`, `'); DROP TABLE position; --`, `\\' & ( <-> )`, '(((']) {
      const { errors } = await server.gql(`query($t: String!) { search(text: $t) { position { title } } }`, { t: text });
      expect(errors, text).toBeUndefined();
    }
    expect((await search('rehabilitatsioon:* | !õigus')).map((h) => h.title)).toEqual([]);
  });
});
