import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { ChartEdge, ChartNode } from './flow-types';
import { EMPTY_UNIT_SIZE, UNIT_HEADER_HEIGHT } from './flow-types';

/** Runs ELK on a graph: on the main thread, in a Web Worker, or in Node for the benchmark. */
export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

const ROOT_ID = '__root__';

const SHARED: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.componentComponent': '28',
  // Lay out each unit on its own; lines between units only order the boxes (see toElkGraph).
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
  'elk.separateConnectedComponents': 'true',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Place separate groups in the order toElkGraph sorts them: managers' groups first.
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
  'elk.aspectRatio': '2.2',
};

const ROOT_OPTIONS: LayoutOptions = { ...SHARED, 'elk.padding': '[top=24,left=24,bottom=24,right=24]' };

const UNIT_OPTIONS: LayoutOptions = {
  ...SHARED,
  'elk.padding': `[top=${UNIT_HEADER_HEIGHT},left=16,bottom=16,right=16]`,
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
  'elk.nodeSize.minimum': `(${EMPTY_UNIT_SIZE.width},${EMPTY_UNIT_SIZE.height})`,
};

/**
 * Positions every node: `(nodes, edges) → positioned nodes`. Positions are relative to the
 * parent unit, as React Flow expects; open units get the size that fits their contents.
 */
export async function layoutChart(nodes: ChartNode[], edges: ChartEdge[], runElk: RunElk): Promise<ChartNode[]> {
  return applyElkLayout(nodes, await runElk(toElkGraph(nodes, edges)));
}

/**
 * The ELK graph of the chart: each open unit is a compound node. ELK lays out each unit by
 * itself, so a reporting line that crosses units becomes, for layout only, a line between the
 * two boxes that hold its ends inside their nearest common unit: a department head then sits
 * above the box of the division it manages.
 */
export function toElkGraph(nodes: ChartNode[], edges: ChartEdge[]): ElkNode {
  const root: ElkNode = { id: ROOT_ID, layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const elkNodes = new Map<string, ElkNode>([[ROOT_ID, root]]);
  const parentOf = new Map<string, string>();

  for (const node of nodes) {
    const container = node.parentId && elkNodes.has(node.parentId) ? node.parentId : ROOT_ID;
    const isOpenUnit = node.type === 'unit' && !node.data.collapsed;
    const elkNode: ElkNode = isOpenUnit
      ? { id: node.id, layoutOptions: UNIT_OPTIONS, children: [], edges: [] }
      : { id: node.id, width: node.width ?? 0, height: node.height ?? 0 };
    elkNodes.set(node.id, elkNode);
    parentOf.set(node.id, container);
    elkNodes.get(container)!.children!.push(elkNode);
  }
  // ELK gives an empty compound node no size of its own.
  for (const node of elkNodes.values()) {
    if (node !== root && node.children && node.children.length === 0) {
      Object.assign(node, EMPTY_UNIT_SIZE);
      delete node.children;
      delete node.edges;
    }
  }

  const chain = (id: string): string[] => {
    const ids = [id];
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) ids.push(p);
    return ids;
  };
  const seen = new Set<string>();
  for (const edge of edges) {
    if (edge.type !== 'reporting' || !parentOf.has(edge.source) || !parentOf.has(edge.target)) continue;
    const up = chain(edge.source);
    const down = chain(edge.target);
    const common = new Set(up);
    const lcaIndex = down.findIndex((id, i) => i > 0 && common.has(id));
    if (lcaIndex < 1) continue;
    const container = down[lcaIndex];
    const from = up[up.indexOf(container) - 1];
    const to = down[lcaIndex - 1];
    const id = `${from}->${to}`;
    if (!from || from === to || seen.has(id)) continue;
    seen.add(id);
    const elkEdge: ElkExtendedEdge = { id, sources: [from], targets: [to] };
    elkNodes.get(container)!.edges!.push(elkEdge);
  }
  for (const node of elkNodes.values()) if (node.children && node.edges) sortChildren(node, nodes);
  return root;
}

/**
 * Reading order inside a unit: groups with reporting lines (managers first), then positions
 * with no known manager or reports (documented first), then sub-units.
 */
function sortChildren(container: ElkNode, nodes: ChartNode[]) {
  const sources = new Set(container.edges!.flatMap((e) => e.sources));
  const targets = new Set(container.edges!.flatMap((e) => e.targets));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rank = (id: string): number => {
    if (sources.has(id)) return 0;
    if (targets.has(id)) return 1;
    const node = byId.get(id);
    if (node?.type === 'position') return node.data.documented ? 2 : 3;
    return 4;
  };
  const order = new Map(container.children!.map((c, i) => [c.id, i]));
  container.children!.sort((a, b) => rank(a.id) - rank(b.id) || order.get(a.id)! - order.get(b.id)!);
}

/** Copies ELK's coordinates (relative to the parent) and unit sizes onto the nodes. */
export function applyElkLayout(nodes: ChartNode[], laidOut: ElkNode): ChartNode[] {
  const placed = new Map<string, ElkNode>();
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placed.set(child.id, child);
      walk(child);
    }
  };
  walk(laidOut);
  return nodes.map((node) => {
    const elk = placed.get(node.id);
    if (!elk) return node;
    const position = { x: elk.x ?? 0, y: elk.y ?? 0 };
    if (node.type === 'unit') return { ...node, position, width: elk.width, height: elk.height };
    return { ...node, position };
  });
}
