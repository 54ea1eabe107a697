/**
 * Organization.lastImportedAt: the date of the data that exports state, the latest import of the
 * organisation's own documents, read for all organisations in one statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from './server.js';

const IMPORT = `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok errors { message } } }`;
const ORGANIZATIONS = `{ organizations(first: 10) { name lastImportedAt } }`;

const document = (title: string, unit: string) => ({ name: `${title}.txt`, content: jobDescriptionText({ title, unit, manager: 'Direktor', purpose: 'Valdkonna töö korraldamine.' }) });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
});
afterAll(() => server.close());

const importInto = async (organization: string, files: { name: string; content: string }[]) => {
  const { data } = await server.gql(IMPORT, { input: { files, organization } });
  expect(data.importDocuments.errors).toEqual([]);
};
const lastImports = async () =>
  Object.fromEntries((await server.gql(ORGANIZATIONS)).data.organizations.map((o: { name: string; lastImportedAt: string }) => [o.name, o.lastImportedAt]));

describe('the date of an organisation’s data', () => {
  it('is the time of the latest import of its own documents, apart from other organisations', async () => {
    const before = Date.now();
    await importInto('Esimene Amet', [document('Analüütik', 'Analüüsi osakond')]);
    const first = (await lastImports())["Esimene Amet"];
    expect(Date.parse(first)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(first)).toBeLessThanOrEqual(Date.now() + 1_000);

    await new Promise((resolve) => setTimeout(resolve, 20));
    await importInto('Teine Amet', [document('Jurist', 'Õigusosakond')]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await importInto('Esimene Amet', [document('Nõunik', 'Analüüsi osakond')]);
    const after = await lastImports();
    expect(Date.parse(after['Esimene Amet'])).toBeGreaterThan(Date.parse(first));
    expect(Date.parse(after['Teine Amet'])).toBeGreaterThan(Date.parse(first));
    expect(Date.parse(after['Teine Amet'])).toBeLessThan(Date.parse(after['Esimene Amet']));
  });

  it('equals the import time of the organisation’s newest job description', async () => {
    const { data } = await server.gql(`{ positions(first: 100) { nodes { organization { name } jobDescription { importedAt } } } }`);
    const newest = new Map<string, number>();
    for (const p of data.positions.nodes) {
      if (!p.jobDescription) continue;
      newest.set(p.organization.name, Math.max(newest.get(p.organization.name) ?? 0, Date.parse(p.jobDescription.importedAt)));
    }
    const dates = await lastImports();
    for (const [name, time] of newest) expect(Date.parse(dates[name])).toBe(time);
  });

  it('is read for every organisation in one statement', async () => {
    await server.gql(`{ organizations(first: 10) { name } }`);
    const without = server.database.queries.count;
    await server.gql(`{ organizations(first: 10) { name } }`);
    const plain = server.database.queries.count - without;
    const start = server.database.queries.count;
    await server.gql(ORGANIZATIONS);
    expect(server.database.queries.count - start).toBe(plain + 1);
  });
});
