import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { absoluteBoxes, type NodeBox } from './absolute-boxes';
import type { ChartNode, UnitFlowNode } from './flow-types';

/** Colours of the overview's cards: the colour the minimap gives each position. */
export type CardColour = (node: ChartNode) => string;

/** Unit boxes as the cards draw them (app.css `.unit-node`): by depth, and closed units as cards. */
const UNIT_STYLE = {
  1: { fill: 'rgb(236, 242, 249)', stroke: '#a9bfd6' },
  2: { fill: 'rgb(247, 250, 253)', stroke: '#bccbdc' },
  collapsed: { fill: '#e9eff7', stroke: '#9fb3cc' },
} as const;

/**
 * A large chart seen whole: every unit inside a department and every position inside a unit
 * drawn in a single SVG — a path per colour, not an element per card. Thousands of cards (or
 * hundreds of unit boxes) cost the browser hundreds of milliseconds to create and measure, and
 * at this zoom none can be read; zooming in brings the cards back. Only the departments and the
 * positions above them stay nodes of the chart.
 */
export const ChartOverview = memo(function ChartOverview({ nodes, colour }: { nodes: readonly ChartNode[]; colour: CardColour }) {
  const drawing = useMemo(() => overviewDrawing(nodes, colour), [nodes, colour]);
  return (
    <ViewportPortal>
      <svg
        className="chart-overview"
        aria-hidden="true"
        data-positions={drawing.positions}
        data-units={drawing.units.length}
        style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', pointerEvents: 'none' }}
        width={1}
        height={1}
      >
        {drawing.unitLayers.map((layer) => (
          <path key={layer.key} d={layer.d} fill={layer.fill} stroke={layer.stroke} strokeWidth={1.5} />
        ))}
        {drawing.units.map((u) => (
          <text key={u.id} x={u.x + 40} y={u.y + 24} fontSize={14} fontWeight={700} fill="#1f3b5c">
            {u.name}
          </text>
        ))}
        {drawing.cardLayers.map((layer) => (
          <path key={layer.fill} d={layer.d} fill={layer.fill} />
        ))}
        {drawing.marked.map((r) => (
          <rect key={r.id} x={r.x} y={r.y} width={r.width} height={r.height} fill="none" stroke="#1f6feb" strokeWidth={24} />
        ))}
      </svg>
    </ViewportPortal>
  );
});

interface Layer {
  key: string;
  d: string;
  fill: string;
  stroke?: string;
}

/** What the overview draws: pure, for the component and its test. */
export function overviewDrawing(nodes: readonly ChartNode[], colour: CardColour) {
  const boxes = absoluteBoxes(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const nested = (n: ChartNode) => !!n.parentId && byId.has(n.parentId);
  // Outer boxes first, so that inner ones lie on top of them; closed units last, as cards.
  const unitPaths = new Map<string, { d: string[]; fill: string; stroke: string; order: number }>();
  const units: { id: string; x: number; y: number; name: string }[] = [];
  const cards = new Map<string, string[]>();
  const marked: (NodeBox & { id: string })[] = [];
  let positions = 0;
  for (const node of nodes) {
    if (!nested(node)) continue;
    const box = boxes.get(node.id)!;
    if (node.type === 'unit') {
      const style = styleOf(node);
      const key = node.data.collapsed ? 'collapsed' : `depth-${Math.min(node.data.depth, 2)}`;
      const layer = unitPaths.get(key) ?? { d: [], ...style, order: node.data.collapsed ? 99 : node.data.depth };
      layer.d.push(rectPath(box));
      unitPaths.set(key, layer);
      units.push({ id: node.id, x: box.x, y: box.y, name: clip(node.data.name, box.width - 56) });
      continue;
    }
    positions++;
    const fill = colour(node);
    const layer = cards.get(fill) ?? [];
    layer.push(rectPath(box));
    cards.set(fill, layer);
    if (node.data.selected || node.data.onPath) marked.push({ id: node.id, ...box });
  }
  const unitLayers: Layer[] = [...unitPaths.entries()]
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([key, layer]) => ({ key, d: layer.d.join(''), fill: layer.fill, stroke: layer.stroke }));
  const cardLayers = [...cards.entries()].map(([fill, d]) => ({ key: fill, fill, d: d.join('') }));
  return { unitLayers, units, cardLayers, marked, positions };
}

function styleOf(unit: UnitFlowNode): { fill: string; stroke: string } {
  if (unit.data.collapsed) return UNIT_STYLE.collapsed;
  return unit.data.depth <= 1 ? UNIT_STYLE[1] : UNIT_STYLE[2];
}

function rectPath({ x, y, width, height }: NodeBox): string {
  return `M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${-round(width)}z`;
}

/** A name cut to about the width it has (bold 14 px averages some 8 px a letter). */
function clip(name: string, width: number): string {
  const letters = Math.max(4, Math.floor(width / 8));
  return name.length <= letters ? name : `${name.slice(0, letters - 1)}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;
