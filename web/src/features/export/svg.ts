/**
 * A drawing as a vector SVG document: rectangles, text and paths only, its size stated in
 * pixels (width, height and viewBox), so that image tools and Inkscape open it at its real size.
 */
import { FONT_FAMILY, type Drawing, type Point, type Shape, type Stroke } from './drawing';

const n = (value: number) => String(Math.round(value * 10) / 10);

/** Text as XML character data or an attribute value; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const strokeAttributes = (stroke: Stroke) =>
  ` stroke="${stroke.color}" stroke-width="${n(stroke.width)}"${stroke.dash?.length ? ` stroke-dasharray="${stroke.dash.map(n).join(' ')}"` : ''}`;

const pathOf = (points: Point[], curve = false) =>
  curve && points.length === 3
    ? `M${n(points[0].x)} ${n(points[0].y)}Q${n(points[1].x)} ${n(points[1].y)} ${n(points[2].x)} ${n(points[2].y)}`
    : points.map((p, i) => `${i ? 'L' : 'M'}${n(p.x)} ${n(p.y)}`).join('');

function element(shape: Shape): string {
  switch (shape.kind) {
    case 'rect': {
      const radius = shape.radius ? ` rx="${n(shape.radius)}"` : '';
      const fill = shape.fill ? ` fill="${shape.fill}"` : ' fill="none"';
      const stroke = shape.stroke ? strokeAttributes(shape.stroke) : '';
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${radius}${fill}${stroke}/>`;
    }
    case 'text': {
      const { font } = shape;
      const weight = font.weight === 'bold' ? ' font-weight="700"' : '';
      const style = font.italic ? ' font-style="italic"' : '';
      const strike = shape.strike ? ' text-decoration="line-through"' : '';
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${font.size}"${weight}${style}${strike} fill="${shape.color}">${escapeXml(shape.text)}</text>`;
    }
    case 'line':
      return `<path d="${pathOf(shape.points, shape.curve)}" fill="none"${strokeAttributes(shape.stroke)}/>`;
    case 'polygon':
      return `<path d="${pathOf(shape.points)}Z" fill="${shape.fill}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.x)}" cy="${n(shape.y)}" r="${n(shape.r)}" fill="${shape.fill}"/>`;
  }
}

export function toSvg(drawing: Drawing, title: string): string {
  const { width, height } = drawing;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}px" height="${height}px" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  for (const shape of drawing.shapes) parts.push(element(shape));
  parts.push('</svg>');
  return parts.join('\n');
}
