import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { ChartNode } from './flow-types';

/** Colours of the overview's cards: the colour the minimap gives each position. */
export type CardColour = (node: ChartNode) => string;

/**
 * A large chart seen whole: every position inside a unit as one rectangle of a single SVG, in
 * place of its card. Thousands of cards cost the browser seconds of style and layout work, and
 * at this zoom no card can be read; zooming in brings the cards back.
 */
export const ChartOverview = memo(function ChartOverview({ nodes, colour }: { nodes: readonly ChartNode[]; colour: CardColour }) {
  const rects = useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const origin = new Map<string, { x: number; y: number }>();
    const absolute = (node: ChartNode): { x: number; y: number } => {
      const known = origin.get(node.id);
      if (known) return known;
      const parent = node.parentId ? byId.get(node.parentId) : undefined;
      const base = parent ? absolute(parent) : { x: 0, y: 0 };
      const at = { x: base.x + node.position.x, y: base.y + node.position.y };
      origin.set(node.id, at);
      return at;
    };
    return nodes
      .filter((n) => n.type === 'position' && n.parentId)
      .map((n) => ({ id: n.id, ...absolute(n), width: n.width ?? 0, height: n.height ?? 0, fill: colour(n), marked: n.type === 'position' && (n.data.selected || n.data.onPath) }));
  }, [nodes, colour]);
  return (
    <ViewportPortal>
      <svg className="chart-overview" aria-hidden="true" style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', pointerEvents: 'none' }} width={1} height={1}>
        {rects.map((r) => (
          <rect key={r.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={8} fill={r.fill} stroke={r.marked ? '#1f6feb' : 'none'} strokeWidth={r.marked ? 24 : 0} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
