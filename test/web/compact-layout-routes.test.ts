// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routedLayout, type ChartDirection } from '../../web/src/features/chart/compact-layout';
import type { OrgData } from '../../web/src/features/chart/org-data';
import { reportingPolyline, withRoutes, type Point } from '../../web/src/features/chart/reporting-route';
import { chartShapes } from '../../web/src/features/export/chart-shapes';
import { measure, t } from './export-fixture';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { absoluteBoxes } from '../../web/src/features/chart/absolute-boxes';
import { generatedOrg } from './layout-generated-org';

type Box = { x: number; y: number; width: number; height: number };

/** Units deeper than `levels` closed, as the chart's "open N levels" does (a number past the deepest: all open). */
function closedBelow(org: OrgData, levels: number): Set<string> {
  const depth = (id: string): number => {
    const parent = org.units.find((u) => u.id === id)?.parent?.id;
    return parent ? 1 + depth(parent) : 0;
  };
  return new Set(org.units.filter((u) => depth(u.id) >= levels).map((u) => u.id));
}

/** Whether the segment a–b runs through the inside of `box` (touching its border does not count). */
function crosses(a: Point, b: Point, box: Box): boolean {
  const inset = 0.5;
  const [left, right, top, bottom] = [box.x + inset, box.x + box.width - inset, box.y + inset, box.y + box.height - inset];
  if (Math.max(a.x, b.x) <= left || Math.min(a.x, b.x) >= right || Math.max(a.y, b.y) <= top || Math.min(a.y, b.y) >= bottom) return false;
  // Clip the segment to the box (Liang–Barsky); reporting lines are square, but be general.
  let [t0, t1] = [0, 1];
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  for (const [p, q] of [[-dx, a.x - left], [dx, right - a.x], [-dy, a.y - top], [dy, bottom - a.y]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-9;
}

type Card = { id: string; box: Box };
type Line = { id: string; source: string; target: string; points: Point[] };

/** The laid-out chart: its cards (positions, closed units) and its edges with the layout's routes on them. */
function laidOutChart(org: OrgData, collapsed: Set<string>, direction: ChartDirection) {
  const { nodes, edges } = toFlow(org, { collapsed, overlay: false });
  const { nodes: laidOut, routes } = routedLayout(nodes, edges, { direction });
  const boxes = absoluteBoxes(laidOut);
  const cards = laidOut.filter((n) => n.type === 'position' || n.data.collapsed).map((n) => ({ id: n.id, box: boxes.get(n.id)! }));
  return { nodes: laidOut, edges: withRoutes(edges, routes), boxes, cards, routes };
}

/** Every reporting line as the chart draws it, from the manager's handle to the report's. */
function chartLines(chart: ReturnType<typeof laidOutChart>, direction: ChartDirection): Line[] {
  return chart.edges.flatMap((edge) => {
    if (edge.type !== 'reporting') return [];
    const [source, target] = [chart.boxes.get(edge.source)!, chart.boxes.get(edge.target)!];
    const from = direction === 'LR' ? { x: source.x + source.width, y: source.y + source.height / 2 } : { x: source.x + source.width / 2, y: source.y + source.height };
    const to = direction === 'LR' ? { x: target.x, y: target.y + target.height / 2 } : { x: target.x + target.width / 2, y: target.y };
    return [{ id: edge.id, source: edge.source, target: edge.target, points: reportingPolyline(from, to, direction, edge.data?.route) }];
  });
}

/** Each line's run through a card other than its own ends. */
function crossings(lines: readonly Line[], cards: readonly Card[]): string[] {
  // Cards bucketed by 200-pixel cells, so that each segment is checked against the cards near it.
  const cell = 200;
  const buckets = new Map<string, Card[]>();
  for (const card of cards) {
    for (let cx = Math.floor(card.box.x / cell); cx <= Math.floor((card.box.x + card.box.width) / cell); cx++) {
      for (let cy = Math.floor(card.box.y / cell); cy <= Math.floor((card.box.y + card.box.height) / cell); cy++) {
        const key = `${cx},${cy}`;
        buckets.set(key, [...(buckets.get(key) ?? []), card]);
      }
    }
  }
  const found: string[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.points.length; i++) {
      const [a, b] = [line.points[i - 1], line.points[i]];
      const near = new Set<Card>();
      for (let cx = Math.floor(Math.min(a.x, b.x) / cell); cx <= Math.floor(Math.max(a.x, b.x) / cell); cx++) {
        for (let cy = Math.floor(Math.min(a.y, b.y) / cell); cy <= Math.floor(Math.max(a.y, b.y) / cell); cy++) {
          for (const card of buckets.get(`${cx},${cy}`) ?? []) near.add(card);
        }
      }
      for (const card of near) {
        if (card.id !== line.source && card.id !== line.target && crosses(a, b, card.box)) found.push(`${line.id} through ${card.id}`);
      }
    }
  }
  return found;
}

function linesThroughCards(org: OrgData, collapsed: Set<string>, direction: ChartDirection) {
  const chart = laidOutChart(org, collapsed, direction);
  const lines = chartLines(chart, direction);
  return { crossings: crossings(lines, chart.cards), lines: lines.length, routed: chart.routes.size };
}

describe('reporting lines find their way between the cards', () => {
  for (const size of [2_000, 5_000]) {
    const org = generatedOrg(size);
    for (const direction of ['TB', 'LR'] as const) {
      it(`draws no reporting line of ${size.toLocaleString('en')} positions, the departments closed (${direction}), through a card other than its ends`, () => {
        const { crossings, lines, routed } = linesThroughCards(org, closedBelow(org, 0), direction);
        expect(lines).toBeGreaterThan(10);
        // The head's deputies and departments wrap onto more than one row: some lines are routed.
        expect(routed).toBeGreaterThan(0);
        expect(crossings).toEqual([]);
      });

      for (const levels of [1, 2, 99]) {
        it(`draws no reporting line of ${size.toLocaleString('en')} positions, ${levels === 99 ? 'every unit open' : `${levels} level${levels > 1 ? 's' : ''} open`} (${direction}), through a card other than its ends`, () => {
          const { crossings, lines } = linesThroughCards(org, closedBelow(org, levels), direction);
          expect(lines).toBeGreaterThan(50);
          expect(crossings.slice(0, 20)).toEqual([]);
        });
      }
    }
  }

  for (const direction of ['TB', 'LR'] as const) {
    it(`exports the lines of 2,000 positions, the departments closed (${direction}), through the same waypoints, past every card`, () => {
      const org = generatedOrg(2_000);
      const chart = laidOutChart(org, closedBelow(org, 0), direction);
      const drawing = chartShapes({ nodes: chart.nodes, edges: chart.edges, direction }, t, measure);
      // The export moves the chart to start at (0, 0); its lines come in the edges' order.
      const [left, top] = [Math.min(...chart.cards.map((c) => c.box.x)), Math.min(...chart.cards.map((c) => c.box.y))];
      const drawn = drawing.shapes.flatMap((s) => (s.kind === 'line' && !s.curve ? [s.points.map((p) => ({ x: p.x + left, y: p.y + top }))] : []));
      const onScreen = chartLines(chart, direction);
      expect(drawn).toEqual(onScreen.map((line) => line.points));
      expect(drawn.filter((points) => points.length > 4).length).toBeGreaterThan(0);
      expect(crossings(onScreen.map((line, i) => ({ ...line, points: drawn[i] })), chart.cards)).toEqual([]);
    });
  }
});
