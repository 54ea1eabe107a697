/**
 * PostgreSQL cannot store U+0000 in text, which SQLite stores and PDF text layers sometimes hold:
 * on PostgreSQL it is stored as U+FFFD, and the import succeeds as it does on SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
});
afterAll(() => server.close());

describe('a document holding U+0000', () => {
  it('is imported on PostgreSQL with the character stored as U+FFFD, in its text and its file name', async () => {
    const file = { name: 'nul\u0000.txt', content: jobDescriptionText({ title: 'Arhivaar', unit: 'Arhiivi osakond', purpose: 'Dokumentide \u0000 säilitamine.' }) };
    const { data, errors } = await server.gql(
      `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok errors { message } } }`,
      { input: { files: [file], organization: 'Arhiiviamet' } },
    );
    expect(errors).toBeUndefined();
    expect(data.importDocuments).toEqual({ ok: true, errors: [] });
    const read = await server.gql('{ positions(first: 5, filter: { documented: true }) { nodes { title jobDescription { sourceName purpose sourceText } } } }');
    const [position] = read.data.positions.nodes;
    expect(position.title).toBe('Arhivaar');
    expect(position.jobDescription.sourceName).toBe('nul\uFFFD.txt');
    // The parsed document is stored as JSON, which writes the character as an escape.
    expect(position.jobDescription.purpose).toBe('Dokumentide \u0000 säilitamine.');
    expect(position.jobDescription.sourceText).toContain('Dokumentide \uFFFD säilitamine.');
  });
});
