/**
 * Room for the chart, in real headless Chromium at 1440×900 on the five samples and on a
 * generated organisation of 2,000 positions: cards keep their badges whole in every mode, the toolbar stays on one line beside the panel and the list,
 * legend and minimap step aside, fitting leaves the toolbar's strip free, and a corrected
 * position says so on its card.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../server/access/token.service.js';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

/** Badges that stick out of their card or are cut inside their own box, as drawn. In the page, as a string: the tests are compiled without the DOM's types. */
export function overflowingBadges(page: Page): Promise<{ badges: number; over: string[] }> {
  return page.evaluate(`(() => {
    const over = [];
    let badges = 0;
    for (const card of document.querySelectorAll('.position-node')) {
      const box = card.getBoundingClientRect();
      for (const badge of card.querySelectorAll('.badge')) {
        badges += 1;
        const r = badge.getBoundingClientRect();
        const outside = r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        if (outside || badge.scrollWidth > badge.clientWidth + 1) over.push(card.getAttribute('title') + ': ' + badge.textContent);
      }
    }
    return { badges, over };
  })()`);
}

describe.skipIf(!hasChromium)('room for the chart on the samples', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  let token = '';

  beforeAll(async () => {
    session = await openSession();
    ({ server, page } = session);
    token = (await createToken(server.database.dataSource, 'hr', 'room test', { actor: 'tests', role: 'admin' })).token;
  });

  afterAll(() => session?.close());

  const chart = () => page.locator('.org-chart');
  const ready = () => page.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 30_000 });
  const toolbar = () => page.locator('.chart-toolbar');

  it('signs in as HR so that every mode can be seen', async () => {
    await page.goto(`${server.url}/?token=${encodeURIComponent(token)}`);
    await ready();
    await expect.poll(() => page.locator('.react-flow__node-position').count()).toBe(20);
  });

  for (const mode of ['structure', 'coverage', 'absence', 'review'] as const) {
    it(`keeps every badge inside its card in ${mode} mode`, async () => {
      await page.goto(`${server.url}/?mode=${mode}`);
      await ready();
      await expect.poll(() => page.locator('.react-flow__node-position').count()).toBe(20);
      if (mode === 'coverage') await expect.poll(() => page.locator('.badge-gap').count()).toBe(20);
      // Fitted at the chart's full width and at readable size, every card is drawn.
      const { badges, over } = await overflowingBadges(page);
      expect(badges).toBeGreaterThanOrEqual(20);
      expect(over).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}room-${mode}.png` });
    });
  }

  it('keeps the toolbar on one line beside the panel and the gap list, its options in a menu', async () => {
    await page.goto(`${server.url}/?mode=coverage`);
    await ready();
    await page.locator('.react-flow__node-position').first().click();
    await expect.poll(() => page.locator('.description-panel').count()).toBe(1);
    await expect.poll(() => toolbar().getAttribute('class')).toContain('compact');
    const bar = (await toolbar().boundingBox())!;
    const area = (await chart().boundingBox())!;
    await page.screenshot({ path: `${SCREENSHOTS}room-panel-list.png` });
    expect(bar.height).toBeLessThan(48);
    expect(bar.x + bar.width).toBeLessThanOrEqual(area.x + area.width - 50);
    // The folded options are one click away, and export among them.
    const more = page.getByRole('button', { name: /^Valikud/ });
    expect(await page.getByRole('button', { name: 'Ava kõik' }).isVisible()).toBe(false);
    await more.click();
    expect(await page.getByRole('button', { name: 'Ava kõik' }).isVisible()).toBe(true);
    expect(await page.locator('.export-control').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}room-panel-list-menu.png` });
    await more.click();
  });

  it('folds the legend and minimap away beside the panel and the list, and shows them when asked', async () => {
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
    expect(await page.locator('.legend').count()).toBe(0);
    // What the chart's own controls cover of the chart: the toolbar's line and a button.
    const area = (await chart().boundingBox())!;
    const bar = (await toolbar().boundingBox())!;
    const toggle = (await page.locator('.aside-toggle').boundingBox())!;
    expect((bar.width * bar.height + toggle.width * toggle.height) / (area.width * area.height)).toBeLessThan(0.08);
    await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).click();
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(1);
    expect(await page.locator('.legend').count()).toBe(1);
    await page.getByRole('button', { name: 'Peida selgitus ja ülevaade' }).click();
    await expect.poll(() => page.locator('.legend').count()).toBe(0);
  });

  it('shows the legend and minimap while the chart has the whole width', async () => {
    await page.goto(`${server.url}/`);
    await ready();
    expect(await page.locator('.legend').count()).toBe(1);
    expect(await page.locator('.react-flow__minimap').count()).toBe(1);
    expect(await toolbar().getAttribute('class')).not.toContain('compact');
  });

  it('fits the chart below the toolbar, so that the toolbar covers no card', async () => {
    await page.getByRole('button', { name: 'Mahuta vaatesse' }).click();
    await page.waitForTimeout(400); // the fit's animation
    const bar = (await toolbar().boundingBox())!;
    const tops = (await page.evaluate(`[...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect().top)`)) as number[];
    expect(Math.min(...tops)).toBeGreaterThanOrEqual(bar.y + bar.height);
  });

  it('marks a position whose job description HR corrected, naming the fields in its tooltip', async () => {
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ positions(first: 30) { nodes { title specialization jobDescription { id } } } }' }),
    });
    const { data } = (await answer.json()) as { data: { positions: { nodes: { title: string; specialization: string | null; jobDescription: { id: string } | null }[] } } };
    const documented = data.positions.nodes.find((p) => p.jobDescription && p.specialization)!;
    const corrected = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: CorrectFieldInput!) { correctField(input: $input) { errors { message } } }',
        variables: { input: { jobDescriptionId: documented.jobDescription!.id, field: 'specialization', value: [`${documented.specialization} ja nõustamine`] } },
      }),
    });
    expect(((await corrected.json()) as { data: { correctField: { errors: unknown[] } } }).data.correctField.errors).toEqual([]);
    await page.goto(`${server.url}/`);
    await ready();
    const mark = page.locator('.badge-corrected');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('parandatud');
    expect(await mark.getAttribute('title')).toBe('Personalitöötaja parandas: Valdkond');
    expect((await overflowingBadges(page)).over).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('room for the cards of a generated organisation of 2,000 positions', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let token = '';
  let department = '';

  beforeAll(async () => {
    ({ server, browser, page } = await openSession({ generated: { positions: 2_000, seed: 2 } }));
    token = (await createToken(server.database.dataSource, 'hr', 'room test', { actor: 'tests', role: 'admin' })).token;
    // A department of a few dozen positions: every card of it drawn at once when it is fitted.
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ units(first: 100) { id kind positionCount parent { id } } }' }),
    });
    const { data } = (await answer.json()) as { data: { units: { id: string; kind: string; positionCount: number; parent: { id: string } | null }[] } };
    department = data.units.find((u) => u.parent && u.positionCount >= 8 && u.positionCount <= 40)!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in as HR so that every mode can be seen', async () => {
    await page.goto(`${server.url}/?token=${encodeURIComponent(token)}`);
    await page.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 60_000 });
  });

  for (const mode of ['structure', 'coverage', 'absence', 'review'] as const) {
    it(`keeps every badge inside its card in ${mode} mode, one unit fitted`, async () => {
      await page.goto(`${server.url}/?mode=${mode}&unit=${encodeURIComponent(department)}&expand=all`);
      await page.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 60_000 });
      await expect.poll(() => page.locator('.react-flow__node-position').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(8);
      if (mode === 'coverage') await expect.poll(() => page.locator('.badge-gap').count()).toBeGreaterThanOrEqual(8);
      const { badges, over } = await overflowingBadges(page);
      expect(badges).toBeGreaterThanOrEqual(8);
      expect(over).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}room-2000-${mode}.png` });
    });
  }
});
