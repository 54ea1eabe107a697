/**
 * The Content-Security-Policy blocks nothing the pages need: in headless Chromium the chart lays
 * out (ELK in its worker), exports PNG and SVG, and GraphiQL starts, with no policy violation reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, openSession, type BrowserSession } from './session.js';

describe.skipIf(!hasChromium)('the pages under the Content-Security-Policy', () => {
  let session: BrowserSession;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    // Reported by the page itself, including what the console might word differently.
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => console.error('Refused to load: CSP ' + e.violatedDirective + ' ' + e.blockedURI));",
    });
  });

  afterAll(() => session?.close());

  it('lets the chart lay out and draw every sample position', async () => {
    const response = await page.goto(session.server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect.poll(() => page.locator('.react-flow__node-position').count(), { timeout: 30_000 }).toBe(20);
    expect(violations).toEqual([]);
  });

  it('lets a position’s job description open in the side panel', async () => {
    await page.locator('.react-flow__node-position').first().click();
    await expect.poll(() => page.locator('.description-panel').count()).toBe(1);
    expect(violations).toEqual([]);
  });

  it('lets the chart be exported as PNG and SVG', async () => {
    // Beside the panel the toolbar keeps export in its menu.
    await page.locator('.toolbar-menu-button[aria-expanded="false"]').click();
    for (const name of ['PNG', 'SVG']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${name.toLowerCase()}$`));
    }
    expect(violations).toEqual([]);
  });

  it('lets GraphiQL start and run its query', async () => {
    await page.goto(`${session.server.url}/graphql`);
    await expect.poll(() => page.locator('.graphiql-container').count(), { timeout: 30_000 }).toBe(1);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 10_000 }).toContain('totalCount');
    expect(violations).toEqual([]);
  });
});
