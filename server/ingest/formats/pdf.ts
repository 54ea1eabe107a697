/**
 * PDF → text from the text layer (pdf.js, legacy build for Node, run on the main thread).
 *
 * Reading order: text items are grouped into lines by baseline, each line ordered left to right by
 * position (not by the order the PDF draws them). Items far apart on one line (table columns) are
 * joined with a tab, so a header row drawn as two cells reads "1.1 Ametinimetus\t1.2 Struktuuriüksus"
 * and the columns never run into each other; the text parser folds the tab into a space.
 * Where the PDF draws a table's borders, each bordered row is read cell by cell: a row whose cells
 * hold one line each stays one line (cells tab-separated), and a row with a cell of several lines (a
 * duty beside its wrapped results) is written cell after cell, as the DOCX reader does. Without
 * borders, wrapped cells side by side are read line by line across the columns.
 * A vertical gap clearly larger than the page's usual line spacing becomes a blank line, as in the seeds.
 * Not read: form-field values and annotations.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentError } from '../errors.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

/** pdf.js is large: load it on the first PDF only, with its worker code on the main thread. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => join(root, folder) + '/';

interface Item {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  width: number;
}

export async function pdfText(fileName: string, bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given.
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    standardFontDataUrl: asset('standard_fonts'),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    wasmUrl: asset('wasm'),
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      if ((error as Error)?.name === 'PasswordException') {
        throw new DocumentError(fileName, null, 'password-protected PDF: remove the password and import again');
      }
      throw new DocumentError(fileName, null, 'not a readable PDF');
    }
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      let text: string;
      try {
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const item of content.items) {
          if (!('str' in item) || !item.str.trim()) continue;
          const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
          const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
          items.push({ str: item.str, x: e, y: f, size, width: item.width });
        }
        // Cell borders matter only where a line has columns; reading them costs a pass over the page.
        const rules = hasColumns(items) ? rulesOf(await page.getOperatorList(), viewport.transform, pdfjs) : NO_RULES;
        text = layoutPage(items, rules);
        page.cleanup();
      } catch {
        throw new DocumentError(fileName, null, `not a readable PDF (page ${number} could not be read)`);
      }
      pages.push(text);
    }
    // A page break reads as a paragraph break, as in the seeds.
    const text = pages.filter((page) => page.trim()).join('\n\n');
    if (!text.trim()) {
      throw new DocumentError(fileName, null, 'no text layer (a scanned PDF?): run OCR first or import the text');
    }
    return text + '\n';
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** Table borders on a page: horizontal and vertical lines, in the same top-down coordinates as the text. */
export interface Rules {
  horizontal: { y: number; x0: number; x1: number }[];
  vertical: { x: number; y0: number; y1: number }[];
}

const NO_RULES: Rules = { horizontal: [], vertical: [] };

type Matrix = number[];

/** pdf.js path drawing codes (DrawOPS) inside a constructPath operation. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/**
 * Straight painted lines (stroked or filled paths, rectangle edges included) from the page's operator
 * list. Clipping paths are not painted and do not count. Anything unexpected yields no rules, and the
 * page is then read line by line.
 */
function rulesOf(list: { fnArray: number[]; argsArray: unknown[] }, viewport: Matrix, pdfjs: PdfJs): Rules {
  const { OPS, Util } = pdfjs;
  const painted = new Set<number>([
    OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
  ]);
  const rules: Rules = { horizontal: [], vertical: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  try {
    list.fnArray.forEach((fn, i) => {
      const args = list.argsArray[i] as unknown[] | null;
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.transform && args) ctm = Util.transform(ctm, args as Matrix) as Matrix;
      else if (fn === OPS.paintFormXObjectBegin) {
        stack.push(ctm);
        const matrix = args?.[0] as Matrix | null | undefined;
        if (matrix && matrix.length === 6) ctm = Util.transform(ctm, Array.from(matrix)) as Matrix;
      } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.constructPath && args && painted.has(args[0] as number)) {
        const data = (args[1] as ArrayLike<number>[] | null)?.[0];
        if (data) addSegments(rules, data, Util.transform(viewport, ctm) as Matrix, Util);
      }
    });
  } catch {
    return NO_RULES;
  }
  return rules;
}

function addSegments(rules: Rules, data: ArrayLike<number>, matrix: Matrix, Util: PdfJs['Util']): void {
  const point = (x: number, y: number) => {
    const p = [x, y];
    Util.applyTransform(p, matrix);
    return p;
  };
  let current: number[] | null = null;
  let start: number[] | null = null;
  const segment = (to: number[]) => {
    if (!current) return;
    const [x0, y0] = current;
    const [x1, y1] = to;
    if (Math.abs(y1 - y0) < 1 && Math.abs(x1 - x0) > 8) {
      rules.horizontal.push({ y: (y0 + y1) / 2, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
    } else if (Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) > 8) {
      rules.vertical.push({ x: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
    }
  };
  for (let i = 0; i < data.length; ) {
    switch (data[i]) {
      case MOVE_TO:
        current = start = point(data[i + 1], data[i + 2]);
        i += 3;
        break;
      case LINE_TO: {
        const to = point(data[i + 1], data[i + 2]);
        segment(to);
        current = to;
        i += 3;
        break;
      }
      case CURVE_TO:
        current = point(data[i + 5], data[i + 6]);
        i += 7;
        break;
      case QUADRATIC_TO:
        current = point(data[i + 3], data[i + 4]);
        i += 5;
        break;
      case CLOSE:
        if (start) segment(start);
        current = start;
        i += 1;
        break;
      default:
        return;
    }
  }
}

interface TextLine {
  y: number;
  size: number;
  items: Item[];
}

/** A column gap: wider than this many font sizes. */
const COLUMN_GAP = 1.2;
/** A word gap: wider than this many font sizes. */
const WORD_GAP = 0.15;

function hasColumns(items: Item[]): boolean {
  return groupLines(items).some((line) => lineText(line).includes('\t'));
}

/** A table row drawn with borders: its top and bottom, and the x of each cell border, left to right. */
interface Row {
  top: number;
  bottom: number;
  xs: number[];
}

/** Rows bordered above and below, with at least two cells (a lone framed box is read as text). */
function tableRows(rules: Rules): Row[] {
  const ys = merge(rules.horizontal.map((r) => r.y));
  const rows: Row[] = [];
  for (let i = 1; i < ys.length; i++) {
    const [top, bottom] = [ys[i - 1], ys[i]];
    if (bottom - top < 4) continue;
    const xs = merge(rules.vertical.filter((v) => v.y0 <= top + 2 && v.y1 >= bottom - 2).map((v) => v.x));
    if (xs.length < 3) continue;
    const spans = (y: number) => rules.horizontal.some((h) => Math.abs(h.y - y) < 2 && h.x0 <= xs[1] && h.x1 >= xs[xs.length - 2]);
    if (spans(top) && spans(bottom)) rows.push({ top, bottom, xs });
  }
  return rows;
}

/** Sorted values with values within 2 units of each other taken as one. */
function merge(values: number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((p, q) => p - q)) {
    if (!out.length || value - out[out.length - 1] > 2) out.push(value);
  }
  return out;
}

/** A run of output lines and the baselines it spans, for blank-line spacing. */
interface Block {
  first: number;
  last: number;
  size: number;
  lines: string[];
  /** A table row written cell after cell: set apart by blank lines. */
  apart: boolean;
}

/**
 * One page's items as lines of text. Items inside a bordered table row are read cell by cell:
 * a row whose cells hold a line each is one line, cells separated by tabs; a row with a cell of
 * several lines is written cell after cell, a blank line between them (as the DOCX reader does).
 */
export function layoutPage(items: Item[], rules: Rules = NO_RULES): string {
  const rows = tableRows(rules);
  const inRow = new Map<Row, Item[][]>();
  const free: Item[] = [];
  for (const item of items) {
    const middle = item.y - 0.35 * item.size;
    const center = item.x + item.width / 2;
    const row = rows.find((r) => middle > r.top && middle < r.bottom && center > r.xs[0] && center < r.xs[r.xs.length - 1]);
    if (!row) {
      free.push(item);
      continue;
    }
    const cells = inRow.get(row) ?? row.xs.slice(1).map(() => []);
    inRow.set(row, cells);
    const column = row.xs.findIndex((x, i) => i > 0 && center < x) - 1;
    cells[Math.max(0, column)].push(item);
  }

  const freeLines = groupLines(free);
  const spacing = usualSpacing(groupLines(items));
  const blocks: Block[] = freeLines.map((line) => ({ first: line.y, last: line.y, size: line.size, lines: [lineText(line)], apart: false }));
  for (const cells of inRow.values()) {
    const cellLines = cells.map(groupLines).filter((lines) => lines.length);
    if (!cellLines.length) continue;
    const all = cellLines.flat();
    const block: Block = {
      first: Math.min(...all.map((l) => l.y)),
      last: Math.max(...all.map((l) => l.y)),
      size: Math.max(...all.map((l) => l.size)),
      lines: [],
      apart: cellLines.some((lines) => lines.length > 1),
    };
    if (block.apart) {
      cellLines.forEach((lines, i) => block.lines.push(...(i ? [''] : []), ...linesText(lines, spacing)));
    } else {
      block.lines.push(cellLines.map((lines) => lineText(lines[0])).join('\t'));
    }
    blocks.push(block);
  }
  blocks.sort((p, q) => p.first - q.first);

  const out: string[] = [];
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (previous && (block.apart || previous.apart || isParagraphGap(block.first - previous.last, spacing, Math.max(block.size, previous.size)))) {
      out.push('');
    }
    out.push(...block.lines);
  });
  return out.join('\n');
}

function groupLines(items: Item[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const item of [...items].sort((p, q) => p.y - q.y || p.x - q.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.y - line.y) <= 0.4 * Math.min(item.size, line.size)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  return lines;
}

/** Lines of one flow (a cell), with a blank line where a paragraph gap is. */
function linesText(lines: TextLine[], spacing: number): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && isParagraphGap(line.y - lines[i - 1].y, spacing, Math.max(line.size, lines[i - 1].size))) out.push('');
    out.push(lineText(line));
  });
  return out;
}

/** Clearly more than the page's usual distance between baselines. */
function isParagraphGap(gap: number, spacing: number, size: number): boolean {
  return gap > Math.max(1.45 * spacing, 1.3 * size);
}

/** The usual distance between baselines on the page (single line spacing). */
function usualSpacing(lines: TextLine[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => line.y - lines[i].y)
    .filter((gap, i) => gap > 0 && gap < 3 * Math.max(lines[i].size, lines[i + 1].size))
    .sort((p, q) => p - q);
  if (!gaps.length) return Infinity;
  return gaps[Math.floor(gaps.length * 0.25)];
}

function lineText(line: TextLine): string {
  const items = [...line.items].sort((p, q) => p.x - q.x);
  let out = '';
  let previous: Item | null = null;
  for (const item of items) {
    // Text drawn twice a hair apart (simulated bold) is read once.
    if (previous && item.str === previous.str && Math.abs(item.x - previous.x) < 0.3 * item.size) continue;
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const size = Math.max(item.size, previous.size);
      if (gap > COLUMN_GAP * size) out = out.trimEnd() + '\t';
      else if (gap > WORD_GAP * size && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    }
    out += out.endsWith('\t') ? item.str.trimStart() : item.str;
    previous = item;
  }
  return out.trim();
}
