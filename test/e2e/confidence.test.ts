/**
 * A field read with low confidence, end to end: imported over GraphQL, marked with its reason in the
 * side panel of the built client in headless Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.js';
import { createToken } from '../../server/access/token.service.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

/** A made-up colon-row document: its title has a unit's name glued in front of it. */
const DOUBTFUL = [
  'Ametijuhend',
  '',
  'Ametinimetus: Eelarvetalitus peaspetsialist',
  'Struktuuriüksus: Teenuste osakond',
  'Allub: Osakonnajuhataja',
  'Tema asendaja: Teenuse juht',
  'Tema asendab: Teenuse juhti',
  '',
  '2. EESMÄRK',
  '',
  'Eelarve koostamise korraldamine.',
].join('\n');

describe.skipIf(!hasChromium)('a field read with low confidence in the panel', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  let token = '';

  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: any; errors?: unknown[] };
  };

  beforeAll(async () => {
    session = await openSession();
    ({ server, page } = session);
    token = (await createToken(server.database.dataSource, 'hr', 'confidence test', { actor: 'tests', role: 'admin' })).token;
  });

  afterAll(() => session?.close());

  it('marks the title with its reason, in Estonian', async () => {
    const imported = await gql(`mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok } }`, {
      input: { files: [{ name: 'eelarve.txt', content: DOUBTFUL }], organization: 'Sotsiaalkindlustusamet' },
    });
    expect(imported.data.importDocuments.ok).toBe(true);
    const found = await gql(`{ positions(first: 5, filter: { titleContains: "Eelarvetalitus" }) { nodes { id } } }`);
    const id = found.data.positions.nodes[0].id;

    await page.goto(`${server.url}/?position=${encodeURIComponent(id)}`);
    const panel = page.locator('.description-panel');
    await expect.poll(() => panel.locator('h2').textContent(), { timeout: 30_000 }).toBe('Eelarvetalitus peaspetsialist');
    const mark = panel.locator('.panel-titles .confidence-mark');
    expect(await mark.getAttribute('aria-label')).toBe('Ametinimetus: võib olla valesti loetud (ametinimetuses on üksuse nimi)');
    expect(await mark.isVisible()).toBe(true);
    // The fields read with confidence carry no mark.
    expect(await panel.locator('.confidence-mark').count()).toBe(1);
    await panel.screenshot({ path: `${SCREENSHOTS}confidence-mark.png` });
  });
});
