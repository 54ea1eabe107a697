/**
 * Exports in real Chromium: on the samples and on a generated organisation of 2,000 positions
 * opened whole, the PNG, SVG and PDF files are produced, open (the SVG in an XML parser, the PDF
 * in pdf.js), and have the sizes the chart's bounds and the paper give them.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { openDatabase } from '../../server/db/data-source.js';
import { generateOrganization } from '../../server/generate/index.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { CANVAS_MAX_SIDE, PAPER, pngScale } from '../../web/src/features/export/sizes.js';
import { tempDatabaseUrl } from '../factories.js';
import { downloaded, drawPdfPage, openPdf, parseSvg, pngDimensions, type SvgElement } from './export-files.js';
import { CHROMIUM, hasChromium, SCREENSHOTS } from './session.js';

const chart = (p: Page) => p.locator('.org-chart');
const ready = (p: Page) => chart(p).and(p.locator('[data-layout="ready"]'));
const exportGroup = (p: Page) => p.getByRole('group', { name: 'Ekspordi' });
/** An export button; beside a side list the toolbar folds its options into a menu, opened first. */
function exportButton(p: Page, name: string) {
  const button = exportGroup(p).getByRole('button', { name, exact: true });
  return {
    async click() {
      const menu = p.locator('.toolbar-menu-button[aria-expanded="false"]');
      if (!(await button.isVisible()) && (await menu.count())) await menu.click();
      await button.click();
    },
    isEnabled: () => button.isEnabled(),
  };
}
const extent = async (p: Page) => {
  const [width, height] = (await chart(p).getAttribute('data-extent'))!.split('x').map(Number);
  return { width, height, nodes: Number(await chart(p).getAttribute('data-nodes')) };
};
const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });

/** Cards (radius 8) and unit boxes (radius 12), each with its outline: one per node. */
const cardsAndUnits = (rects: SvgElement[]) => ({
  cards: rects.filter((r) => r.rx === '8' && r.stroke).length,
  units: rects.filter((r) => r.rx === '12' && r.stroke).length,
});

/** The SVG's checks, shared by both organisations; answers its size. */
async function checkSvg(page: Page, organization: string, keep: string) {
  const file = await downloaded(page, () => exportButton(page, 'SVG').click());
  expect(file.name).toMatch(/\.svg$/);
  const { valid, svg } = parseSvg(file.bytes);
  expect(valid).toBe(true);
  expect(file.bytes.toString('utf8')).not.toMatch(/foreignObject/);
  const [width, height] = [Number.parseFloat(svg.width), Number.parseFloat(svg.height)];
  expect(svg.width).toMatch(/^\d+px$/);
  expect(svg.viewBox).toBe(`0 0 ${width} ${height}`);
  // The chart's bounds plus margins of 32 px; above it the heading and legend.
  const bounds = await extent(page);
  // data-extent measures from the chart's origin, the export from its leftmost node (the layout leaves a border).
  expect(width - 64).toBeLessThanOrEqual(Math.max(bounds.width, 640) + 1);
  expect(width - 64).toBeGreaterThanOrEqual(Math.max(bounds.width - 48, 640));
  expect(height).toBeGreaterThan(bounds.height + 64 + 52);
  expect(height).toBeLessThan(bounds.height + 400);
  expect(svg.rect[0]).toMatchObject({ x: '0', y: '0', width: String(width), height: String(height), fill: '#ffffff' });
  const { cards, units } = cardsAndUnits(svg.rect);
  expect(cards + units).toBe(bounds.nodes);
  const texts = svg.text.map((t) => t['#text']);
  expect(texts[0]).toBe(organization);
  expect(texts[1]).toMatch(/^Andmed seisuga \d{1,2}\. \S+ \d{4} · Vaade: Struktuur$/);
  expect(texts).toContain('alluvus (juht → alluv)');
  writeFileSync(`${SCREENSHOTS}${keep}`, file.bytes);
  return { width, height, bytes: file.bytes.length, ms: file.ms };
}

async function checkPng(page: Page, svgSize: { width: number; height: number }, screenshot: string) {
  const file = await downloaded(page, () => exportButton(page, 'PNG').click());
  expect(file.name).toMatch(/\.png$/);
  const size = pngDimensions(file.bytes);
  const scale = pngScale(svgSize.width, svgSize.height);
  expect(size).toEqual({ width: Math.floor(svgSize.width * scale), height: Math.floor(svgSize.height * scale) });
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
  writeFileSync(`${SCREENSHOTS}${screenshot}`, file.bytes);
  return { ...size, ms: file.ms };
}

async function checkPdf(page: Page, paper: 'A4' | 'A3', organization: string, whileWorking?: () => Promise<void>) {
  const file = await downloaded(page, async () => {
    await exportButton(page, `PDF ${paper}`).click();
    await whileWorking?.();
  }, 120_000);
  expect(file.name).toMatch(new RegExp(`-${paper}\\.pdf$`));
  const pdf = await openPdf(file.bytes);
  for (const [i, p] of pdf.pages.entries()) {
    expect(p.size[0]).toBeCloseTo(PAPER[paper].width, 0);
    expect(p.size[1]).toBeCloseTo(PAPER[paper].height, 0);
    expect(p.text).toContain(organization);
    expect(p.text).toContain(`Lehekülg ${i + 1} / ${pdf.numPages}`);
    expect(p.text).toContain('alluvus (juht -> alluv)');
  }
  return { pages: pdf.numPages, bytes: file.bytes, ms: file.ms, texts: pdf.pages.map((p) => p.text) };
}

describe.skipIf(!hasChromium)('exports of the sample chart', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer({ databaseUrl: await tempDatabaseUrl(), port: 0 });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'et-EE' });
    await page.goto(server.url);
    await page.locator('.react-flow__node-position').nth(19).waitFor({ timeout: 30_000 });
    await ready(page).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let svgSize: { width: number; height: number };
  it('exports a vector SVG the size of the chart with the organisation, the date of the data and the legend', async () => {
    svgSize = await checkSvg(page, 'Sotsiaalkindlustusamet', 'export-samples.svg');
  });

  it('exports a PNG of the whole chart at twice its size', async () => {
    const png = await checkPng(page, svgSize, 'export-samples.png');
    expect(png.width).toBe(svgSize.width * 2);
  });

  it('prints the chart readable on one A3 page in landscape, or on two of A4', async () => {
    const a3 = await checkPdf(page, 'A3', 'Sotsiaalkindlustusamet');
    expect(a3.pages).toBe(1);
    expect(a3.texts[0]).toContain('Talitusejuhataja');
    const inked = await drawPdfPage(await browser.newPage(), a3.bytes, 1, `${SCREENSHOTS}export-samples-pdf.png`);
    expect(inked).toBeGreaterThan(10_000);
    // At the smallest readable scale the samples are taller than an A4 page: two pages, one above the other.
    const a4 = await checkPdf(page, 'A4', 'Sotsiaalkindlustusamet');
    expect(a4.pages).toBe(2);
    expect(a4.texts[1]).toContain('rida 2, veerg 1');
  });

  it('carries the legend of coverage mode when exported in coverage mode', async () => {
    await page.getByRole('button', { name: 'Asendatavus', exact: true }).click();
    await expect.poll(() => chart(page).getAttribute('data-mode')).toBe('coverage');
    await expect.poll(() => page.locator('.position-node[class*="gap-tone-"]').count(), { timeout: 30_000 }).toBe(20);
    const { svg } = parseSvg((await downloaded(page, () => exportButton(page, 'SVG').click())).bytes);
    const texts = svg.text.map((t) => t['#text']);
    expect(texts[1]).toMatch(/Vaade: Asendatavus$/);
    expect(texts).toContain('Halvim lünk:');
  });

  it('says why when an export fails, and can be tried again', async () => {
    // The server cannot be reached for the organisation's name and date.
    const refuse = (route: import('playwright-core').Route) =>
      route.request().postDataJSON()?.operationName === 'ExportInfo' ? route.abort('connectionrefused') : route.fallback();
    await page.route('**/graphql', refuse);
    await exportButton(page, 'PNG').click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Eksport ebaõnnestus' }).count()).toBe(1);
    expect(await exportButton(page, 'PNG').isEnabled()).toBe(true);
    await page.unroute('**/graphql', refuse);
    const file = await downloaded(page, () => exportButton(page, 'PNG').click());
    expect(pngDimensions(file.bytes).width).toBeGreaterThan(0);
    expect(await page.getByRole('alert').filter({ hasText: 'Eksport ebaõnnestus' }).count()).toBe(0);
  });
});

describe.skipIf(!hasChromium)('exports of a generated organisation of 2,000 positions opened whole', () => {
  const POSITIONS = 2_000;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let organization: string;
  let everything: number;
  beforeAll(async () => {
    const databaseUrl = await tempDatabaseUrl();
    const generated = generateOrganization({ positions: POSITIONS, seed: 1 });
    organization = generated.stats.organization;
    // Every position and every unit is a node of the chart when all is open.
    everything = generated.stats.positions.total + generated.stats.units.total;
    const { dataSource } = await openDatabase(databaseUrl);
    try {
      expect((await importDocuments(dataSource, generated.files, { organization })).ok).toBe(true);
    } finally {
      await dataSource.destroy();
    }
    server = await startServer({ databaseUrl, port: 0, samples: false });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'et-EE' });
    await page.goto(server.url);
    await ready(page).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Ava kõik' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: /^Ava/ }).click();
    // Every position laid out (expect.poll cannot wait outside a test).
    for (let tries = 0; !((await ready(page).count()) === 1 && (await extent(page)).nodes >= everything); tries++) {
      if (tries > 480) throw new Error('the whole organisation was not laid out');
      await page.waitForTimeout(250);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let svgSize: { width: number; height: number };
  it('exports every position and unit to a vector SVG the size of the chart', async () => {
    svgSize = await checkSvg(page, organization, 'export-large.svg');
  });

  it('exports a PNG of the whole chart within the browser’s canvas limits', async () => {
    const png = await checkPng(page, svgSize, 'export-large.png');
    expect(png.width * png.height).toBeGreaterThan(1_000_000);
  });

  it('prints over several A4 or fewer A3 pages, each numbered, at a scale where every card reads', async () => {
    // While the pages are made the control says so and takes no second export.
    const working = page.getByRole('status').filter({ hasText: 'Ekspordin PDF A4…' });
    const a4 = await checkPdf(page, 'A4', organization, async () => {
      await working.waitFor();
      expect(await exportGroup(page).getByRole('button', { name: 'SVG', exact: true }).isDisabled()).toBe(true);
    });
    await expect.poll(() => working.count()).toBe(0);
    const a3 = await checkPdf(page, 'A3', organization);
    expect(a4.pages).toBeGreaterThan(1);
    expect(a3.pages).toBeLessThan(a4.pages);
    expect(a4.texts.some((text) => /rida 1, veerg 2/.test(text))).toBe(true);
    // Every position's title is printed on some page (the generated titles repeat; the head is one).
    expect(a4.texts.filter((text) => text.includes('Peadirektor ')).length + a4.texts.filter((text) => / Peadirektor$/.test(text)).length).toBeGreaterThan(0);
    const inked = await drawPdfPage(await browser.newPage(), a3.bytes, 1, `${SCREENSHOTS}export-large-pdf.png`);
    expect(inked).toBeGreaterThan(10_000);
  });
});
