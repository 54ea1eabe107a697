/**
 * `npx tsx bench/web-longtasks.ts`: where expand-all's long main-thread tasks come from.
 *
 * Serves a build of the client (DIST, default /tmp/orgraph-dist: `npx vite build web --outDir
 * /tmp/orgraph-dist --minify false`, so that function names survive) with the chart's queries
 * answered from a generated organisation (SIZE positions, default 5,000), clicks Expand all and
 * prints every long task (PerformanceObserver `longtask`: start and duration in ms) beside the
 * chart's states (laid out or pending, nodes, DOM nodes, overview); then zooms in until the
 * cards come back, pans across two screens of them and zooms out again. With TRACE=1 it also records
 * a Chromium trace and a CPU profile and prints, for each task over 100 ms, what the browser did
 * (script, style, layout, paint, GC) and the heaviest functions in it. Figures only.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium } from 'playwright-core';
import { webRouter } from '../server/http/web.js';
import { generatedOrg } from '../test/web/layout-generated-org.js';
import type { OrgData } from '../web/src/features/chart/org-data.js';

const DIST = process.env.DIST ?? '/tmp/orgraph-dist';
const size = Number(process.env.SIZE ?? 5000);
const raw = generatedOrg(size);
const org = {
  units: raw.units.map((u) => ({ ...u, __typename: 'Unit' })),
  positions: raw.positions.map((p) => ({ ...p, __typename: 'Position', unit: p.unit && { ...p.unit, __typename: 'Unit' }, manager: p.manager && { ...p.manager, __typename: 'Position' }, substitutes: [] })),
} as OrgData;
const app = express();
app.use('/graphql', express.json({ limit: '1mb' }), (req, res) => {
  const { operationName, variables } = req.body as { operationName?: string; variables?: Record<string, unknown> };
  const pageAfter = <T extends { id: string }>(items: T[]) => {
    const from = variables?.after ? items.findIndex((item) => item.id === variables.after) + 1 : 0;
    return items.slice(from, from + 100);
  };
  if (operationName === 'ChartUnits') return void res.json({ data: { units: pageAfter(org.units).map((u) => ({ __typename: 'Unit', ...u, parent: u.parent && { __typename: 'Unit', ...u.parent } })), positions: { __typename: 'PositionConnection', totalCount: org.positions.length } } });
  if (operationName === 'TopPositions') return void res.json({ data: { positions: { __typename: 'PositionConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: org.positions.filter((p) => !p.unit) } } });
  if (operationName === 'UnitPositions') { const id = String(variables?.id); return void res.json({ data: { unit: { __typename: 'Unit', id, positions: pageAfter(org.positions.filter((p) => p.unit?.id === id)) } } }); }
  if (operationName === 'ChartPositions') {
    const from = variables?.after ? Number(variables.after) : 0;
    const nodes = org.positions.slice(from, from + 100);
    const end = from + nodes.length;
    return void res.json({ data: { positions: { __typename: 'PositionConnection', totalCount: org.positions.length, pageInfo: { __typename: 'PageInfo', hasNextPage: end < org.positions.length, endCursor: String(end) }, nodes } } });
  }
  res.json({ data: { position: null, search: [], currentAccess: { __typename: 'AccessInfo', role: 'VIEWER', tokenName: null } } });
});
app.use(webRouter(DIST));
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url);
await page.waitForSelector('.org-chart[data-layout="ready"] .react-flow__node', { timeout: 180000 });
await page.evaluate(`(() => { window.__tasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(Math.round(e.startTime) + ':' + Math.round(e.duration)); }).observe({ type: 'longtask' }); const c = document.querySelector('.org-chart'); new MutationObserver(() => window.__tasks.push(Math.round(performance.now()) + ' ' + c.dataset.layout + ' n=' + c.dataset.nodes + ' dom=' + document.querySelectorAll('.react-flow__node').length + (c.dataset.overview ? ' ov' : ''))).observe(c, { attributes: true }); })()`);
const cdp = await page.context().newCDPSession(page);
const chunks: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => chunks.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
const TRACE = !!process.env.TRACE;
if (TRACE) await cdp.send('Profiler.enable');
if (TRACE) await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
if (TRACE) await cdp.send('Profiler.start');
if (TRACE) await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
await page.getByRole('button', { name: /Ava kõik|Expand all/ }).click();
const dialog = page.getByRole('alertdialog');
try { await dialog.waitFor({ timeout: 2000 }); await dialog.getByRole('button').first().click(); } catch {}
const everything = org.positions.length + org.units.length;
await page.waitForFunction(`(() => { const c = document.querySelector('.org-chart'); return c && c.dataset.layout === 'ready' && Number(c.dataset.nodes) >= ${everything}; })()`, undefined, { timeout: 180000 });
await page.waitForTimeout(3000);
// Then zoom in from the overview until the cards come back, and out again.
await page.evaluate(`window.__tasks.push('zoom in')`);
await page.mouse.move(720, 500);
for (let i = 0; i < 12 && (await page.locator('.org-chart[data-overview]').count()); i++) {
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(400);
}
await page.waitForTimeout(2000);
// Pan across two screens among the cards.
await page.evaluate(`window.__tasks.push('pan')`);
await page.mouse.move(1200, 600);
await page.mouse.down();
for (let i = 1; i <= 60; i++) await page.mouse.move(1200 - i * 40, 600 - i * 8);
await page.mouse.up();
await page.waitForTimeout(1500);
await page.evaluate(`window.__tasks.push('zoom out')`);
for (let i = 0; i < 12 && !(await page.locator('.org-chart[data-overview]').count()); i++) {
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(400);
}
await page.waitForTimeout(2000);
const { profile } = TRACE ? ((await cdp.send('Profiler.stop')) as { profile: any }) : { profile: null };
if (TRACE) await cdp.send('Tracing.end');
if (TRACE) await done;
console.log('long tasks:\n' + (await page.evaluate('window.__tasks') as string[]).join('\n'));
if (!TRACE) { await browser.close(); server.close(); process.exit(0); }
const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const ev = chunks.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const t0 = ev[0]?.ts ?? 0;
const tasks = ev.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 100000);
for (const task of tasks) {
  const end = task.ts + task.dur;
  const inside = ev.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  // top-level children only
  const top: any[] = [];
  let until = -1;
  for (const e of inside) { if (e.ts >= until) { top.push(e); until = e.ts + (e.dur ?? 0); } }
  const describe = (e: any) => { const d = e.args?.data ?? {}; return e.name + (d.functionName ? ` ${d.functionName}` : '') + (d.url ? ` ${String(d.url).split('/').pop()}:${d.lineNumber}` : '') + (d.type ? ` ${d.type}` : ''); };
  console.log(`\n== task ${(task.dur / 1000).toFixed(0)} ms at +${((task.ts - t0) / 1000).toFixed(0)}`);
  for (const e of top) if ((e.dur ?? 0) > 3000) console.log(`   ${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms ${describe(e)}`);
  const byName = new Map<string, number>();
  for (const e of inside) if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'HitTest'].includes(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  {
    const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: any) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    const incl = new Map<string, number>();
    let t = profile.startTime;
    profile.samples.forEach((id: number, i: number) => {
      const d = profile.timeDeltas[i]; t += d;
      if (t < task.ts || t > end) return;
      const seen = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) { const n = nodes.get(x); if (n.callFrame.functionName.length <= 3 || /^(anon|root|\(root)/.test(n.callFrame.functionName)) continue; const l = label(n); if (!seen.has(l)) { seen.add(l); incl.set(l, (incl.get(l) ?? 0) + d); } }
    });
    console.log('   js: ' + [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([l, v]) => `${(v / 1000).toFixed(0)} ${l}`).join(', '));
  }
  console.log('   of which: ' + [...byName].map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', '));
}
await browser.close(); server.close();
