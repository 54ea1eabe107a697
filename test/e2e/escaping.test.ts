/**
 * Job-description text containing HTML and SQL is stored verbatim and shown as text: imported over
 * GraphQL, read back unchanged, and rendered escaped in headless Chromium (no script runs, no
 * element is made from it), with the database intact afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.js';
import { createToken } from '../../server/access/token.service.js';
import { jobDescriptionText } from '../factories.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SQL = "'; DROP TABLE position; --";

const TITLE = `Spetsialist ${IMG} ${SCRIPT} ${SQL}`;
const PURPOSE = `Töökoha eesmärk on ${IMG} ja ${SCRIPT} ning ${SQL} korraldamine.`;
const DUTY = `Andmete sisestamine ${IMG} ${SCRIPT} ${SQL}.`;
const RESULT = `Tulemus ${SCRIPT} ${SQL}.`;

const IMPORT = `mutation($input: ImportDocumentsInput!) {
  importDocuments(input: $input) { ok errors { message } files { name status title } }
}`;
const READ = `query($id: ID!) {
  position(id: $id) { id title jobDescription { purpose duties { text results } } }
}`;

describe.skipIf(!hasChromium)('HTML and SQL in job descriptions', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  let token = '';
  let positionId = '';

  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data: any; errors?: unknown[] };
  };

  beforeAll(async () => {
    session = await openSession();
    ({ server, page } = session);
    token = (await createToken(server.database.dataSource, 'hr', 'escaping test', { actor: 'tests', role: 'admin' })).token;
  });

  afterAll(() => session?.close());

  it('stores the text verbatim and gives it back unchanged over GraphQL', async () => {
    const content = jobDescriptionText({
      title: TITLE,
      unit: 'Laste heaolu osakond (lastekaitse tiim)',
      manager: 'Tiimijuht',
      purpose: PURPOSE,
      duties: [{ text: DUTY, results: [RESULT] }],
    });
    const { data, errors } = await gql(IMPORT, { input: { files: [{ name: 'pahatahtlik.txt', content }], organization: 'Sotsiaalkindlustusamet' } });
    expect(errors).toBeUndefined();
    expect(data.importDocuments.errors).toEqual([]);
    expect(data.importDocuments.ok).toBe(true);
    expect(data.importDocuments.files[0].title).toBe(TITLE);

    const found = await gql('query($t: String!) { positions(first: 5, filter: { titleContains: $t }) { edges { node { id title } } } }', { t: SQL });
    expect(found.errors).toBeUndefined();
    const nodes = found.data.positions.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.title)).toEqual([TITLE]);
    positionId = nodes[0].id;

    const read = await gql(READ, { id: positionId });
    expect(read.errors).toBeUndefined();
    expect(read.data.position.title).toBe(TITLE);
    expect(read.data.position.jobDescription.purpose).toBe(PURPOSE);
    expect(read.data.position.jobDescription.duties).toEqual([{ text: DUTY, results: [RESULT] }]);
  });

  it('shows the markup as text in Chromium: no script runs and no image element is made', async () => {
    expect(positionId).not.toBe('');
    await page.goto(`${server.url}/?position=${encodeURIComponent(positionId)}`);
    const panel = page.locator('.description-panel');
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain(PURPOSE);
    const text = (await panel.textContent()) ?? '';
    expect(await panel.locator('h2').textContent()).toBe(TITLE);
    for (const markup of [IMG, SCRIPT, SQL, DUTY]) expect(text).toContain(markup);
    // Give an injected onerror handler time to fire, had an element been made.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await panel.locator('script').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}escaping.png` });
  });

  it('leaves the position table in place', async () => {
    const { data, errors } = await gql('{ positions(first: 1) { totalCount } }');
    expect(errors).toBeUndefined();
    expect(data.positions.totalCount).toBeGreaterThan(20);
    const read = await gql(READ, { id: positionId });
    expect(read.data.position.title).toBe(TITLE);
  });
});
