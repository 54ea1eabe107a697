// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { absoluteBoxes } from '../../web/src/features/chart/absolute-boxes';
import { overviewDrawing } from '../../web/src/features/chart/ChartOverview';
import { routedLayout } from '../../web/src/features/chart/compact-layout';
import type { ChartNode } from '../../web/src/features/chart/flow-types';
import { nodesNear } from '../../web/src/features/chart/near-view';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { generatedOrg } from './layout-generated-org';

function expandedChart(size: number) {
  const { nodes, edges } = toFlow(generatedOrg(size), { collapsed: new Set(), overlay: false });
  const laidOut = routedLayout(nodes, edges, { direction: 'TB' }).nodes;
  return { nodes: laidOut, edges, boxes: absoluteBoxes(laidOut) };
}

describe('nodesNear: what React Flow is given of a large chart', () => {
  const chart = expandedChart(2_000);
  const view = { x: 4_000, y: 3_000, width: 5_000, height: 3_000 };
  const near = nodesNear(chart.nodes, chart.edges, chart.boxes, view);

  it('gives the nodes around the view and every node at the top, a small share of the chart', () => {
    expect(near.nodes.length).toBeGreaterThan(20);
    expect(near.nodes.length).toBeLessThan(chart.nodes.length / 4);
    for (const node of chart.nodes.filter((n) => !n.parentId)) expect(near.nodes).toContain(node);
    for (const node of near.nodes.filter((n) => n.parentId)) {
      const box = chart.boxes.get(node.id)!;
      expect(box.x < view.x + view.width && view.x < box.x + box.width && box.y < view.y + view.height && view.y < box.y + box.height, node.id).toBe(true);
    }
  });

  it('keeps the parent of every node it gives, and only lines between nodes it gives', () => {
    const ids = new Set(near.nodes.map((n) => n.id));
    for (const node of near.nodes) if (node.parentId) expect(ids.has(node.parentId), node.id).toBe(true);
    expect(near.edges.length).toBeGreaterThan(0);
    for (const edge of near.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('gives every node when the view holds the whole chart', () => {
    expect(nodesNear(chart.nodes, chart.edges, chart.boxes, { x: -10, y: -10, width: 1e6, height: 1e6 }).nodes).toHaveLength(chart.nodes.length);
  });
});

describe('overviewDrawing: a large chart seen whole, in a few SVG paths', () => {
  const chart = expandedChart(2_000);
  const colour = (node: ChartNode) => (node.type === 'position' && node.data.title.startsWith('T') ? 'teal' : 'grey');
  const drawing = overviewDrawing(chart.nodes, colour);
  const nested = chart.nodes.filter((n) => n.parentId);

  it('draws every position inside a unit and every unit inside a department, one path per colour', () => {
    expect(drawing.positions).toBe(nested.filter((n) => n.type === 'position').length);
    expect(drawing.units).toHaveLength(nested.filter((n) => n.type === 'unit').length);
    expect(drawing.cardLayers.map((l) => l.fill).sort()).toEqual(['grey', 'teal']);
    const rectangles = drawing.cardLayers.reduce((sum, layer) => sum + (layer.d.match(/M/g) ?? []).length, 0);
    expect(rectangles).toBe(drawing.positions);
  });

  it('leaves the departments and the positions above them to the chart, and draws outer units under inner ones', () => {
    const topIds = new Set(chart.nodes.filter((n) => !n.parentId).map((n) => n.id));
    for (const u of drawing.units) expect(topIds.has(u.id)).toBe(false);
    expect(drawing.unitLayers.map((l) => l.key)).toEqual(['depth-1', 'depth-2']);
  });

  it('draws a rectangle where each card would be', () => {
    const first = nested.find((n) => n.type === 'position')!;
    const box = chart.boxes.get(first.id)!;
    const layer = drawing.cardLayers.find((l) => l.fill === colour(first))!;
    expect(layer.d).toContain(`M${Math.round(box.x * 10) / 10} ${Math.round(box.y * 10) / 10}h${Math.round(box.width * 10) / 10}`);
  });

  it('marks the open position and its path with a frame of their own', () => {
    const chosen = nested.find((n) => n.type === 'position')!;
    const marked = chart.nodes.map((n) => (n.id === chosen.id ? ({ ...n, data: { ...n.data, selected: true } } as ChartNode) : n));
    expect(overviewDrawing(marked, colour).marked.map((m) => m.id)).toEqual([chosen.id]);
  });
});
