/**
 * Coverage pages through a report of thousands of positions: the graph is read and analysed once
 * per version of the organisation's graph, and read again as soon as a rebuild changes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PAGE = `query($after: ID) { coverage { positions(first: 2, after: $after) { position { title } score } } }`;
const readsDocuments = (statements: string[]) => statements.some((sql) => /FROM "job_description"/.test(sql));

async function page(after: string | null = null) {
  server.database.queries.recent();
  const { data, errors } = await server.gql(PAGE, { after });
  expect(errors?.map((e: { message: string }) => e.message)).toBeUndefined();
  return { titles: data.coverage.positions.map((p: { position: { title: string } }) => p.position.title), statements: server.database.queries.recent() };
}

describe('the coverage of an organisation', () => {
  it('is read from the database once for every page of its report', async () => {
    const first = await page();
    expect(readsDocuments(first.statements)).toBe(true);
    const again = await page();
    expect(again.titles).toEqual(first.titles);
    expect(readsDocuments(again.statements)).toBe(false);
  });

  it('is read again after a correction rebuilt the graph, and shows it', async () => {
    await page();
    const { data } = await server.gql(`{ positions(first: 100) { nodes { title jobDescription { id } } } }`);
    const nounik = data.positions.nodes.find((p: { title: string; jobDescription: unknown }) => p.title === 'Peaspetsialist (perelepitus)');
    const before = await server.gql(`{ coverage { positions(first: 100) { position { title } score } } }`);
    const score = (answer: typeof before) => answer.data.coverage.positions.find((p: { position: { title: string } }) => p.position.title === 'Nõunik').score;
    const corrected = await server.gql(
      `mutation($id: ID!) { correctField(input: { jobDescriptionId: $id, field: "substitutes", value: ["Nõunik"] }) { ok errors { message } } }`,
      { id: nounik.jobDescription.id },
    );
    expect(corrected.data.correctField).toEqual({ ok: true, errors: [] });
    const after = await page();
    expect(readsDocuments(after.statements)).toBe(true);
    const now = await server.gql(`{ coverage { positions(first: 100) { position { title } score } } }`);
    expect(score(now)).toBeGreaterThan(score(before));
  });
});
