/**
 * The org chart end to end: the built web client in real headless Chromium, against a real
 * server on a temporary database holding the five sample job descriptions.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

const TITLE = 'Peaspetsialist (perelepitus)';
const PURPOSE = 'Töökoha eesmärk on riikliku perelepitusteenuse tiimi';

describe.skipIf(!hasChromium)('org chart in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** The address bar while Peaspetsialist's panel and the overlay were open: a link to share. */
  let sharedUrl = '';

  let session: BrowserSession;

  beforeAll(async () => {
    session = await openSession();
    ({ server, browser, page } = session);
  });

  afterAll(() => session?.close());

  const positionNode = (p: Page, title: string) => p.locator(`.react-flow__node-position[aria-label="${title}"]`);
  const panel = (p: Page) => p.locator('.description-panel');

  it('shows the sample positions on the chart', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('.react-flow__node-position').count(), { timeout: 30_000 }).toBe(20);
    expect(await page.locator('.react-flow__node-unit').count()).toBe(8);
    for (const title of [TITLE, 'Teenuse juht', 'Talitusejuhataja', 'Koordinaator-nõustaja (ISTE)']) {
      expect(await positionNode(page, title).count()).toBeGreaterThan(0);
    }
    await expect.poll(() => page.locator('.react-flow__edge-reporting').count()).toBe(5);
    await page.screenshot({ path: `${SCREENSHOTS}chart.png` });
  });

  it('opens the job description of a clicked position in the side panel', async () => {
    await positionNode(page, TITLE).click();
    await expect.poll(() => panel(page).textContent(), { timeout: 15_000 }).toContain(PURPOSE);
    expect(await panel(page).locator('h2').textContent()).toBe(TITLE);
    expect(new URL(page.url()).searchParams.get('position')).toBeTruthy();
    await page.screenshot({ path: `${SCREENSHOTS}panel.png` });
  });

  it('draws the substitution overlay: four lines into the position from its four substitutes', async () => {
    const id = new URL(page.url()).searchParams.get('position')!;
    await page.getByRole('checkbox', { name: /Asendused|Substitutions/ }).check();
    const lines = page.locator(`.react-flow__edge-substitution[data-id$="->${id}"]`);
    await expect.poll(() => lines.count()).toBe(4);
    // Each line is dashed and ends in an arrow at the substituted position.
    const path = lines.first().locator('path.react-flow__edge-path');
    expect(await path.getAttribute('style')).toMatch(/stroke-dasharray/);
    expect(await path.getAttribute('marker-end')).toMatch(/url\(/);
    expect(await page.locator('.react-flow__edge-substitution').count()).toBe(22);
    expect(new URL(page.url()).searchParams.get('overlay')).toBe('substitution');
    sharedUrl = page.url();
    await page.screenshot({ path: `${SCREENSHOTS}overlay.png` });
  });

  it('finds Teenuse juht when searching for rehabilitatsioon', async () => {
    await page.getByRole('combobox').fill('rehabilitatsioon');
    // Two Teenuse juht sit in the unit whose name holds the word; the documented one is told apart by its file.
    const hit = page.getByRole('option', { name: /Teenuse juht/ }).filter({ hasText: '003_8fe0a8b85a570b74.txt' }).first();
    await hit.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${SCREENSHOTS}search.png` });
    await hit.click();
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Teenuse juht');
    // The chosen position and its manager are highlighted as a path to the top.
    await expect.poll(() => page.locator('.position-node.is-selected').count()).toBe(1);
    await expect.poll(() => page.locator('.position-node.on-path').count()).toBeGreaterThanOrEqual(2);
  });

  it('reopens the same panel from a shared URL', async () => {
    expect(sharedUrl).toContain('position=');
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(sharedUrl);
      await expect.poll(() => panel(other).textContent(), { timeout: 30_000 }).toContain(PURPOSE);
      expect(await panel(other).locator('h2').textContent()).toBe(TITLE);
      // The overlay was part of the link too.
      await expect.poll(() => other.locator('.react-flow__edge-substitution').count()).toBe(22);
      await other.screenshot({ path: `${SCREENSHOTS}shared-link.png` });
    } finally {
      await other.close();
    }
  });

  it('closes the panel with Escape and opens a position with Enter', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    await positionNode(page, 'Talitusejuhataja').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Talitusejuhataja');
  });

  it('says so when the API cannot be reached', async () => {
    const offline = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await offline.route('**/graphql', (route) => route.abort('connectionrefused'));
      await offline.goto(server.url);
      const alert = offline.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/API-ga ei saanud ühendust|Could not reach the API/);
      await offline.screenshot({ path: `${SCREENSHOTS}api-unreachable.png` });
    } finally {
      await offline.close();
    }
  });

  it('exports the chart as PNG and SVG images at full size', async () => {
    // Beside the panel the toolbar folds its options, export among them, into a menu.
    await page.locator('.toolbar-menu-button[aria-expanded="false"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    const file = `${SCREENSHOTS}export.png`;
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // Full size: the whole chart, wider than the part left on screen beside the panel.
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(500);
    expect(png.length).toBeGreaterThan(20_000);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const svgFile = `${SCREENSHOTS}export.svg`;
    await svgDownload.saveAs(svgFile);
    const svg = readFileSync(svgFile, 'utf8');
    // An XML declaration may come first.
    expect(svg).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg/);
    expect(Number(/width="(\d+)"/.exec(svg)![1])).toBeGreaterThan(1000);
    expect(svg).toContain('Peaspetsialist');
  });
});
