import type { ChartEdge, ChartNode } from './flow-types';
import { PATH_STYLE, Z } from './to-flow';

/**
 * Marks the open position and its reporting path to the top (itself, its manager, and so on),
 * on nodes that layout has already positioned. Returns new objects only for what changes, so
 * memoised nodes that are not on the path do not re-render.
 */
export function markPath(
  nodes: ChartNode[],
  edges: ChartEdge[],
  selectedId: string | null,
  chainIds: readonly string[],
): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const path = new Set(selectedId ? [selectedId, ...chainIds] : []);
  const markedNodes = nodes.map((node) => {
    if (node.type !== 'position') return node;
    const selected = node.id === selectedId;
    const onPath = path.has(node.id);
    if (!!node.data.selected === selected && !!node.data.onPath === onPath) return node;
    return { ...node, data: { ...node.data, selected, onPath } };
  });
  const markedEdges = edges.map((edge) => {
    const onPath = edge.type === 'reporting' && path.has(edge.source) && path.has(edge.target);
    return onPath ? { ...edge, className: 'on-path', animated: true, zIndex: Z.path, style: PATH_STYLE } : edge;
  });
  return { nodes: markedNodes, edges: markedEdges };
}

/** Absolute position of a node, adding up its parents' positions (React Flow stores them relative). */
export function absolutePosition(nodes: ChartNode[], id: string): { x: number; y: number; width: number; height: number } | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let node = byId.get(id);
  if (!node) return null;
  const width = node.width ?? 0;
  const height = node.height ?? 0;
  let x = 0;
  let y = 0;
  for (let guard = 0; node && guard < nodes.length; guard++) {
    x += node.position.x;
    y += node.position.y;
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return { x, y, width, height };
}
