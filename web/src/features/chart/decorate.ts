import type { ModeMarks } from '../coverage/use-mode-data';
import type { ChartEdge, ChartNode } from './flow-types';
import { absoluteBoxes, type NodeBox } from './absolute-boxes';
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

/**
 * Layout runs again only when the shape of the chart changes, so laid-out nodes can carry data
 * from an older conversion (a unit that has since started fetching its positions, say). Takes
 * each node's data from the current conversion where it differs, keeping the rest as they are.
 */
export function withCurrentData(laidOut: ChartNode[], current: readonly ChartNode[]): ChartNode[] {
  const byId = new Map(current.map((n) => [n.id, n]));
  return laidOut.map((node) => {
    const fresh = byId.get(node.id);
    if (!fresh || fresh.type !== node.type || sameData(fresh.data, node.data)) return node;
    return { ...node, data: fresh.data } as ChartNode;
  });
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Draws the mode on laid-out nodes: in coverage mode each position's worst gap, in absence
 * mode who is away and who is left uncovered. Like `markPath`, returns new objects only for
 * the positions whose marks change.
 */
export function markModes(nodes: ChartNode[], marks: ModeMarks): ChartNode[] {
  return nodes.map((node) => {
    if (node.type !== 'position') return node;
    const gap = marks.gap?.get(node.id);
    const worstGap = gap ? gap.worstGap : undefined;
    const gapTone = gap?.tone;
    const absence = marks.absence ? (marks.absence.get(node.id) ?? null) : undefined;
    const { data } = node;
    if (data.worstGap === worstGap && data.gapTone === gapTone && data.absence === absence) return node;
    return { ...node, data: { ...data, worstGap, gapTone, absence } };
  });
}

/** A node's box in the chart's own coordinates, or null when there is no such node. */
export function absolutePosition(nodes: ChartNode[], id: string): NodeBox | null {
  return absoluteBoxes(nodes).get(id) ?? null;
}
