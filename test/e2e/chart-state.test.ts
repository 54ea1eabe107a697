/**
 * Signing in where it is needed, the view in the URL, keyboard entry and colours that mean one
 * thing, end to end: the built client in headless Chromium against a real server on a temporary
 * database with the sample job descriptions.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { createToken } from '../../server/access/token.service.js';
import { hasChromium, openSession, SCREENSHOTS, type BrowserSession } from './session.js';

// Runs in the page (the Node test's own types have no DOM).
declare const getComputedStyle: (element: unknown) => { borderLeftColor: string; backgroundColor: string };
declare const document: { activeElement: { id: string; tagName: string; textContent: string | null } | null };

const TEAM = 'Perelepituse tiim';
/** Its four substitutes (its document's "Kes asendab") have no job description of their own: ONLY_UNDOCUMENTED_SUBSTITUTES. */
const ONLY_UNDOCUMENTED = 'Peaspetsialist (perelepitus)';
/** One of those substitutes; nobody stands in for it. */
const SUBSTITUTE = 'Nõunik';
const COVERAGE_NONE = 'rgb(208, 87, 75)';
const NEUTRAL = 'rgb(195, 206, 219)';

describe.skipIf(!hasChromium)('sign-in, URL state, keyboard entry and card colours in headless Chromium', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  let viewerToken = '';
  let hrToken = '';

  beforeAll(async () => {
    session = await openSession();
    ({ server, page } = session);
    const dataSource = server.database.dataSource;
    viewerToken = (await createToken(dataSource, 'viewer', 'chart-state viewer', { actor: 'tests', role: 'admin' })).token;
    hrToken = (await createToken(dataSource, 'hr', 'chart-state hr', { actor: 'tests', role: 'admin' })).token;
  });

  afterAll(() => session?.close());

  const positionNode = (p: Page, title: string, unit = TEAM): Locator => p.locator(`.react-flow__node-position[aria-label="${title}"]`).filter({ hasText: unit });
  const card = (p: Page, title: string, unit = TEAM) => positionNode(p, title, unit).locator('.position-node');
  const chartReady = (p: Page) => p.locator('.org-chart[data-layout="ready"]').waitFor({ timeout: 30_000 });
  const panel = (p: Page) => p.locator('.description-panel');
  const role = (p: Page) => p.locator('.sign-in-control .access-role');

  it('offers a skip link as the first Tab stop, and it moves focus to the chart', async () => {
    await page.goto(`${server.url}/?token=${encodeURIComponent(viewerToken)}`);
    await chartReady(page);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));
    expect(first).toEqual({ tag: 'A', text: 'Liigu skeemi juurde' });
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}skip-link.png` });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chart');
  });

  it('draws a position whose substitutes all lack job descriptions like one with none, and the legend says so', async () => {
    await expect.poll(() => role(page).textContent()).toBe('Vaataja');
    const undocumented = card(page, ONLY_UNDOCUMENTED);
    expect(await undocumented.getAttribute('class')).toContain('coverage-none');
    expect(await undocumented.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(COVERAGE_NONE);
    // Its badge still counts the four.
    expect(await undocumented.locator('.badge-coverage').textContent()).toMatch(/4/);
    // Beside a list or the panel the legend is folded away until asked for.
    if (await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).count()) await page.getByRole('button', { name: 'Näita selgitust ja ülevaadet' }).click();
    expect(await page.locator('.legend').textContent()).toContain('puudub või pole ühelgi ametijuhendit');
    await page.screenshot({ path: `${SCREENSHOTS}structure-undocumented-substitutes.png` });
  });

  it('offers sign-in in the source tab’s notice to a viewer, and shows the source once an hr token is entered', async () => {
    await positionNode(page, ONLY_UNDOCUMENTED).click();
    await expect.poll(() => panel(page).locator('h2').textContent(), { timeout: 15_000 }).toBe(ONLY_UNDOCUMENTED);
    await panel(page).getByRole('tab', { name: 'Lähtetekst' }).click();
    const notice = panel(page).locator('.sign-in-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('HR-i õigustega');
    await page.screenshot({ path: `${SCREENSHOTS}source-sign-in-notice.png` });

    await notice.getByRole('button', { name: 'Logi sisse' }).click();
    const dialog = page.locator('dialog.token-dialog');
    await dialog.getByLabel('Ligipääsuvõti').fill(hrToken);
    await page.screenshot({ path: `${SCREENSHOTS}sign-in-dialog.png` });
    await dialog.getByRole('button', { name: 'Jätka' }).click();

    // No reload: the panel asks again with the new token and shows the text.
    await panel(page).locator('.source-view .source-text li').first().waitFor({ timeout: 15_000 });
    expect(await notice.count()).toBe(0);
    await expect.poll(() => role(page).textContent()).toBe('HR');
    expect(await page.getByRole('button', { name: 'Logi välja' }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}source-signed-in.png` });
  });

  it('marks a position away from the search box and colours cards by the absence result alone', async () => {
    await page.goto(server.url);
    await chartReady(page);
    await page.getByRole('button', { name: 'Puudumised' }).click();
    const box = page.getByRole('combobox', { name: 'Märgi eemalolijaks' });
    await box.fill(SUBSTITUTE);
    const option = page.locator('.absence-search [role="option"]').filter({ hasText: TEAM }).filter({ hasText: SUBSTITUTE }).first();
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    await expect.poll(() => card(page, SUBSTITUTE).getAttribute('class'), { timeout: 15_000 }).toContain('absence-uncovered');
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('.absent-chip').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('absent')).toBeTruthy();

    // A card the absence does not touch shows no substitute colour: neither its bar nor its badge's dot.
    const untouched = card(page, ONLY_UNDOCUMENTED);
    expect(await untouched.getAttribute('class')).not.toMatch(/absence-(away|uncovered|fallback|at-risk)/);
    expect(await untouched.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(NEUTRAL);
    expect(await untouched.locator('.badge-coverage .dot').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(NEUTRAL);
    await page.screenshot({ path: `${SCREENSHOTS}absence-by-search.png` });

    // Unmarked from the list.
    await page.getByRole('button', { name: `Tühista eemalolek: ${SUBSTITUTE}` }).click();
    await expect.poll(() => page.locator('.absent-chip').count()).toBe(0);
    await expect.poll(() => card(page, SUBSTITUTE).getAttribute('class')).not.toContain('absence-uncovered');
  });

  it('restores mode, gap filters, the focused unit and the open position from a shared link', async () => {
    await page.goto(server.url);
    await chartReady(page);
    await page.getByRole('button', { name: 'Asendatavus' }).click();
    await page.locator('.gap-item').first().waitFor({ timeout: 15_000 });
    await page.getByLabel('Lünga liik').selectOption('ONLY_UNDOCUMENTED_SUBSTITUTES');
    await page.getByLabel('Üksus', { exact: true }).selectOption({ label: TEAM });
    await page.locator('.gap-item-button').filter({ hasText: ONLY_UNDOCUMENTED }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('position')).toBeTruthy();
    const params = new URL(page.url()).searchParams;
    expect(params.get('gap')).toBe('ONLY_UNDOCUMENTED_SUBSTITUTES');
    const teamId = params.get('gapUnit')!;
    expect(teamId).toBeTruthy();

    // A colleague opens a link focused on the team, in a browser of their own.
    const shared = new URL(server.url);
    shared.search = `?mode=coverage&unit=${encodeURIComponent(teamId)}&gap=ONLY_UNDOCUMENTED_SUBSTITUTES&position=${encodeURIComponent(params.get('position')!)}&from=mail`;
    const other = await session.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'et-EE' });
    try {
      await other.goto(shared.href);
      await chartReady(other);
      expect(await other.getByRole('button', { name: 'Asendatavus' }).getAttribute('aria-pressed')).toBe('true');
      await other.locator('.gap-item').first().waitFor({ timeout: 15_000 });
      expect(await other.getByLabel('Lünga liik').inputValue()).toBe('ONLY_UNDOCUMENTED_SUBSTITUTES');
      expect(await other.getByLabel('Üksus', { exact: true }).inputValue()).toBe(teamId);
      expect(new Set(await other.locator('.gap-item .gap-kind').allTextContents())).toEqual(new Set(['Asendajatel pole ametijuhendit']));
      expect(await other.locator('.focus-chip').textContent()).toContain(TEAM);
      await expect.poll(() => panel(other).locator('h2').textContent(), { timeout: 15_000 }).toBe(ONLY_UNDOCUMENTED);
      // A parameter this client does not know stays in the address.
      expect(new URL(other.url()).searchParams.get('from')).toBe('mail');
      await other.screenshot({ path: `${SCREENSHOTS}shared-link-restored.png` });
    } finally {
      await other.close();
    }
  });
});
