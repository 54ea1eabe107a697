/**
 * What the export tests read from downloaded files: PNG dimensions from its header, the SVG as XML,
 * the PDF through pdf.js; and a PDF page drawn by pdf.js in Chromium, to look at.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Download, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export async function downloaded(page: Page, click: () => Promise<void>, timeout = 60_000): Promise<{ name: string; bytes: Buffer; ms: number }> {
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }) as Promise<Download>, click()]);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), bytes, ms: Date.now() - started };
}

/** Width and height from the IHDR chunk, which follows the 8-byte signature. */
export function pngDimensions(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export type SvgElement = Record<string, string> & { '#text'?: string };

export function parseSvg(bytes: Buffer): { valid: true | unknown; svg: Record<string, SvgElement[]> & Record<string, string> } {
  const text = bytes.toString('utf8');
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', isArray: (_n: string, _p: unknown, _l: boolean, attribute: boolean) => !attribute });
  return { valid: XMLValidator.validate(text), svg: parser.parse(text).svg[0] };
}

export async function openPdf(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: fonts, verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  const pages: { size: [number, number]; text: string }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const p = await pdf.getPage(i);
    const content = await p.getTextContent();
    pages.push({ size: [p.view[2] - p.view[0], p.view[3] - p.view[1]], text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') });
  }
  await pdf.destroy();
  return { numPages: pages.length, pages };
}

/**
 * Draws page `number` of the PDF with pdf.js in Chromium on a page of its own (served from a made-up
 * origin through request routing), for a screenshot; answers how many of its pixels are not white.
 */
export async function drawPdfPage(page: Page, bytes: Buffer, number: number, screenshot: string): Promise<number> {
  const root = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  const origin = 'http://pdf.test';
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><body style="margin:0"><canvas id="c"></canvas></body>' });
    if (path === '/chart.pdf') return route.fulfill({ contentType: 'application/pdf', body: bytes });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${root}legacy/build${path}`) });
  });
  await page.goto(`${origin}/`);
  // As a string: the test runner rewrites import() in functions it compiles, and this one runs in the page.
  const inked = (await page.evaluate(`(async () => {
    const pdfjs = await import('${origin}/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '${origin}/pdf.worker.mjs';
    const pdf = await pdfjs.getDocument('${origin}/chart.pdf').promise;
    const pdfPage = await pdf.getPage(${number});
    const viewport = pdfPage.getViewport({ scale: 2 });
    const canvas = document.getElementById('c');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    const ctx = canvas.getContext('2d');
    await pdfPage.render({ canvasContext: ctx, canvas, viewport }).promise;
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240) inked++;
    return inked;
  })()`)) as number;
  await page.locator('#c').screenshot({ path: screenshot });
  return inked;
}
