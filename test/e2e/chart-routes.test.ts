/**
 * The head's reporting lines in real Chromium, on a generated organisation of 2,000 positions as
 * the chart opens: where the deputies and departments wrap onto more rows, the lines to the lower
 * rows go down the gaps between the cards above, in both orientations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { hasChromium, openSession, SCREENSHOTS } from './session.js';

/** Reporting lines drawn through a card other than their ends: each line sampled every 3 pixels on screen. */
function linesThroughCards(): { lines: number; routed: number; crossings: string[] } {
  // Runs in the page (page.evaluate): the browser's globals, which the Node settings do not type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const { document, DOMPoint } = globalThis as any;
  type DOMRect = { left: number; right: number; top: number; bottom: number };
  const cards = [...document.querySelectorAll('.react-flow__node-position, .react-flow__node-unit:has(.collapsed)')].map((node) => ({
    id: node.dataset.id!,
    rect: node.getBoundingClientRect(),
  }));
  const inside = (x: number, y: number, r: DOMRect, inset: number) => x > r.left + inset && x < r.right - inset && y > r.top + inset && y < r.bottom - inset;
  const crossings: string[] = [];
  const paths = [...document.querySelectorAll('.react-flow__edge-reporting path.react-flow__edge-path')];
  for (const path of paths) {
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    const at = (d: number) => new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(matrix);
    const [start, end] = [at(0), at(length)];
    // Its own ends: the cards its first and last points touch.
    const ends = new Set(cards.filter((c) => inside(start.x, start.y, c.rect, -4) || inside(end.x, end.y, c.rect, -4)).map((c) => c.id));
    for (let d = 0; d <= length; d += 3) {
      const p = at(d);
      const card = cards.find((c) => !ends.has(c.id) && inside(p.x, p.y, c.rect, 2));
      if (card) {
        crossings.push(`${path.id} through ${card.id}`);
        break;
      }
    }
  }
  const routed = paths.filter((p) => (p.getAttribute('d')?.match(/Q/g)?.length ?? 0) > 2).length;
  return { lines: paths.length, routed, crossings };
}

describe.skipIf(!hasChromium)('reporting lines of a generated organisation of 2,000 positions in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openSession({ generated: { positions: 2_000, seed: 1 } }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const direction of ['TB', 'LR'] as const) {
    it(`draws the head's lines to the lower rows past the cards of the rows above (${direction})`, async () => {
      await page.goto(`${server.url}/${direction === 'LR' ? '?dir=lr' : ''}`);
      await expect.poll(() => page.locator('.org-chart[data-layout="ready"]').count(), { timeout: 60_000 }).toBe(1);
      await expect.poll(() => page.locator('.react-flow__node-position[aria-label="Peadirektor"]').count()).toBe(1);
      await expect.poll(() => page.locator('.org-chart').getAttribute('data-direction')).toBe(direction);
      // Every line drawn: the chart fitted whole, no card left out of view.
      await page.getByRole('button', { name: 'Mahuta vaatesse' }).click();
      await expect.poll(async () => (await page.evaluate(linesThroughCards)).lines, { timeout: 30_000 }).toBeGreaterThan(20);
      const { routed, crossings } = await page.evaluate(linesThroughCards);
      expect(routed).toBeGreaterThan(0);
      expect(crossings).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}routes-open-${direction.toLowerCase()}.png` });
    });
  }
});
