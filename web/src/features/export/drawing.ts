/**
 * A drawing: the chart as plain shapes in chart pixels, which the SVG, PNG and PDF exports each
 * render the same way. Pure: text is measured by a function the caller gives (a canvas in the
 * browser, a fixed width per character in tests), so that ellipses fall where each renderer
 * draws them.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Stroke {
  color: string;
  width: number;
  /** Lengths of dashes and gaps, as in SVG's stroke-dasharray. */
  dash?: number[];
}

export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  fill: string | null;
  stroke: Stroke | null;
}

export type FontWeight = 'normal' | 'bold';

export interface Font {
  size: number;
  weight: FontWeight;
  italic?: boolean;
}

export interface TextShape {
  kind: 'text';
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** Already cut to fit (with an ellipsis) where it had to be. */
  text: string;
  font: Font;
  color: string;
  /** Drawn struck through (an absent position's title). */
  strike?: boolean;
}

/** Straight segments through `points`, or with `curve` one quadratic curve: start, control, end. */
export interface LineShape {
  kind: 'line';
  points: Point[];
  curve?: boolean;
  stroke: Stroke;
}

/** A filled polygon (arrowheads). */
export interface PolygonShape {
  kind: 'polygon';
  points: Point[];
  fill: string;
}

export interface CircleShape {
  kind: 'circle';
  x: number;
  y: number;
  r: number;
  fill: string;
}

export type Shape = RectShape | TextShape | LineShape | PolygonShape | CircleShape;

export interface Drawing {
  width: number;
  height: number;
  /** Painted in order, the first at the bottom. */
  shapes: Shape[];
}

/** Width of `text` in `font`, in pixels. */
export type Measure = (text: string, font: Font) => number;

/** The fonts every renderer asks for: Liberation Sans has Arial's and Helvetica's widths, which the PDF uses. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

export const cssFont = (font: Font) => `${font.italic ? 'italic ' : ''}${font.weight === 'bold' ? 700 : 400} ${font.size}px ${FONT_FAMILY}`;

const ELLIPSIS = '…';

/** `text` whole when it fits in `width`, else its longest start that fits with an ellipsis. */
export function fitText(text: string, width: number, font: Font, measure: Measure): string {
  if (measure(text, font) <= width) return text;
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle).trimEnd() + ELLIPSIS, font) <= width) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : text.slice(0, low).trimEnd() + ELLIPSIS;
}

/** Words wrapped into at most `maxLines` lines of `width`; the last line cut with an ellipsis. */
export function wrapText(text: string, width: number, maxLines: number, font: Font, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      lines.push(fitText(words.slice(i).join(' '), width, font, measure));
      break;
    }
    let line = words[i++];
    while (i < words.length && measure(`${line} ${words[i]}`, font) <= width) line += ` ${words[i++]}`;
    lines.push(fitText(line, width, font, measure));
  }
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box a shape covers (a text's from its measured width), for cutting a drawing into pages. */
export function shapeBox(shape: Shape, measure: Measure): Box {
  switch (shape.kind) {
    case 'rect':
      return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
    case 'circle':
      return { x: shape.x - shape.r, y: shape.y - shape.r, width: 2 * shape.r, height: 2 * shape.r };
    case 'text':
      return { x: shape.x, y: shape.y - shape.font.size, width: measure(shape.text, shape.font), height: shape.font.size * 1.3 };
    case 'line':
    case 'polygon': {
      const xs = shape.points.map((p) => p.x);
      const ys = shape.points.map((p) => p.y);
      const pad = shape.kind === 'line' ? shape.stroke.width : 0;
      const [x, y] = [Math.min(...xs) - pad, Math.min(...ys) - pad];
      return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
    }
  }
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Moves shapes by (dx, dy). */
export function translate(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  const move = (p: Point) => ({ x: p.x + dx, y: p.y + dy });
  return shapes.map((shape) => {
    switch (shape.kind) {
      case 'rect':
      case 'text':
      case 'circle':
        return { ...shape, x: shape.x + dx, y: shape.y + dy };
      case 'line':
      case 'polygon':
        return { ...shape, points: shape.points.map(move) };
    }
  });
}
