/**
 * `npm run bench:web`: how the org chart copes with large organisations.
 *
 * For synthetic organisations of 500, 2,000 and 5,000 positions it prints
 *  - layout time: API data → flow elements → compact layout, in Node, for the view the chart opens
 *    with (collapsed below the departments above 500 positions) and with every unit open;
 *  - time to first rendered chart: the built client in headless Chromium, from navigation until
 *    the laid-out chart is on screen, served by a small local server that answers the chart's
 *    GraphQL queries from the synthetic data; and the time to open every unit from there. Above
 *    500 positions the client first fetches only the top departments' positions, and the rest as
 *    units open (Expand all fetches them all); the GraphQL requests of each step are counted.
 *  - the compact layout of generated organisations (`orgraph generate`'s structure) of 2,000 and
 *    5,000 positions with every unit open: the layout's time alone, and the bounding box it gives
 *    (width × height and its aspect ratio), top-down and left-to-right;
 *  - in the browser, for the generated organisations: the layout's time in the Web Worker, the
 *    bounding box, and the longest main-thread task (PerformanceObserver `longtask`) from the
 *    click on Expand all (confirmed) until the chart is laid out; then the longest task while
 *    zooming in from the overview to the cards, panning and zooming out; and the zoom the largest
 *    department is fitted at when focused, with the sub-units closed to keep its cards readable;
 *  - the exports of generated organisations of 2,000 and 5,000 positions expanded, served by the
 *    real server: PNG, SVG, PDF A4 and A3, each from the click until the file is downloaded, with
 *    the file and the longest main-thread task meanwhile.
 * Figures only: nothing is asserted. Needs Chromium at /usr/bin/chromium for the browser part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../server/app.js';
import { openDatabase } from '../server/db/data-source.js';
import { generateOrganization } from '../server/generate/index.js';
import { webRouter, WEB_DIST_DIR } from '../server/http/web.js';
import { importDocuments } from '../server/imports/import.service.js';
import { tempSqliteUrl } from '../test/factories.js';
import { generatedOrg } from '../test/web/layout-generated-org.js';
import { compactLayout, type ChartDirection } from '../web/src/features/chart/compact-layout.js';
import { layoutChart, layoutOnThisThread } from '../web/src/features/chart/layout.js';
import type { OrgData } from '../web/src/features/chart/org-data.js';

import { defaultCollapsed, toFlow } from '../web/src/features/chart/to-flow.js';

const SIZES = [500, 2_000, 5_000];
const GENERATED_SIZES = [2_000, 5_000];
const CHROMIUM = '/usr/bin/chromium';
const BROWSER_TIMEOUT_MS = 180_000;
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * An organisation of `size` positions: departments of three divisions of two teams, every unit
 * with a head reporting to the head above, staff reporting to their unit's head, and one or
 * two substitutes each from the same unit.
 */
export function syntheticOrg(size: number): OrgData {
  const units: OrgData['units'] = [];
  const positions: OrgData['positions'] = [];
  const heads = new Map<string, string>();
  const staffOf = new Map<string, string[]>();
  const departments = Math.max(2, Math.round(size / 250));
  const addUnit = (id: string, name: string, kind: 'DEPARTMENT' | 'DIVISION' | 'TEAM', parent: string | null) => {
    units.push({ id, name, kind, positionCount: 0, parent: parent ? { id: parent } : null });
    staffOf.set(id, []);
  };
  for (let d = 0; d < departments; d++) {
    addUnit(`D${d}`, `Osakond ${d + 1}`, 'DEPARTMENT', null);
    for (let v = 0; v < 3; v++) {
      addUnit(`D${d}V${v}`, `Talitus ${d + 1}.${v + 1}`, 'DIVISION', `D${d}`);
      for (let t = 0; t < 2; t++) addUnit(`D${d}V${v}T${t}`, `Tiim ${d + 1}.${v + 1}.${t + 1}`, 'TEAM', `D${d}V${v}`);
    }
  }
  const parentOf = new Map(units.map((u) => [u.id, u.parent?.id ?? null]));
  // Heads first (departments before their divisions and teams), then staff round-robin.
  for (const unit of units) {
    if (positions.length >= size) break;
    const id = `P${positions.length}`;
    const parent = parentOf.get(unit.id);
    heads.set(unit.id, id);
    positions.push(position(id, `Juhataja (${unit.name})`, unit.id, parent ? (heads.get(parent) ?? null) : null));
  }
  const teams = units.filter((u) => u.kind !== 'DEPARTMENT');
  for (let i = 0; positions.length < size; i++) {
    const unit = teams[i % teams.length];
    const id = `P${positions.length}`;
    staffOf.get(unit.id)!.push(id);
    positions.push(position(id, `Spetsialist ${i + 1}`, unit.id, heads.get(unit.id) ?? null));
  }
  // Substitutes: the previous colleague in the unit, and every third position also the head.
  for (const [unitId, staff] of staffOf) {
    staff.forEach((id, i) => {
      const p = positions[Number(id.slice(1))];
      if (i > 0) p.substitutes.push(line(staff[i - 1], i % 2 ? 'CONFIRMED' : 'UNCONFIRMED'));
      const head = heads.get(unitId);
      if (head && i % 3 === 0) p.substitutes.push(line(head, 'UNCONFIRMED'));
    });
  }
  for (const unit of units) unit.positionCount = positions.filter((p) => p.unit?.id === unit.id).length;
  return { units, positions };

  function position(id: string, title: string, unitId: string, managerId: string | null): OrgData['positions'][number] {
    return {
      __typename: 'Position',
      id,
      title,
      specialization: null,
      documented: Number(id.slice(1)) % 4 !== 0,
      correctedFields: [],
      unit: { __typename: 'Unit', id: unitId },
      manager: managerId ? { __typename: 'Position', id: managerId } : null,
      substitutes: [],
    } as OrgData['positions'][number];
  }
  function line(substituteId: string, status: 'CONFIRMED' | 'UNCONFIRMED') {
    return {
      __typename: 'SubstitutionEdge',
      kind: 'POSITION',
      label: substituteId,
      group: null,
      position: { __typename: 'Position', id: substituteId, documented: Number(substituteId.slice(1)) % 4 !== 0 },
      status,
      statedBy: status === 'CONFIRMED' ? ['SUBSTITUTED_DOCUMENT', 'SUBSTITUTE_DOCUMENT'] : ['SUBSTITUTED_DOCUMENT'],
    } as OrgData['positions'][number]['substitutes'][number];
  }
}

async function timeLayout(org: OrgData, collapsed: Set<string>) {
  const started = performance.now();
  const { nodes, edges } = toFlow(org, { collapsed, overlay: false });
  const { nodes: laidOut } = await layoutChart(nodes, edges, layoutOnThisThread());
  return { ms: performance.now() - started, nodes: laidOut.length };
}

/** The compact layout alone of every unit open, and the box it fills. */
function timeCompactLayout(org: OrgData, direction: ChartDirection) {
  const { nodes, edges } = toFlow(org, { collapsed: new Set(), overlay: false });
  const started = performance.now();
  const laidOut = compactLayout(nodes, edges, { direction });
  const ms = performance.now() - started;
  let [width, height] = [0, 0];
  for (const node of laidOut) {
    if (node.parentId) continue;
    width = Math.max(width, node.position.x + (node.width ?? 0));
    height = Math.max(height, node.position.y + (node.height ?? 0));
  }
  return { ms, width, height, nodes: laidOut.length };
}

/** The API's shape: every object names its type, as the client's fragments expect. */
function withTypenames(org: OrgData): OrgData {
  return {
    units: org.units.map((u) => ({ ...u, __typename: 'Unit' })),
    positions: org.positions.map((p) => ({
      ...p,
      __typename: 'Position',
      unit: p.unit && { ...p.unit, __typename: 'Unit' },
      manager: p.manager && { ...p.manager, __typename: 'Position' },
      substitutes: [],
    })),
  } as OrgData;
}

const ratio = (width: number, height: number) => (width >= height ? `${(width / height).toFixed(2)}:1` : `1:${(height / width).toFixed(2)}`);

/**
 * Serves the built client and answers the chart's queries from `current`, a page at a time as the
 * server does: the units and the position count, pages of positions (a small organisation, or
 * Expand all), the positions above every unit, and one unit's positions (a large organisation,
 * unit by unit).
 */
async function startFakeApi(getOrg: () => OrgData) {
  const app = express();
  let requests = 0;
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res) => {
      requests++;
      const { operationName, variables } = req.body as { operationName?: string; variables?: Record<string, unknown> };
      const org = getOrg();
      const inUnit = (unitId: string) => org.positions.filter((p) => p.unit?.id === unitId);
      // Pages of 100, as the client asks and the server answers: `after` is the last item's ID.
      const pageAfter = <T extends { id: string }>(items: T[]) => {
        const from = variables?.after ? items.findIndex((item) => item.id === variables.after) + 1 : 0;
        return items.slice(from, from + 100);
      };
      if (operationName === 'ChartUnits') {
        return void res.json({
          data: {
            units: pageAfter(org.units).map((u) => ({ __typename: 'Unit', ...u, parent: u.parent && { __typename: 'Unit', ...u.parent } })),
            positions: { __typename: 'PositionConnection', totalCount: org.positions.length },
          },
        });
      }
      if (operationName === 'TopPositions') {
        // Positions above every unit; the synthetic organisation has none.
        const atTop = org.positions.filter((p) => !p.unit);
        return void res.json({ data: { positions: { __typename: 'PositionConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: atTop } } });
      }
      if (operationName === 'UnitPositions') {
        const id = String(variables?.id);
        return void res.json({ data: { unit: { __typename: 'Unit', id, positions: pageAfter(inUnit(id)) } } });
      }
      if (operationName === 'ChartPositions') {
        const from = variables?.after ? Number(variables.after) : 0;
        const nodes = org.positions.slice(from, from + 100); // a page, as ChartPositions asks
        const end = from + nodes.length;
        return void res.json({
          data: {
            positions: {
              __typename: 'PositionConnection',
              totalCount: org.positions.length,
              pageInfo: { __typename: 'PageInfo', hasNextPage: end < org.positions.length, endCursor: String(end) },
              nodes,
            },
          },
        });
      }
      // The header asks who is signed in: a viewer.
      res.json({ data: { position: null, search: [], currentAccess: { __typename: 'AccessInfo', role: 'VIEWER', tokenName: null } } });
    },
  );
  app.use(webRouter(WEB_DIST_DIR));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** GraphQL requests answered since the last call. */
    takeRequests: () => {
      const count = requests;
      requests = 0;
      return count;
    },
    close: () => server.close(),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const orgs = new Map(SIZES.map((size) => [size, syntheticOrg(size)]));

  console.log('Layout (Node, compact layout on one thread): API data → flow elements → positioned nodes\n');
  console.log('positions  units  opening view: nodes  time      every unit open: nodes  time');
  for (const [size, org] of orgs) {
    const opening = await timeLayout(org, defaultCollapsed(org));
    const open = await timeLayout(org, new Set());
    console.log(
      `${String(size).padStart(9)}  ${String(org.units.length).padStart(5)}  ${String(opening.nodes).padStart(19)}  ${seconds(opening.ms).padEnd(8)}  ${String(open.nodes).padStart(22)}  ${seconds(open.ms)}`,
    );
  }

  console.log('\nCompact layout of generated organisations, every unit open (Node, one thread): layout alone\n');
  console.log('positions  direction  nodes   time      bounding box (px)    aspect');
  const generated = new Map(GENERATED_SIZES.map((size) => [size, generatedOrg(size)]));
  for (const [size, org] of generated) {
    for (const direction of ['TB', 'LR'] as const) {
      timeCompactLayout(org, direction); // warm-up
      const run = timeCompactLayout(org, direction);
      console.log(
        `${String(size).padStart(9)}  ${direction.padEnd(9)}  ${String(run.nodes).padStart(5)}  ${`${run.ms.toFixed(0)} ms`.padEnd(8)}  ${`${Math.round(run.width)} × ${Math.round(run.height)}`.padEnd(19)}  ${ratio(run.width, run.height)}`,
      );
    }
  }

  if (!existsSync(CHROMIUM)) {
    console.log(`\nNo Chromium at ${CHROMIUM}: skipping the browser figures (apt-get install chromium).`);
    return;
  }
  console.log('\nBuilding the web client (npm run build:web)…');
  const build = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);

  let current = orgs.get(SIZES[0])!;
  const api = await startFakeApi(() => current);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await benchExports(browser);
    console.log('\nHeadless Chromium (1440×900), built client, layout in a Web Worker\n');
    console.log('positions  first chart on screen  requests  nodes drawn  open every unit  requests  nodes drawn');
    for (const [size, org] of orgs) {
      current = org;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      api.takeRequests();
      await page.goto(api.url);
      await page.waitForSelector('.org-chart[data-layout="ready"] .react-flow__node', { timeout: BROWSER_TIMEOUT_MS });
      const firstChart = (await page.evaluate('performance.now()')) as number;
      const drawn = await page.locator('.react-flow__node').count();
      const firstRequests = api.takeRequests();
      let expandRequests = '-';

      let expanded = 'already open';
      let drawnExpanded = '-';
      const before = Number(await page.locator('.org-chart').getAttribute('data-nodes'));
      const everything = org.positions.length + org.units.length;
      if (before < everything) {
        const clicked = performance.now();
        await page.getByRole('button', { name: /Ava kõik|Expand all/ }).click();
        await confirmLargeOpening(page);
        try {
          await page.waitForFunction(
            // Every position, fetched (a large organisation fetches the rest now) and laid out.
            `(() => { const c = document.querySelector('.org-chart'); return c && c.dataset.layout === 'ready' && Number(c.dataset.nodes) >= ${everything}; })()`,
            undefined,
            { timeout: BROWSER_TIMEOUT_MS },
          );
          expanded = seconds(performance.now() - clicked);
          drawnExpanded = String(await page.locator('.react-flow__node').count());
          expandRequests = String(api.takeRequests());
        } catch {
          expanded = 'timed out';
        }
      }
      console.log(
        `${String(size).padStart(9)}  ${seconds(firstChart).padStart(21)}  ${String(firstRequests).padStart(8)}  ${String(drawn).padStart(11)}  ${expanded.padStart(15)}  ${expandRequests.padStart(8)}  ${drawnExpanded.padStart(11)}`,
      );
      await page.close();
    }
    console.log('\n"nodes drawn" counts the nodes in the DOM: above 150 nodes only those on screen are rendered.');

    console.log('\nGenerated organisations in the browser: Expand all (confirmed), layout in the Web Worker\n');
    console.log('positions  expand all  layout in worker  bounding box (px)    aspect   longest main-thread task  zoom in, pan, out  largest department fitted');
    for (const [size, org] of generated) {
      current = withTypenames(org);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(api.url);
      await page.waitForSelector('.org-chart[data-layout="ready"] .react-flow__node', { timeout: BROWSER_TIMEOUT_MS });
      await page.evaluate(`(() => {
        window.__longestTask = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration); }).observe({ type: 'longtask' });
      })()`);
      const clicked = performance.now();
      await page.getByRole('button', { name: /Ava kõik|Expand all/ }).click();
      await confirmLargeOpening(page);
      const everything = org.positions.length + org.units.length;
      await page.waitForFunction(
        `(() => { const c = document.querySelector('.org-chart'); return c && c.dataset.layout === 'ready' && Number(c.dataset.nodes) >= ${everything}; })()`,
        undefined,
        { timeout: BROWSER_TIMEOUT_MS },
      );
      const expandMs = performance.now() - clicked;
      await page.waitForTimeout(3000); // tasks that follow the layout (the refit, drawing)
      const figures = (await page.evaluate(`(() => { const c = document.querySelector('.org-chart'); return { extent: c.dataset.extent, layoutMs: Number(c.dataset.layoutMs), longest: window.__longestTask }; })()`)) as {
        extent: string;
        layoutMs: number;
        longest: number;
      };
      const [width, height] = figures.extent.split('x').map(Number);
      const browsing = await zoomPanAndOut(page);
      const department = await fitLargestDepartment(page);
      console.log(
        `${String(size).padStart(9)}  ${seconds(expandMs).padStart(10)}  ${`${figures.layoutMs.toFixed(0)} ms`.padStart(16)}  ${`${width} × ${height}`.padEnd(19)}  ${ratio(width, height).padEnd(7)}  ${`${figures.longest.toFixed(0)} ms`.padStart(24)}  ${`${browsing.toFixed(0)} ms`.padStart(17)}  ${department}`,
      );
      await page.close();
    }
    console.log('\n"layout in worker": from handing the nodes to the worker until their positions are back, for the last layout.');
    console.log('"zoom in, pan, out": the longest main-thread task while zooming in from the overview until the cards show, panning two screens and zooming out again.');
    console.log('"largest department fitted": its positions, the zoom it is fitted at when focused, and the sub-units closed to keep its cards readable.');
  } finally {
    await browser.close();
    api.close();
  }
}

/** The longest main-thread task while zooming in from the overview to the cards, panning and zooming out again. */
async function zoomPanAndOut(page: Page): Promise<number> {
  await page.evaluate('window.__longestTask = 0');
  await page.mouse.move(720, 500);
  for (let i = 0; i < 20 && (await page.locator('.org-chart[data-overview]').count()); i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1000);
  await page.mouse.move(1200, 600);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(1200 - i * 40, 600 - i * 8);
  await page.mouse.up();
  await page.waitForTimeout(1000);
  for (let i = 0; i < 20 && !(await page.locator('.org-chart[data-overview]').count()); i++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1000);
  return (await page.evaluate('window.__longestTask')) as number;
}

/** Focuses the department with the most positions: its size, the zoom it is fitted at, and what was closed to keep it readable. */
async function fitLargestDepartment(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Mahuta vaatesse|Fit view/ }).click();
  const departments = page.locator('.react-flow__node-unit').filter({ has: page.locator('.unit-depth-0') });
  let largest = { count: 0, name: '' };
  for (const department of await departments.all()) {
    const count = Number(/([\d\s]+) (ametikohta|positions)/.exec((await department.textContent()) ?? '')?.[1].replace(/\s/g, '') ?? 0);
    if (count > largest.count) largest = { count, name: (await department.getAttribute('aria-label')) ?? '' };
  }
  // The button is a few pixels wide at the overview's zoom: pressed as a keyboard or a zoomed-in click would.
  await page.locator(`.react-flow__node-unit[aria-label="${largest.name}"] .unit-focus`).dispatchEvent('click');
  await page.waitForTimeout(2500);
  const zoom = Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
  const notice = (await page.locator('.toolbar-notice').textContent().catch(() => null)) ?? '';
  const closed = /(\d+) (alamüksust|sub-units)/.exec(notice)?.[1] ?? '0';
  return `${largest.count} positions at ${zoom.toFixed(2)}, ${closed} sub-units closed`;
}

/**
 * The exports of the expanded chart on `page`: for each format the time from the click until the
 * download, the file (pixels of the PNG, pages of the PDF, size), and the longest main-thread task.
 */
async function timeExports(page: import('playwright-core').Page, size: number): Promise<string> {
  const cells: string[] = [];
  for (const name of ['PNG', 'SVG', 'PDF A4', 'PDF A3']) {
    await page.evaluate('window.__longestTask = 0');
    const clicked = performance.now();
    const button = page.getByRole('group', { name: /Ekspordi|Export/ }).getByRole('button', { name, exact: true });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: BROWSER_TIMEOUT_MS }), button.click()]);
    const bytes = readFileSync((await download.path())!);
    const ms = performance.now() - clicked;
    const longest = (await page.evaluate('window.__longestTask')) as number;
    const file =
      name === 'PNG' ? `${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)} px` : name === 'SVG' ? 'vector' : `${(bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages`;
    cells.push(`${seconds(ms)}, ${file}, ${(bytes.length / 1e6).toFixed(1)} MB, task ${longest.toFixed(0)} ms`);
  }
  return `${String(size).padStart(9)}  ${cells.map((cell) => cell.padEnd(44)).join('  ')}`;
}

/**
 * The exports of generated organisations expanded, on the real server (its own database each), as
 * the export asks the real API for the organisation's name and the date of its data.
 */
async function benchExports(browser: import('playwright-core').Browser) {
  console.log('\nExports of generated organisations, every unit open: time to the download, the file, the longest main-thread task meanwhile\n');
  console.log(`positions  ${['PNG', 'SVG', 'PDF A4', 'PDF A3'].map((name) => name.padEnd(44)).join('  ')}`);
  for (const size of GENERATED_SIZES) {
    const databaseUrl = tempSqliteUrl();
    const generated = generateOrganization({ positions: size, seed: 1 });
    const { dataSource } = await openDatabase(databaseUrl);
    try {
      await importDocuments(dataSource, generated.files, { organization: generated.stats.organization });
    } finally {
      await dataSource.destroy();
    }
    const server = await startServer({ databaseUrl, port: 0, samples: false });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'et-EE' });
    try {
      await page.goto(server.url);
      await page.waitForSelector('.org-chart[data-layout="ready"] .react-flow__node', { timeout: BROWSER_TIMEOUT_MS });
      await page.evaluate(`(() => {
        window.__longestTask = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration); }).observe({ type: 'longtask' });
      })()`);
      await page.getByRole('button', { name: /Ava kõik|Expand all/ }).click();
      await confirmLargeOpening(page);
      const everything = generated.stats.positions.total + generated.stats.units.total;
      // Polled from here: the real server's Content-Security-Policy refuses waitForFunction's eval.
      const laidOut = `(() => { const c = document.querySelector('.org-chart'); return !!c && c.dataset.layout === 'ready' && Number(c.dataset.nodes) >= ${everything}; })()`;
      for (const started = Date.now(); !(await page.evaluate(laidOut)); await page.waitForTimeout(250)) {
        if (Date.now() - started > BROWSER_TIMEOUT_MS) throw new Error(`${size} positions were not laid out`);
      }
      await page.waitForTimeout(3000); // tasks that follow the layout (the refit, drawing), not the export's
      console.log(await timeExports(page, size));
    } finally {
      await page.close();
      await server.close();
    }
  }
}

/** Opening more than about 1,000 positions asks first: confirm it. */
async function confirmLargeOpening(page: import('playwright-core').Page) {
  const dialog = page.getByRole('alertdialog');
  try {
    await dialog.waitFor({ timeout: 2_000 });
  } catch {
    return; // a small opening asks nothing
  }
  await dialog.getByRole('button').first().click();
}

await main();
