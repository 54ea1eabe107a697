/**
 * Search and the places that tell same-titled positions apart, end to end: a generated
 * organisation of 2,000 positions in real headless Chromium at 1440×900.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS } from './session.js';

describe.skipIf(!hasChromium)('search and same-titled positions on a generated organisation of 2,000 positions', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openSession({ generated: { positions: 2_000, seed: 1 } }));
    await page.goto(server.url);
    // Search does not wait for the chart's layout.
    await page.getByRole('combobox').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const options = (p: Page) => p.getByRole('option');
  /** Searches, and waits until the list holds the answer to this text (a hit whose snippet marks its first word). */
  async function searchFor(p: Page, text: string) {
    await p.getByRole('combobox').fill(text);
    const word = text.split(' ')[0].toLocaleLowerCase('et');
    await expect
      .poll(async () => (await options(p).locator('mark').allTextContents()).some((m) => m.toLocaleLowerCase('et').includes(word)), { timeout: 15_000 })
      .toBe(true);
  }

  it('lists the exact title Peadirektor first, its whole title marked, then the deputies', async () => {
    await searchFor(page, 'Peadirektor');
    const first = options(page).first();
    expect(await first.locator('.hit-title').textContent()).toBe('Peadirektor');
    expect(await first.locator('.hit-title mark').textContent()).toBe('Peadirektor');
    const second = options(page).nth(1);
    expect(await second.locator('.hit-title').textContent()).toMatch(/^Peadirektori asetäitja/);
    // The whole word is marked, not the letters of the query.
    expect(await second.locator('.hit-title mark').textContent()).toBe('Peadirektori');
    await page.screenshot({ path: `${SCREENSHOTS}search-ranked.png` });
  });

  it('names the field of a hit in a unit and marks the unit’s words there', async () => {
    await searchFor(page, 'Kvaliteedi osakond');
    const hits = await options(page).all();
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(await hit.locator('.hit-field').textContent()).toBe('üksus:');
      const marks = await hit.locator('.hit-snippet mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      // Each mark a whole word holding a word of the query ("Kvaliteeditalitus" holds "kvaliteedi").
      for (const mark of marks) expect(mark.toLocaleLowerCase('et')).toMatch(/^[\p{L}-]*(kvaliteedi|osakond)[\p{L}-]*$/u);
    }
  });

  it('tells the department heads in the hits apart by their departments', async () => {
    await searchFor(page, 'Osakonna juhataja');
    const heads = options(page).filter({ has: page.locator('.hit-title', { hasText: /^Osakonna juhataja$/ }) });
    await expect.poll(() => heads.count()).toBeGreaterThan(2);
    const places = await heads.locator('.hit-unit').allTextContents();
    expect(places.every((place) => place.length > 0)).toBe(true);
    expect(new Set(places).size).toBe(places.length);
  });

  it('tells a deputy’s department heads apart in the panel’s links', async () => {
    await searchFor(page, 'Peadirektori asetäitja teenuste alal');
    await options(page).filter({ hasText: 'Peadirektori asetäitja teenuste alal' }).first().click();
    const panel = page.locator('.description-panel');
    await expect.poll(() => panel.locator('h2').textContent(), { timeout: 15_000 }).toBe('Peadirektori asetäitja teenuste alal');
    const heads = panel.locator('.link-button', { hasText: /^Osakonna juhataja \(/ });
    await expect.poll(() => heads.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const places = await heads.locator('.position-place').allTextContents();
    expect(new Set(places).size).toBe(places.length);
    await page.screenshot({ path: `${SCREENSHOTS}panel-places.png` });
  });

  it('lists gaps with no internal number in any explanation, and same-titled positions each with its own place', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Asendatavus' }).click();
    const items = page.locator('.gap-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(50);
    const explanations = await page.locator('.gap-explanation').allTextContents();
    expect(explanations.filter((e) => /#\d/.test(e))).toEqual([]);
    // No two items of one title show the same place (each item has one title and one place).
    const titles = await items.locator('.gap-item-title').allTextContents();
    const places = await items.locator('.gap-item-unit').allTextContents();
    expect(places).toHaveLength(titles.length);
    const rows = titles.map((title, i) => `${title}|${places[i]}`);
    const byTitleAndPlace = new Map<string, number>();
    for (const row of rows) byTitleAndPlace.set(row, (byTitleAndPlace.get(row) ?? 0) + 1);
    expect([...byTitleAndPlace].filter(([, count]) => count > 1)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}gap-list-places.png` });
  });
});
