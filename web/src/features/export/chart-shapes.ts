/**
 * The chart as laid out (React Flow's nodes with their positions and sizes, its edges) → shapes,
 * moved so that the chart's top left corner is at (0, 0). Unit boxes at the bottom, then
 * reporting lines, substitution lines and position cards, as the chart stacks them.
 */
import type { Translate } from '../../i18n/I18nProvider';
import type { ChartDirection } from '../chart/compact-layout';
import type { ChartEdge, ChartNode, PositionFlowNode, UnitFlowNode } from '../chart/flow-types';
import { POSITION_SIZE } from '../chart/flow-types';
import { absoluteBoxes } from '../chart/absolute-boxes';
import { arcBetween } from '../chart/floating';
import { reportingPolyline } from '../chart/reporting-route';
import { REPORTING_STYLE } from '../chart/to-flow';
import { badgeWidth, cardRoom } from '../chart/card-badges';
import { absenceBadge, cardStyle, CORRECTED_BADGE, COVERAGE_COLOR, gapBadge, MUTED, PLAIN_BADGE, UNDOCUMENTED_BADGE, unitStyle, type BadgeStyle } from './card-style';
import { fitText, translate, wrapText, type Box, type Font, type Measure, type Point, type Shape, type Stroke } from './drawing';

export interface LaidOutChart {
  nodes: readonly ChartNode[];
  edges: readonly ChartEdge[];
  direction: ChartDirection;
}

export interface ChartShapes {
  shapes: Shape[];
  width: number;
  height: number;
  /** How many position cards and unit boxes were drawn. */
  positions: number;
  units: number;
}

const TITLE: Font = { size: 14, weight: 'bold' };
const SMALL: Font = { size: 12, weight: 'normal' };
const SPECIALIZATION: Font = { size: 12, weight: 'normal', italic: true };
const BADGE: Font = { size: 11, weight: 'normal' };
const BADGE_BOLD: Font = { size: 11, weight: 'bold' };

export function chartShapes(chart: LaidOutChart, t: Translate, measure: Measure): ChartShapes {
  const boxes = absoluteBoxes(chart.nodes, POSITION_SIZE);
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes.values()) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  if (!boxes.size) return { shapes: [], width: 0, height: 0, positions: 0, units: 0 };

  const unitShapes: Shape[] = [];
  const cardShapes: Shape[] = [];
  let [positions, units] = [0, 0];
  for (const node of chart.nodes) {
    const box = boxes.get(node.id)!;
    if (node.type === 'unit') {
      unitShapes.push(...unitBox(node, box, t, measure));
      units++;
    } else {
      cardShapes.push(...positionCard(node, box, t, measure));
      positions++;
    }
  }
  const reporting: Shape[] = [];
  const substitution: Shape[] = [];
  for (const edge of chart.edges) {
    const [source, target] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!source || !target) continue;
    if (edge.type === 'substitution') substitution.push(...substitutionLine(edge, source, target));
    else reporting.push(reportingLine(edge, source, target, chart.direction));
  }
  const shapes = translate([...unitShapes, ...reporting, ...substitution, ...cardShapes], -left, -top);
  return { shapes, width: right - left, height: bottom - top, positions, units };
}

function unitBox(node: UnitFlowNode, box: Box, t: Translate, measure: Measure): Shape[] {
  const { data } = node;
  const style = unitStyle(data.depth, data.collapsed, data.focused);
  const shapes: Shape[] = [];
  // A closed unit is a card with a shadow, as if the positions lay stacked behind it.
  if (data.collapsed) shapes.push({ kind: 'rect', ...box, x: box.x + 3, y: box.y + 3, radius: 12, fill: '#c9d6e6', stroke: null });
  shapes.push({ kind: 'rect', ...box, radius: 12, fill: style.fill, stroke: { color: style.stroke, width: 1.5, ...(style.dashed ? { dash: [6, 4] } : {}) } });
  const width = box.width - 24;
  const nameFont: Font = { size: data.depth === 0 ? 15 : 14, weight: 'bold' };
  shapes.push({ kind: 'text', x: box.x + 12, y: box.y + 24, text: fitText(data.name, width, nameFont, measure), font: nameFont, color: '#1f3b5c' });
  const count = data.positionCount === 1 ? t('unit.positions.1') : t('unit.positions.n', { count: data.positionCount });
  const meta = `${t(`unit.kind.${data.unitKind}`)} · ${count}`;
  shapes.push({ kind: 'text', x: box.x + 12, y: box.y + 41, text: fitText(meta, width, SMALL, measure), font: SMALL, color: MUTED });
  return shapes;
}

function positionCard(node: PositionFlowNode, box: Box, t: Translate, measure: Measure): Shape[] {
  const { data } = node;
  const style = cardStyle(data);
  const shapes: Shape[] = [];
  if (data.selected || data.onPath) {
    const ring = data.selected ? { color: '#1f6feb', width: 4 } : { color: '#9ec2ff', width: 3 };
    const out = ring.width / 2;
    shapes.push({ kind: 'rect', x: box.x - out, y: box.y - out, width: box.width + 2 * out, height: box.height + 2 * out, radius: 8 + out, fill: null, stroke: ring });
  }
  shapes.push({ kind: 'rect', ...box, radius: 8, fill: style.background, stroke: { color: style.border, width: style.borderWidth, ...(style.dashed ? { dash: [4, 3] } : {}) } });
  // The coloured band on the left over the outline, solid as the card's left border is.
  shapes.push({ kind: 'polygon', points: leftBand(box, style.barWidth, 8), fill: style.bar });

  const x = box.x + style.barWidth + 10;
  const width = box.x + box.width - 10 - x;
  const list = badgeList(data, t);
  // What gives way for a second row of badges is the chart's own rule (card-badges.ts), so that the
  // export shows the lines the card on screen shows.
  const room = cardRoom(
    list.map(([label, badge]) => badgeWidth(label, { bold: badge.bold, dot: !!badge.dot })),
    !!data.specialization,
    !!data.unitName,
  );
  let baseline = box.y + 5 + 13.5;
  for (const line of wrapText(data.baseTitle, width, room.titleLines, TITLE, measure)) {
    shapes.push({ kind: 'text', x, y: baseline, text: line, font: TITLE, color: style.titleColor, ...(style.struck ? { strike: true } : {}) });
    baseline += 17.5;
  }
  baseline -= 17.5 - 16;
  const extras: [string | null, Font, string][] = [
    [room.showSpecialization ? data.specialization : null, SPECIALIZATION, '#34495e'],
    [room.showUnit ? data.unitName : null, SMALL, MUTED],
  ];
  for (const [text, font, color] of extras) {
    if (!text) continue;
    shapes.push({ kind: 'text', x, y: baseline, text: fitText(text, width, font, measure), font, color });
    baseline += 16.6;
  }
  shapes.push(...badges(list, x, box.y + box.height - 6, width, room.badgeRows, measure));
  return shapes;
}

/** The left `width` of a box with rounded corners of `radius`: its corners follow the box's. */
function leftBand(box: Box, width: number, radius: number): Point[] {
  const edge = box.x + width;
  const centre = box.x + radius;
  const [top, bottom] = [box.y + radius, box.y + box.height - radius];
  const arc = (cy: number, from: number, to: number) =>
    Array.from({ length: 9 }, (_, i) => {
      const angle = from + ((to - from) * i) / 8;
      return { x: centre + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
    }).filter((p) => p.x <= edge);
  // Where the band's right side meets the corners' arcs.
  const rise = edge >= centre ? radius : Math.sqrt(radius * radius - (centre - edge) ** 2);
  return [{ x: edge, y: top - rise }, ...arc(top, -Math.PI / 2, -Math.PI), ...arc(bottom, Math.PI, Math.PI / 2), { x: edge, y: bottom + rise }];
}

type Badge = [label: string, style: BadgeStyle];

/** The card's badges in the order the chart draws them. */
function badgeList(data: PositionFlowNode['data'], t: Translate): Badge[] {
  const substitutes =
    data.substituteCount === 0 ? t('node.substitutes.0') : data.substituteCount === 1 ? t('node.substitutes.1') : t('node.substitutes.n', { count: data.substituteCount });
  const list: Badge[] = [];
  if (data.absence) list.push([t(`node.absence.${data.absence}`), absenceBadge(data.absence)]);
  if (data.gapTone) list.push([data.worstGap ? t(`gap.kind.${data.worstGap}`) : t('node.noGap'), gapBadge(data.gapTone)]);
  list.push([substitutes, { ...PLAIN_BADGE, dot: COVERAGE_COLOR[data.coverage] }]);
  if (!data.documented) list.push([t('node.undocumented'), UNDOCUMENTED_BADGE]);
  if (data.correctedFields?.length) list.push([t('node.corrected'), CORRECTED_BADGE]);
  return list;
}

const BADGE_HEIGHT = 15;
const ROW_GAP = 3;

/**
 * Badges in rows within `width`, each row filled before the next begins, the last row ending at
 * `bottom`; a badge that would need a row beyond `maxRows` is cut to fit, and any after it left out.
 */
function badges(list: readonly Badge[], x: number, bottom: number, width: number, maxRows: number, measure: Measure): Shape[] {
  const placed: { row: number; left: number; text: string; style: BadgeStyle; width: number }[] = [];
  let [row, left] = [0, x];
  for (const [label, style] of list) {
    const font = style.bold ? BADGE_BOLD : BADGE;
    const chrome = 12 + (style.dot ? 14 : 0);
    let badgeWidth = measure(label, font) + chrome;
    if (left > x && left + badgeWidth > x + width) {
      if (row + 1 < Math.max(1, maxRows)) [row, left] = [row + 1, x];
    }
    const room = x + width - left - chrome;
    const text = badgeWidth <= x + width - left ? label : fitText(label, room, font, measure);
    if (!text || room < 12) break;
    badgeWidth = measure(text, font) + chrome;
    placed.push({ row, left, text, style, width: badgeWidth });
    left += badgeWidth + 4;
  }
  const rows = placed.length ? placed[placed.length - 1].row + 1 : 0;
  const shapes: Shape[] = [];
  for (const badge of placed) {
    const top = bottom - (rows - badge.row) * BADGE_HEIGHT - (rows - 1 - badge.row) * ROW_GAP;
    const font = badge.style.bold ? BADGE_BOLD : BADGE;
    shapes.push({ kind: 'rect', x: badge.left, y: top, width: badge.width, height: BADGE_HEIGHT, radius: BADGE_HEIGHT / 2, fill: badge.style.background, stroke: badge.style.border ? { color: badge.style.border, width: 1 } : null });
    if (badge.style.dot) shapes.push({ kind: 'circle', x: badge.left + 6 + 5, y: top + BADGE_HEIGHT / 2, r: 5, fill: badge.style.dot });
    shapes.push({ kind: 'text', x: badge.left + 6 + (badge.style.dot ? 14 : 0), y: top + 11, text: badge.text, font, color: badge.style.text });
  }
  return shapes;
}

const strokeOf = (style: ChartEdge['style'], fallback: Stroke): Stroke => {
  const color = typeof style?.stroke === 'string' ? style.stroke : fallback.color;
  const width = Number(style?.strokeWidth ?? fallback.width) || fallback.width;
  const dash = typeof style?.strokeDasharray === 'string' ? style.strokeDasharray.split(/[\s,]+/).map(Number).filter((n) => n > 0) : undefined;
  return dash?.length ? { color, width, dash } : { color, width };
};

/** As the chart draws it: a step from the manager to the report, or through the layout's waypoints where it routed the line. */
function reportingLine(edge: ChartEdge, source: Box, target: Box, direction: ChartDirection): Shape {
  const stroke = strokeOf(edge.style, { color: REPORTING_STYLE.stroke, width: REPORTING_STYLE.strokeWidth });
  const [from, to] =
    direction === 'LR'
      ? [{ x: source.x + source.width, y: source.y + source.height / 2 }, { x: target.x, y: target.y + target.height / 2 }]
      : [{ x: source.x + source.width / 2, y: source.y + source.height }, { x: target.x + target.width / 2, y: target.y }];
  const route = edge.type === 'reporting' ? edge.data?.route : undefined;
  return { kind: 'line', points: reportingPolyline(from, to, direction, route), stroke };
}

/** The chart's arc between the two cards' borders, with an arrowhead at the substituted position. */
function substitutionLine(edge: ChartEdge, source: Box, target: Box): Shape[] {
  const stroke = strokeOf(edge.style, { color: '#c77700', width: 2 });
  // arcBetween answers an SVG path "M x,y Q cx,cy x,y": its six numbers are the curve's points.
  const [x1, y1, cx, cy, x2, y2] = (arcBetween(source, target).path.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const [from, control, to] = [{ x: x1, y: y1 }, { x: cx, y: cy }, { x: x2, y: y2 }];
  const length = Math.hypot(to.x - control.x, to.y - control.y) || 1;
  const [ux, uy] = [(to.x - control.x) / length, (to.y - control.y) / length];
  const [size, half] = [10, 4.5];
  const base = { x: to.x - ux * size, y: to.y - uy * size };
  // The line stops at the arrow's base, so that its dashes do not show through the point.
  return [
    { kind: 'line', points: [from, control, base], curve: true, stroke },
    { kind: 'polygon', points: [to, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }], fill: stroke.color },
  ];
}
