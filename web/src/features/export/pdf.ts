/**
 * The chart for print: PDF pages of A4 or A3, landscape. A chart that fits on one page at a
 * readable size is drawn on one; a larger one is cut into a grid of pages at the smallest size at
 * which the smallest text still prints at 6 pt, and each page says which it is and where it lies.
 * Every page carries the organisation's name, the date of the data and the legend. Vector
 * throughout (jsPDF: rectangles, paths and text in Helvetica, which has Liberation Sans' widths).
 */
import type { ChartShapes } from './chart-shapes';
import { headingShapes, type Heading } from './compose';
import { MUTED } from './card-style';
import { overlaps, shapeBox, translate, type Box, type Font, type Measure, type Point, type Shape } from './drawing';
import { legendShapes, type LegendGroup } from './legend';
import { PAPER, type PaperSize } from './sizes';

export { PAPER, type PaperSize };

/** A CSS pixel is 0.75 pt: the chart's own size on paper. */
const NATURAL_SCALE = 0.75;
/** The smallest text in the chart (badges, 11 px) prints at 6 pt. */
export const SMALLEST_TEXT_PX = 11;
export const MIN_TEXT_PT = 6;
export const MIN_SCALE = MIN_TEXT_PT / SMALLEST_TEXT_PX;
const MARGIN_PT = 20;
const LABEL: Font = { size: 12, weight: 'normal' };

export interface PdfPage {
  row: number;
  column: number;
  /** Heading, legend and page label, in page pixels (points ÷ scale). */
  frame: Shape[];
  /** The chart's shapes on this page, clipped to `clip`. */
  chart: Shape[];
  clip: Box;
}

export interface PdfPlan {
  paper: PaperSize;
  /** Points per chart pixel. */
  scale: number;
  rows: number;
  columns: number;
  pages: PdfPage[];
}

export interface PageLabel {
  (page: number, pages: number, row: number, column: number, rows: number, columns: number): string;
}

export function planPdf(chart: ChartShapes, heading: Heading, legend: readonly LegendGroup[], paper: PaperSize, pageLabel: PageLabel, measure: Measure): PdfPlan {
  const size = PAPER[paper];
  const frameAt = (scale: number) => {
    const [width, height, margin] = [size.width / scale, size.height / scale, MARGIN_PT / scale];
    const inner = width - 2 * margin;
    const head = headingShapes(heading, margin, margin, inner, measure);
    const key = legendShapes(legend, margin, 0, inner, measure);
    const footer = key.height + 24;
    const clip = { x: margin, y: margin + head.height + 12, width: inner, height: height - 2 * margin - head.height - 12 - footer - 8 };
    return { width, height, margin, head, key, clip };
  };
  // The largest scale up to natural size at which the chart fits one page, if it is readable. A
  // smaller scale leaves more page pixels for the legend's rows, so the fit only grows as it shrinks.
  let scale = NATURAL_SCALE;
  for (let i = 0; i < 8; i++) {
    const { clip } = frameAt(scale);
    const fit = Math.min(clip.width / Math.max(chart.width, 1), clip.height / Math.max(chart.height, 1)) * scale;
    const next = Math.max(MIN_SCALE, Math.min(NATURAL_SCALE, fit));
    if (next >= scale - 1e-9 || scale <= MIN_SCALE) break;
    scale = next === MIN_SCALE ? MIN_SCALE : next * (1 - 1e-6);
  }
  const frame = frameAt(scale);
  const { clip } = frame;
  const columns = Math.max(1, Math.ceil(chart.width / clip.width - 1e-6));
  const rows = Math.max(1, Math.ceil(chart.height / clip.height - 1e-6));

  // Each tile holds the shapes that reach into it; one with nothing but box interiors is left out.
  const boxes = chart.shapes.map((shape) => shapeBox(shape, measure));
  const tiles: { row: number; column: number; shapes: Shape[] }[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const tile = { x: column * clip.width, y: row * clip.height, width: clip.width, height: clip.height };
      const inTile = chart.shapes.filter((_, i) => overlaps(boxes[i], tile));
      if (!inTile.some((shape) => shape.kind !== 'rect')) continue;
      tiles.push({ row, column, shapes: translate(inTile, clip.x - tile.x, clip.y - tile.y) });
    }
  }
  const footerTop = frame.height - frame.margin - frame.key.height - 20;
  // A little wider than the tile, so that lines on its edge (a unit box's border) print whole.
  const printed = { x: clip.x - 2, y: clip.y - 2, width: clip.width + 4, height: clip.height + 4 };
  const pages = tiles.map(({ row, column, shapes }, i): PdfPage => ({
    row,
    column,
    clip: printed,
    chart: shapes,
    frame: [
      ...frame.head.shapes,
      ...translate(frame.key.shapes, 0, footerTop),
      { kind: 'text', x: frame.margin, y: frame.height - frame.margin, text: pageLabel(i + 1, tiles.length, row + 1, column + 1, rows, columns), font: LABEL, color: MUTED },
    ],
  }));
  return { paper, scale, rows, columns, pages };
}

/** The plan as a PDF document. */
export async function renderPdf(plan: PdfPlan, title: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const size = PAPER[plan.paper];
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: plan.paper.toLowerCase(), compress: true });
  doc.setProperties({ title, creator: 'orgraph' });
  const pen = penFor(doc, plan.scale);
  plan.pages.forEach((page, i) => {
    if (i > 0) doc.addPage([size.width, size.height], 'landscape');
    doc.saveGraphicsState();
    const s = plan.scale;
    doc.rect(page.clip.x * s, page.clip.y * s, page.clip.width * s, page.clip.height * s, null);
    doc.clip();
    doc.discardPath();
    for (const shape of page.chart) pen(shape);
    doc.restoreGraphicsState();
    for (const shape of page.frame) pen(shape);
  });
  return doc.output('blob');
}

/** Characters Helvetica's encoding (WinAnsi) has beyond Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const ARROWS = /[→⇢⟶]/g;

/** Text in what the PDF's standard font can show: arrows as "->", anything else it lacks as "?". */
export function printable(text: string): string {
  return [...text.replace(ARROWS, '->')].map((c) => (c >= ' ' && c <= 'ÿ') || WIN_ANSI_EXTRAS.has(c) ? c : '?').join('');
}

type Doc = InstanceType<Awaited<typeof import('jspdf')>['jsPDF']>;

function penFor(doc: Doc, s: number) {
  const dash = (pattern?: number[]) => doc.setLineDashPattern(pattern?.length ? pattern.map((d) => d * s) : [], 0);
  const path = (points: Point[], curve: boolean | undefined, style: 'S' | 'F', closed: boolean) => {
    const [start, ...rest] = points;
    const segments: number[][] = [];
    if (curve && points.length === 3) {
      // A quadratic curve as the cubic PDF draws: control points two thirds of the way to its control.
      const [c, end] = rest;
      const c1 = { x: start.x + (2 / 3) * (c.x - start.x), y: start.y + (2 / 3) * (c.y - start.y) };
      const c2 = { x: end.x + (2 / 3) * (c.x - end.x), y: end.y + (2 / 3) * (c.y - end.y) };
      segments.push([c1.x - start.x, c1.y - start.y, c2.x - start.x, c2.y - start.y, end.x - start.x, end.y - start.y].map((v) => v * s));
    } else {
      let previous = start;
      for (const p of rest) {
        segments.push([(p.x - previous.x) * s, (p.y - previous.y) * s]);
        previous = p;
      }
    }
    doc.lines(segments, start.x * s, start.y * s, [1, 1], style, closed);
  };
  return (shape: Shape) => {
    switch (shape.kind) {
      case 'rect': {
        if (shape.fill) doc.setFillColor(shape.fill);
        if (shape.stroke) {
          doc.setDrawColor(shape.stroke.color);
          doc.setLineWidth(shape.stroke.width * s);
          dash(shape.stroke.dash);
        }
        const style = shape.fill && shape.stroke ? 'FD' : shape.fill ? 'F' : 'S';
        const [x, y, w, h, r] = [shape.x * s, shape.y * s, shape.width * s, shape.height * s, Math.min(shape.radius, shape.width / 2, shape.height / 2) * s];
        if (r > 0) doc.roundedRect(x, y, w, h, r, r, style);
        else doc.rect(x, y, w, h, style);
        if (shape.stroke?.dash) dash();
        return;
      }
      case 'text': {
        const { font } = shape;
        doc.setFont('helvetica', font.weight === 'bold' ? (font.italic ? 'bolditalic' : 'bold') : font.italic ? 'italic' : 'normal');
        doc.setFontSize(font.size * s);
        doc.setTextColor(shape.color);
        const text = printable(shape.text);
        doc.text(text, shape.x * s, shape.y * s);
        if (shape.strike) {
          const y = (shape.y - font.size * 0.3) * s;
          doc.setDrawColor(shape.color);
          doc.setLineWidth(1.5 * s);
          doc.line(shape.x * s, y, shape.x * s + doc.getTextWidth(text), y);
        }
        return;
      }
      case 'line':
        doc.setDrawColor(shape.stroke.color);
        doc.setLineWidth(shape.stroke.width * s);
        dash(shape.stroke.dash);
        path(shape.points, shape.curve, 'S', false);
        if (shape.stroke.dash) dash();
        return;
      case 'polygon':
        doc.setFillColor(shape.fill);
        path(shape.points, false, 'F', true);
        return;
      case 'circle':
        doc.setFillColor(shape.fill);
        doc.circle(shape.x * s, shape.y * s, shape.r * s, 'F');
        return;
    }
  };
}
