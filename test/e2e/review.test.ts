/**
 * Review mode and corrections end to end: the built client in headless Chromium against a real
 * server on a temporary database with the five samples, signed in with an hr token.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { createToken } from '../../server/access/token.service.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

const TEAM = 'Perelepituse tiim';
/** Its document names its substitutes but nobody it substitutes ("Keda asendab" is empty). */
const CORRECTED = 'Peaspetsialist (perelepitus)';
/** Nobody substitutes it: correcting Peaspetsialist's "Keda asendab" to name it closes the gap. */
const UNCOVERED = 'Nõunik';

describe.skipIf(!hasChromium)('review mode and corrections in headless Chromium', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  let token = '';

  beforeAll(async () => {
    session = await openSession();
    ({ server, page } = session);
    token = (await createToken(server.database.dataSource, 'hr', 'review test', { actor: 'tests', role: 'admin' })).token;
  });

  afterAll(() => session?.close());

  const positionNode = (title: string, unit = TEAM): Locator => page.locator(`.react-flow__node-position[aria-label="${title}"]`).filter({ hasText: unit });
  const panel = () => page.locator('.description-panel');
  const chartReady = () => page.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 30_000 });
  const toneOf = async (title: string) => (await positionNode(title).locator('.position-node').getAttribute('class')) ?? '';
  const substitutesRow = () => panel().locator('.header-field[data-field="substitutes"]');

  it('lists the items to review with their counts per kind, and opens one at its field with its lines highlighted', async () => {
    // A login link keeps the token and drops it from the address.
    await page.goto(`${server.url}/?token=${encodeURIComponent(token)}`);
    await chartReady();
    await page.getByRole('button', { name: 'Ülevaatus' }).click();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('review');

    const items = page.locator('.review-item');
    await items.first().waitFor({ timeout: 15_000 });
    const options = await page.getByLabel('Liik', { exact: true }).locator('option').allTextContents();
    expect(options[0]).toMatch(/^Kõik liigid \(\d+\)$/);
    expect(options.length).toBeGreaterThan(1);
    expect(options.slice(1).every((o) => /\(\d+\)$/.test(o))).toBe(true);
    expect(await page.locator('.review-summary, .mode-summary').first().textContent()).toMatch(/\d+ kirjet/);

    // An item about one header field of a document: its position opens at that field.
    const withField = items.filter({ has: page.locator('.review-where', { hasText: 'Väli:' }) }).filter({ has: page.locator('.review-where', { hasText: 'read' }) }).first();
    const title = (await withField.locator('.gap-item-title').textContent()) ?? '';
    await withField.locator('.review-item-button').click();
    await expect.poll(() => panel().locator('h2').textContent(), { timeout: 15_000 }).toBe(title);
    expect(new URL(page.url()).searchParams.get('position')).toBeTruthy();
    const focused = panel().locator('.header-field.is-focused');
    await focused.waitFor();
    expect(await focused.locator('.focused-lines li.highlighted').count()).toBeGreaterThan(0);
    // Scrolled into view inside the panel; the page itself stays where it was.
    await expect.poll(async () => {
      const box = await focused.boundingBox();
      return box !== null && box.y >= 0 && box.y + 40 <= 900;
    }).toBe(true);
    expect((await page.locator('.app-header').boundingBox())?.y).toBe(0);
    // hr sees the actions of the chosen item.
    const actions = page.getByRole('group', { name: `Toimingud: ${title}` });
    expect(await actions.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Paranda', 'Jäta kõrvale']));
    await page.screenshot({ path: `${SCREENSHOTS}review-mode.png` });

    // Correct opens the field's editor in the panel; Escape leaves the editor, not the panel.
    await actions.getByRole('button', { name: 'Paranda' }).click();
    const editor = panel().locator('.header-field.is-focused form.field-editor');
    await editor.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    expect(await panel().count()).toBe(1);

    // The status filter is in the address.
    await page.getByLabel('Olek', { exact: true }).selectOption('DISMISSED');
    expect(new URL(page.url()).searchParams.get('status')).toBe('DISMISSED');
    await expect.poll(() => page.locator('.review-list-empty, .gap-list-empty').count()).toBe(1);
    await page.getByLabel('Olek', { exact: true }).selectOption('OPEN');
  });

  it('corrects a substitute in the panel: the gap closes on the chart and leaves the gap list without a reload', async () => {
    await page.getByRole('button', { name: 'Asendatavus' }).click();
    await chartReady();
    await expect.poll(() => toneOf(UNCOVERED)).toContain('gap-tone-critical');
    await page.getByLabel('Lünga liik').selectOption('NO_SUBSTITUTE');
    const listed = page.locator('.gap-item').filter({ has: page.locator('.gap-item-title', { hasText: new RegExp(`^${UNCOVERED}$`) }) }).filter({ hasText: TEAM });
    await expect.poll(() => listed.count()).toBe(1);

    // Opened from the gap list (the chart is centred elsewhere), then back to the gaps of the kind.
    await page.getByLabel('Lünga liik').selectOption('');
    await page.locator('.gap-item-button').filter({ hasText: CORRECTED }).click();
    await page.getByLabel('Lünga liik').selectOption('NO_SUBSTITUTE');
    await expect.poll(() => panel().locator('h2').textContent(), { timeout: 15_000 }).toBe(CORRECTED);
    await panel().getByRole('button', { name: 'Muuda: Keda asendab' }).click();
    await panel().getByLabel('Uus väärtus: Keda asendab').fill(UNCOVERED);
    await panel().getByRole('button', { name: 'Salvesta' }).click();

    await expect.poll(() => substitutesRow().locator('.correction-mark').count()).toBe(1);
    expect(await substitutesRow().locator('.header-field-value').textContent()).toContain(UNCOVERED);
    // The reading it replaced is in the mark's name (and tooltip).
    expect(await substitutesRow().locator('.correction-mark').getAttribute('aria-label')).toBe('Keda asendab on parandatud; loetud oli: tühi');
    await expect.poll(() => toneOf(UNCOVERED)).not.toContain('gap-tone-critical');
    await expect.poll(() => listed.count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}review-corrected.png` });
  });

  it('keeps the correction after a reload, and undoing it brings the gap back', async () => {
    await page.reload();
    await chartReady();
    await expect.poll(() => panel().locator('h2').textContent(), { timeout: 15_000 }).toBe(CORRECTED);
    await expect.poll(() => substitutesRow().locator('.correction-mark').count()).toBe(1);
    await expect.poll(() => toneOf(UNCOVERED)).not.toContain('gap-tone-critical');

    await panel().getByRole('button', { name: 'Võta parandus tagasi: Keda asendab' }).click();
    await expect.poll(() => substitutesRow().locator('.correction-mark').count()).toBe(0);
    await expect.poll(() => toneOf(UNCOVERED)).toContain('gap-tone-critical');
  });
});
