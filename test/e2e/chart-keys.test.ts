/**
 * The chart by keyboard and by link, in real headless Chromium on the five samples: the toolbar
 * before the cards in Tab order, arrow keys along the reporting tree, and a shared link that
 * brings back the mode, the orientation and the open units.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

describe.skipIf(!hasChromium)('the chart by keyboard and by link', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    session = await openSession();
    ({ server, page } = session);
  });

  afterAll(() => session?.close());

  const ready = (p: Page) => p.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 30_000 });
  const card = (title: string, unit: string) => page.locator(`.react-flow__node-position[aria-label="${title}"]`).filter({ hasText: unit });
  /** What has the keyboard focus: its label and whether it is a chart node. */
  const focused = (p: Page) =>
    p.evaluate(`(() => {
      const element = document.activeElement;
      return { label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '', node: !!element?.classList.contains('react-flow__node'), toolbar: !!element?.closest('.chart-toolbar') };
    })()`) as Promise<{ label: string; node: boolean; toolbar: boolean }>;
  const announced = () => page.locator('.org-chart [role="status"][aria-live="polite"]').textContent();

  it('reaches the toolbar before the first card with Tab', async () => {
    await page.goto(server.url);
    await ready(page);
    await expect.poll(() => page.locator('.react-flow__node-position').count()).toBe(20);
    const stops: { node: boolean; toolbar: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      stops.push(now);
      if (now.node) break;
    }
    const firstNode = stops.findIndex((s) => s.node);
    const firstToolbar = stops.findIndex((s) => s.toolbar);
    expect(firstToolbar).toBeGreaterThanOrEqual(0);
    expect(firstNode).toBeGreaterThan(firstToolbar);
    // The header (skip link, search, language, sign-in) and the toolbar: a few dozen stops at most.
    expect(firstNode).toBeLessThan(35);
  });

  it('moves up to the manager, down to the first report and along the peers with the arrow keys, saying where it is', async () => {
    await card('Peaspetsialist (perelepitus)', 'Perelepituse tiim').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(page)).label).toBe('Perelepitusteenuse juht');
    await expect.poll(announced).toBe('Perelepitusteenuse juht');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).label).toBe('Peaspetsialist (perelepitus)');

    // The team's staff stand in a grid under the team's box: their peers, row by row.
    await card('Nõunik', 'Perelepituse tiim').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused(page)).label).toBe('Juhtivkoordinaator');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await focused(page)).label).toBe('Nõunik');
    // Up from the top of a box goes to the box, and on to the unit around it.
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(page)).label).toBe('Perelepituse tiim');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(page)).label).toBe('Laste heaolu osakond');
    await expect.poll(announced).toBe('Laste heaolu osakond');
  });

  it('brings a card moved to from off screen into view', async () => {
    const chart = (await page.locator('.org-chart').boundingBox())!;
    await card('Koordinaator', 'KLAT ja abivajava lapse SRT tiim').first().focus();
    // Far from the team: zoomed in on the top left corner of the chart.
    await page.mouse.move(chart.x + 20, chart.y + 120);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await page.keyboard.press('ArrowUp');
    const target = page.locator('.react-flow__node:focus');
    await expect.poll(() => target.count()).toBe(1);
    const box = (await target.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(chart.x);
    expect(box.y).toBeGreaterThanOrEqual(chart.y);
    expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
    expect(box.y + box.height).toBeLessThanOrEqual(chart.y + chart.height);
  });

  it('opens the focused position with Enter', async () => {
    await card('Peaspetsialist (perelepitus)', 'Perelepituse tiim').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.description-panel h2').textContent()).toBe('Peaspetsialist (perelepitus)');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.description-panel').count()).toBe(0);
  });

  it('shares the mode, the orientation and the open units in a link that shows the same cards', async () => {
    await page.goto(server.url);
    await ready(page);
    await page.getByRole('button', { name: 'Asendatavus', exact: true }).click();
    // Beside the gap list the toolbar's options are in its menu.
    await page.locator('.toolbar-menu-button[aria-expanded="false"]').click();
    await page.getByRole('button', { name: 'Vasakult paremale' }).click();
    await page.locator('.toolbar-menu-button').click();
    const unit = page.locator('.react-flow__node-unit[aria-label="Teenuste osakond"]');
    await unit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => unit.locator('.unit-node.collapsed').count()).toBe(1);
    await ready(page);
    const shown = (p: Page) => p.evaluate(`[...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('aria-label')).sort()`) as Promise<string[]>;
    const cards = await shown(page);
    expect(cards.length).toBeLessThan(28);
    const link = new URL(page.url());
    expect(link.searchParams.get('mode')).toBe('coverage');
    expect(link.searchParams.get('dir')).toBe('lr');
    expect(link.searchParams.get('closed')).toBeTruthy();

    const other = await session.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'et-EE' });
    try {
      await other.goto(link.toString());
      await ready(other);
      await expect.poll(() => shown(other)).toEqual(cards);
      expect(await other.locator('.org-chart').getAttribute('data-direction')).toBe('LR');
      expect(await other.locator('.org-chart').getAttribute('data-mode')).toBe('coverage');
      expect(await other.locator('.direction-button[aria-pressed="true"]').textContent()).toContain('Vasakult paremale');
      await other.screenshot({ path: `${SCREENSHOTS}keys-shared-link.png` });
    } finally {
      await other.close();
    }
  });
});
