/**
 * Coverage and absence modes end to end: the built client in real headless Chromium, against a
 * real server on a temporary database holding the five sample job descriptions.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

// Runs in the page (the Node test's own types have no DOM).
declare const getComputedStyle: (element: unknown) => { borderTopColor: string; textDecorationLine: string };

const TITLE = 'Peaspetsialist (perelepitus)';
const TEAM = 'Perelepituse tiim';
/** The four positions its document names in "Kes asendab", all in its own team. */
const SUBSTITUTES = ['Perelepitusteenuse juht', 'Nõunik', 'Juhtivkoordinaator', 'Koordinaator'];

describe.skipIf(!hasChromium)('coverage and absence modes in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  let session: BrowserSession;

  beforeAll(async () => {
    session = await openSession();
    ({ server, browser, page } = session);
  });

  afterAll(() => session?.close());

  /** A position on the chart by title; several share a title, so also by the unit it shows. */
  const positionNode = (p: Page, title: string, unit = TEAM): Locator =>
    p.locator(`.react-flow__node-position[aria-label="${title}"]`).filter({ hasText: unit });
  const panel = (p: Page) => p.locator('.description-panel');
  const chartReady = (p: Page) => p.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 30_000 });

  it('colours positions by their worst gap and lists the gaps with both of Peaspetsialist’s', async () => {
    await page.goto(server.url);
    await chartReady(page);
    await page.getByRole('button', { name: 'Asendatavus' }).click();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('coverage');

    const item = page.locator('.gap-item').filter({ has: page.locator('.gap-item-title', { hasText: TITLE }) });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.locator('.gap-kind').allTextContents()).toEqual(['Asendajatel pole ametijuhendit', 'Kinnitamata asendusseos']);
    expect(await item.textContent()).toContain(TEAM);
    // Each gap is explained in the interface language.
    expect(await item.locator('.gap-explanation').first().textContent()).toMatch(/ametijuhend/);

    // On the chart: its worst gap, ONLY_UNDOCUMENTED_SUBSTITUTES, is on the "high" step; a
    // position with no substitute at all is on the darkest.
    await expect.poll(() => positionNode(page, TITLE).locator('.position-node').getAttribute('class')).toContain('gap-tone-high');
    expect(await positionNode(page, TITLE).locator('.badge-gap').textContent()).toBe('Asendajatel pole ametijuhendit');
    expect(await positionNode(page, 'Nõunik').locator('.position-node').getAttribute('class')).toContain('gap-tone-critical');
    // Beside a list or the panel the legend is folded away until asked for.
    if (await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).count()) await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).click();
    expect(await page.locator('.legend').textContent()).toContain('lünki pole');
    await page.screenshot({ path: `${SCREENSHOTS}coverage.png` });
  });

  it('filters the list by gap kind and by unit', async () => {
    const titles = () => page.locator('.gap-item-title').allTextContents();
    await page.getByLabel('Lünga liik').selectOption('NO_SUBSTITUTE');
    await expect.poll(titles).not.toContain(TITLE);
    expect((await titles()).length).toBeGreaterThan(0);
    await page.getByLabel('Lünga liik').selectOption('');
    await page.getByLabel('Üksus', { exact: true }).selectOption({ label: TEAM });
    await expect.poll(async () => new Set(await page.locator('.gap-item-unit').allTextContents())).toEqual(new Set([TEAM]));
    expect(await titles()).toContain(TITLE);
    await page.getByLabel('Üksus', { exact: true }).selectOption('');
  });

  it('opens a listed position on the chart, with its gaps and the lines that state its substitutes', async () => {
    await page.locator('.gap-item-button').filter({ hasText: TITLE }).click();
    await expect.poll(() => panel(page).locator('h2').textContent(), { timeout: 15_000 }).toBe(TITLE);
    await expect.poll(() => page.locator('.position-node.is-selected').count()).toBe(1);
    const gaps = panel(page).locator('.position-gaps');
    await gaps.waitFor({ timeout: 15_000 });
    expect(await gaps.locator('.gap-kind').allTextContents()).toEqual(['Asendajatel pole ametijuhendit', 'Kinnitamata asendusseos']);
    // Every substitute is named in its own document's "Kes asendab", lines 22–25. (The text of
    // those lines is personal data, shown only with the hr role: see the component tests.)
    const relations = panel(page).locator('.relations');
    const sources = await relations.locator('.line-source').allTextContents();
    expect(sources).toHaveLength(4);
    for (const text of sources) expect(text).toMatch(/read 22–25$/);
    await page.screenshot({ path: `${SCREENSHOTS}coverage-panel.png` });
  });

  it('offers the HR worklist as CSV', async () => {
    const link = page.locator('.download-link');
    expect(await link.getAttribute('href')).toBe('/reports/coverage.csv');
    const response = await page.request.get(new URL('/reports/coverage.csv', server.url).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(TITLE);
  });

  it('marks the four substitutes absent and turns Peaspetsialist red, saying why', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Puudumised' }).click();
    await chartReady(page);
    for (const title of SUBSTITUTES) {
      await positionNode(page, title).click();
      await expect.poll(() => positionNode(page, title).locator('.position-node').getAttribute('class')).toMatch(/absence-(away|uncovered)/);
    }
    // Clicking marks away instead of opening the panel.
    expect(await panel(page).count()).toBe(0);

    const node = positionNode(page, TITLE).locator('.position-node');
    await expect.poll(() => node.getAttribute('class'), { timeout: 15_000 }).toContain('absence-at-risk');
    expect(await node.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(198, 40, 40)');
    // The substitutes themselves have no substitute: away and uncovered, drawn struck through.
    for (const title of SUBSTITUTES) {
      const substitute = positionNode(page, title).locator('.position-node');
      expect(await substitute.getAttribute('class')).toContain('absence-uncovered');
      expect(await substitute.locator('.position-title').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    }

    const atRisk = page.locator('.absence-group-at-risk');
    await atRisk.waitFor();
    expect(await atRisk.textContent()).toContain(TITLE);
    expect(await atRisk.textContent()).toContain('ükski asendaja ei ole kättesaadav');
    expect(await page.locator('.absence-group-uncovered .absence-entry').count()).toBe(4);

    const absent = new URL(page.url()).searchParams.get('absent')!.split(',');
    expect(absent).toHaveLength(4);
    expect(page.url()).toContain('absent=');
    await page.screenshot({ path: `${SCREENSHOTS}absence.png` });
  });

  it('keeps the absent set when the page is reloaded', async () => {
    const before = page.url();
    await page.reload();
    await chartReady(page);
    expect(page.url()).toBe(before);
    await expect.poll(() => page.locator('.position-node.absence-uncovered').count(), { timeout: 15_000 }).toBe(4);
    await expect.poll(() => positionNode(page, TITLE).locator('.position-node').getAttribute('class')).toContain('absence-at-risk');
    expect(await page.locator('.absent-chip').count()).toBe(4);
  });

  it('shows the manager taking over when escalation is on, and resets', async () => {
    // Teenuse juht (the documented one) and its three substitutes away: its manager,
    // Talitusejuhataja, is present and takes over. Opened from a link, as a shared view would be.
    const response = await page.request.post(new URL('/graphql', server.url).href, {
      data: { query: '{ positions(first: 10, filter: { documented: true, titleContains: "Teenuse juht" }) { nodes { id manager { title } substitutes { position { id } } } } }' },
    });
    const [lead] = (await response.json()).data.positions.nodes as { id: string; manager: { title: string }; substitutes: { position: { id: string } }[] }[];
    expect(lead.manager.title).toBe('Talitusejuhataja');
    const absent = [lead.id, ...lead.substitutes.map((s) => s.position.id)];
    await page.goto(`${server.url}/?mode=absence&escalate=manager&absent=${absent.join(',')}`);
    await chartReady(page);
    expect(await page.getByRole('checkbox', { name: 'Eskaleeri vahetule juhile' }).isChecked()).toBe(true);
    const node = page.locator(`.react-flow__node-position[data-id="${lead.id}"] .position-node`);
    await expect.poll(() => node.getAttribute('class'), { timeout: 15_000 }).toContain('absence-fallback');
    expect(await page.locator('.absence-group-fallback').textContent()).toContain('juht: Talitusejuhataja');
    // Beside a list or the panel the legend is folded away until asked for.
    if (await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).count()) await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).click();
    expect(await page.locator('.legend').textContent()).toContain('juht võtab üle');
    await page.screenshot({ path: `${SCREENSHOTS}absence-escalate.png` });

    // Without escalation nobody takes over: it is uncovered.
    await page.getByRole('checkbox', { name: 'Eskaleeri vahetule juhile' }).uncheck();
    await expect.poll(() => node.getAttribute('class')).toContain('absence-uncovered');
    expect(new URL(page.url()).searchParams.get('escalate')).toBeNull();

    await page.getByRole('button', { name: 'Tühista kõik' }).click();
    await expect.poll(() => page.locator('.position-node[class*="absence-"]:not(.absence-mode)').count()).toBe(0);
    expect(await page.locator('.position-node.absence-away, .position-node.absence-uncovered').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('absent')).toBeNull();
  });
});
