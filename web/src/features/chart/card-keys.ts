import type { ChartDirection } from './compact-layout';
import type { ChartEdge, ChartNode } from './flow-types';
import { absoluteBoxes } from './absolute-boxes';

/** Where an arrow key moves among the cards: to the manager, the first report, or a peer before or after. */
export type CardMove = 'manager' | 'report' | 'previous' | 'next';

/** Top-down, Up goes to the manager and Left/Right among peers; left to right, the axes turn with the tree. */
export function moveForKey(key: string, direction: ChartDirection): CardMove | null {
  const keys: Record<string, CardMove> =
    direction === 'LR'
      ? { ArrowLeft: 'manager', ArrowRight: 'report', ArrowUp: 'previous', ArrowDown: 'next' }
      : { ArrowUp: 'manager', ArrowDown: 'report', ArrowLeft: 'previous', ArrowRight: 'next' };
  return keys[key] ?? null;
}

/**
 * The tree the arrow keys walk, from the laid-out nodes: a card's manager is the card its
 * reporting line comes from, or else the unit box around it; peers share a manager and are in
 * reading order (row by row as drawn; column by column left to right).
 */
export function cardTree(nodes: readonly ChartNode[], edges: readonly ChartEdge[], direction: ChartDirection) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = absoluteBoxes(nodes);

  const managerOf = new Map<string, string>();
  for (const edge of edges) {
    if (edge.type === 'reporting' && byId.has(edge.source) && byId.has(edge.target) && !managerOf.has(edge.target)) managerOf.set(edge.target, edge.source);
  }
  for (const node of nodes) if (!managerOf.has(node.id) && node.parentId && byId.has(node.parentId)) managerOf.set(node.id, node.parentId);

  const reportsOf = new Map<string | null, string[]>();
  for (const node of nodes) {
    const manager = managerOf.get(node.id) ?? null;
    const list = reportsOf.get(manager);
    if (list) list.push(node.id);
    else reportsOf.set(manager, [node.id]);
  }
  const across = (id: string) => (direction === 'LR' ? absolute.get(id)!.y : absolute.get(id)!.x);
  const along = (id: string) => (direction === 'LR' ? absolute.get(id)!.x : absolute.get(id)!.y);
  for (const list of reportsOf.values()) list.sort((a, b) => along(a) - along(b) || across(a) - across(b));

  return {
    /** The card an arrow key moves to from `id`, or null when there is none that way. */
    move(id: string, move: CardMove): string | null {
      if (!byId.has(id)) return null;
      if (move === 'manager') return managerOf.get(id) ?? null;
      if (move === 'report') return reportsOf.get(id)?.[0] ?? null;
      const peers = reportsOf.get(managerOf.get(id) ?? null) ?? [];
      const at = peers.indexOf(id);
      return peers[move === 'next' ? at + 1 : at - 1] ?? null;
    },
    /** Where the card is on the chart (its top left corner). */
    position: (id: string) => absolute.get(id) ?? null,
  };
}
