/**
 * The chart of a generated organisation of 2,000 positions (`orgraph generate`) in real headless
 * Chromium at 1440×900: one tree from the head, the path to the head on search, expand-all that
 * keeps a readable shape, one department fitted readable.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS } from './session.js';

const POSITIONS = 2_000;

describe.skipIf(!hasChromium)('the chart of a generated organisation of 2,000 positions', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openSession({ generated: { positions: POSITIONS, seed: 1 } }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const chart = (p: Page) => p.locator('.org-chart');
  const ready = (p: Page) => chart(p).and(p.locator('[data-layout="ready"]'));
  const card = (p: Page, title: string) => p.locator(`.react-flow__node-position[aria-label="${title}"]`);
  const zoom = async (p: Page) => Number(/scale\(([\d.]+)\)/.exec((await p.locator('.react-flow__viewport').getAttribute('style')) ?? '')![1]);
  const extent = async (p: Page) => {
    const [width, height] = (await chart(p).getAttribute('data-extent'))!.split('x').map(Number);
    return { width, height };
  };

  it('opens with the head on top, the deputies under the head and the departments under the deputies', async () => {
    await page.goto(server.url);
    await expect.poll(() => ready(page).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => card(page, 'Peadirektor').count()).toBe(1);
    const head = (await card(page, 'Peadirektor').boundingBox())!;
    const deputies = page.locator('.react-flow__node-position[aria-label^="Peadirektori asetäitja"]');
    expect(await deputies.count()).toBe(6);
    for (const box of await Promise.all((await deputies.all()).map((d) => d.boundingBox()))) expect(box!.y).toBeGreaterThan(head.y + head.height);
    // A department box under a deputy, and a line from the head to every deputy.
    const departments = page.locator('.react-flow__node-unit').filter({ has: page.locator('.unit-depth-0') });
    expect(await departments.count()).toBeGreaterThan(10);
    const lowestDeputy = Math.min(...(await Promise.all((await deputies.all()).map(async (d) => (await d.boundingBox())!.y))));
    for (const box of await Promise.all((await departments.all()).map((d) => d.boundingBox()))) expect(box!.y).toBeGreaterThan(lowestDeputy);
    await page.screenshot({ path: `${SCREENSHOTS}large-open.png` });
  });

  it('highlights the head when it is chosen in search and moves the view to it', async () => {
    // Away from the head first, so that moving to it shows.
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, -1200);
    await page.getByRole('combobox').fill('Peadirektor');
    const hit = page.getByRole('option', { name: /^Peadirektor(?!i)/ }).first();
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    const selected = card(page, 'Peadirektor').locator('.position-node.is-selected');
    await expect.poll(() => selected.count()).toBe(1);
    // The view comes to it: the card sits in the middle of the chart area, readable.
    await expect
      .poll(async () => {
        const box = await selected.boundingBox();
        const area = (await chart(page).boundingBox())!;
        return !!box && Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) < 80 && Math.abs(box.y + box.height / 2 - (area.y + area.height / 2)) < 80;
      })
      .toBe(true);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.9);
    await page.screenshot({ path: `${SCREENSHOTS}large-head-chosen.png` });
  });

  it('highlights the whole path from a team leader up to the head', async () => {
    // A team leader with a known manager (one without a document of its own may have none).
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ positions(first: 30) { nodes { id title reportingChain { id } } } }' }),
    });
    const { data } = (await answer.json()) as { data: { positions: { nodes: { id: string; title: string; reportingChain: { id: string }[] }[] } } };
    const leader = data.positions.nodes.find((p) => p.title === 'Tiimijuht' && p.reportingChain.length >= 4)!;
    expect(leader).toBeDefined();
    await page.goto(`${server.url}/?position=${encodeURIComponent(leader.id)}`);
    await expect.poll(() => page.locator('.position-node.is-selected').count(), { timeout: 60_000 }).toBe(1);
    // Fit the whole chart (again, until the view has come to the chosen card and its units are
    // open), so that every card on the path is drawn.
    const fit = page.getByRole('button', { name: 'Mahuta vaatesse' });
    await expect
      .poll(async () => {
        await fit.click();
        return card(page, 'Peadirektor').locator('.position-node.on-path').count();
      })
      .toBe(1);
    expect(await page.locator('.position-node.on-path').count()).toBe(leader.reportingChain.length + 1);
    expect(await page.locator('.react-flow__edge.on-path').count()).toBe(leader.reportingChain.length);
    await page.screenshot({ path: `${SCREENSHOTS}large-path.png` });
  });

  it('asks before opening every position, naming the count, lays the whole organisation out within 1:3 to 3:1 and fits it as an overview', async () => {
    // Beside the open panel the toolbar keeps its options in a menu.
    const menu = page.locator('.toolbar-menu-button[aria-expanded="false"]');
    if (await menu.count()) await menu.click();
    await page.getByRole('button', { name: 'Ava kõik' }).click();
    const dialog = page.getByRole('alertdialog');
    // Named: the positions it opens beyond those already shown (the head's, the departments' and more).
    await expect.poll(() => dialog.textContent()).toMatch(/Avan veel [\d\s]+ ametikohta/);
    const count = Number(/Avan veel ([\d\s]+) ametikohta/.exec((await dialog.textContent())!)![1].replace(/\s/g, ''));
    expect(count).toBeGreaterThan(1_000);
    expect(count).toBeLessThan(POSITIONS);
    await dialog.getByRole('button', { name: /^Ava/ }).click();
    // While the positions arrive the chart stays as it was, and the toolbar counts the units to go:
    // no box of a unit still waiting for its positions is drawn.
    await expect.poll(() => page.locator('.toolbar-notice').textContent()).toMatch(/Laen ametikohti: veel [\d\s]+ üksust/);
    expect(await page.locator('.unit-node.is-loading').count()).toBe(0);
    await expect
      .poll(async () => (await ready(page).count()) === 1 && Number(await chart(page).getAttribute('data-nodes')) >= POSITIONS, { timeout: 120_000 })
      .toBe(true);
    await expect.poll(() => page.locator('.toolbar-notice').count()).toBe(0);
    const { width, height } = await extent(page);
    expect(width / height).toBeGreaterThanOrEqual(1 / 3);
    expect(width / height).toBeLessThanOrEqual(3);
    // Seen whole, the units inside departments and the positions in units are one SVG instead of
    // thousands of cards; the chart's own nodes are the departments and the positions above them.
    await expect.poll(() => chart(page).getAttribute('data-overview')).toBe('true');
    expect(Number(await page.locator('.chart-overview').getAttribute('data-positions'))).toBeGreaterThan(POSITIONS - 20);
    expect(Number(await page.locator('.chart-overview').getAttribute('data-units'))).toBeGreaterThan(150);
    expect(await page.locator('.react-flow__node-position').count()).toBeLessThan(20);
    expect(await page.locator('.react-flow__node-unit').count()).toBeLessThan(30);
    await page.screenshot({ path: `${SCREENSHOTS}large-expanded.png` });
  });

  it('fits one department of about fifty positions readable, at a zoom of 0.35 or more', async () => {
    const department = page
      .locator('.react-flow__node-unit')
      .filter({ has: page.locator('.unit-depth-0') })
      .filter({ hasText: /osakond · (4\d|5\d) ametikohta/ })
      .first();
    await page.keyboard.press('Escape'); // the panel closes: the chart has the whole width
    await expect.poll(() => page.locator('.description-panel').count()).toBe(0);
    await page.getByRole('button', { name: 'Mahuta vaatesse' }).click();
    await expect.poll(() => department.count()).toBe(1);
    const name = (await department.getAttribute('aria-label'))!;
    // Closing and opening it again (Enter on the unit) fits the view to it.
    const unit = page.locator(`.react-flow__node-unit[aria-label="${name}"]`);
    await unit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => unit.locator('.unit-node.collapsed').count()).toBe(1);
    await unit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => unit.locator('.unit-node.expanded').count()).toBe(1);
    await expect
      .poll(async () => {
        const box = await unit.boundingBox();
        const area = (await chart(page).boundingBox())!;
        return !!box && box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height && (box.width > area.width * 0.8 || box.height > area.height * 0.8);
      })
      .toBe(true);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.35);
    await page.screenshot({ path: `${SCREENSHOTS}large-department.png` });
  });

  it('fits the largest department readable by closing its teams, says so, and opens them when asked', async () => {
    await page.getByRole('button', { name: 'Mahuta vaatesse' }).click();
    const departments = page.locator('.react-flow__node-unit').filter({ has: page.locator('.unit-depth-0') });
    await expect.poll(() => departments.count()).toBeGreaterThan(10);
    const counted = await Promise.all(
      (await departments.all()).map(async (d) => ({ name: (await d.getAttribute('aria-label'))!, count: Number(/([\d\s]+) ametikohta/.exec((await d.textContent())!)![1].replace(/\s/g, '')) })),
    );
    const largest = counted.sort((a, b) => b.count - a.count)[0];
    expect(largest.count).toBeGreaterThan(200);
    const unit = page.locator(`.react-flow__node-unit[aria-label="${largest.name}"]`);
    await unit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => unit.locator('.unit-node.collapsed').count()).toBe(1);
    await unit.focus();
    await page.keyboard.press('Enter');
    const notice = page.locator('.toolbar-notice');
    await expect.poll(() => notice.textContent()).toMatch(/Et kaardid jääksid loetavaks, on \d+ alamüksust suletud\./);
    const closed = Number(/on (\d+) alamüksust/.exec((await notice.textContent())!)![1]);
    await expect
      .poll(async () => {
        const box = await unit.boundingBox();
        const area = (await chart(page).boundingBox())!;
        return !!box && box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height && (box.width > area.width * 0.8 || box.height > area.height * 0.8);
      })
      .toBe(true);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.35);
    // The teams are closed cards; the divisions above them stay open.
    expect(await page.locator('.unit-node.unit-depth-2.collapsed').count()).toBe(closed);
    await page.screenshot({ path: `${SCREENSHOTS}large-department-readable.png` });
    // Opened anyway: the department fits again, now too small to read, and the notice is gone.
    await notice.getByRole('button', { name: 'Ava siiski' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => zoom(page)).toBeLessThan(0.35);
    await expect.poll(() => page.locator('.unit-node.unit-depth-2.collapsed').count()).toBe(0);
  });

  it('draws the cards near the view only when zoomed in from the overview, and the ones further on as the view moves there', async () => {
    await page.getByRole('button', { name: 'Mahuta vaatesse' }).click();
    await expect.poll(() => chart(page).getAttribute('data-overview')).toBe('true');
    await page.mouse.move(720, 520);
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, -300);
        return chart(page).getAttribute('data-overview');
      }, { timeout: 30_000 })
      .toBeNull();
    const total = Number(await chart(page).getAttribute('data-nodes'));
    await expect.poll(() => page.locator('.react-flow__node-position').count()).toBeGreaterThan(10);
    const given = await page.locator('.react-flow__node').count();
    expect(given).toBeLessThan(total / 4);
    // Every card drawn lies near the chart's area (within half its size around it).
    const area = (await chart(page).boundingBox())!;
    const lefts = (await page.evaluate(`[...document.querySelectorAll('.react-flow__node-position')].map((n) => n.getBoundingClientRect().left)`)) as number[];
    for (const left of lefts) expect(left > area.x - area.width * 0.75 && left < area.x + area.width * 1.75).toBe(true);
    // Moved a screen to the left, the cards there are drawn.
    const first = new Set((await page.evaluate(`[...document.querySelectorAll('.react-flow__node-position')].map((n) => n.dataset.id)`)) as string[]);
    await page.mouse.move(1200, 520);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(1200 - i * 50, 520);
    await page.mouse.up();
    await expect
      .poll(async () => ((await page.evaluate(`[...document.querySelectorAll('.react-flow__node-position')].map((n) => n.dataset.id)`)) as string[]).filter((id) => !first.has(id)).length)
      .toBeGreaterThan(5);
    await page.screenshot({ path: `${SCREENSHOTS}large-zoomed-in.png` });
  });
});
