import type { ChartEdge, ChartNode } from './flow-types';
import { EMPTY_UNIT_SIZE, UNIT_HEADER_HEIGHT } from './flow-types';
import type { Point } from './reporting-route';

/** Which way the tree grows: top-down, or left-to-right. */
export type ChartDirection = 'TB' | 'LR';

export interface LayoutOptions {
  direction: ChartDirection;
}

/**
 * Spacing, in screen pixels. "Across" runs between siblings (horizontal when top-down), "along"
 * from a manager to its reports (vertical when top-down).
 */
const GAP = { leafAcross: 12, leafAlong: 10, siblingAcross: 16, level: 24, shelf: 24 } as const;
/** How far above a block a line runs across to reach its way in: the middle of the gap above it. */
const ENTRY = Math.min(GAP.level, GAP.shelf) / 2;
const ROOT_PADDING = 24;
const UNIT_PADDING = 12;
/** Each group of reports is packed to fit a screen of this width : height at the highest zoom. */
const SCREEN_ASPECT = 1.7;

/** Extents in the layout's own axes: `across` (siblings side by side) and `along` (manager to reports). */
interface Size {
  across: number;
  along: number;
}
interface Placed {
  id: string;
  across: number;
  along: number;
}
interface Waypoint {
  across: number;
  along: number;
}
/** Waypoints for the line to item `id`. */
interface Way {
  id: string;
  points: Waypoint[];
}
/** A laid-out group: its extent and the items in it, relative to its corner. */
interface Block extends Size {
  items: Placed[];
  /**
   * For each item a manager above the block has a line to: the way in through the gaps between
   * cards, from `ENTRY` above the block to just above the item.
   */
  entries: Way[];
  /** The lines inside the block that need more than a plain step to miss every card. */
  routes: Way[];
}
/** A packing of blocks, measured; placed only when chosen. */
interface Candidate extends Size {
  place(): Block;
}

/** Reporting lines (by edge id) → the waypoints they run through, in the chart's absolute coordinates. */
export type EdgeRoutes = ReadonlyMap<string, readonly Point[]>;

export interface RoutedLayout {
  nodes: ChartNode[];
  routes: EdgeRoutes;
}

/**
 * The compact org chart: `(nodes, edges) → positioned nodes`, pure and synchronous. Every open
 * unit is a box laid out by itself, inner boxes first. Inside a box, reporting lines make a
 * forest: a manager stands above its reports; reports who manage no one stack in a grid of about
 * √n columns under their manager, and reports with reports of their own lay out as subtrees
 * beside that grid. Each group is packed in rows or columns to fit a screen's shape, so that the
 * whole chart keeps a readable aspect ratio at any size. A line between two boxes counts, for
 * layout, as a line between the items holding its ends inside their nearest common box.
 * Positions are relative to the parent unit, as React Flow expects; open units get their size.
 */
export function compactLayout(nodes: readonly ChartNode[], edges: readonly ChartEdge[], options: LayoutOptions): ChartNode[] {
  return routedLayout(nodes, edges, options).nodes;
}

/**
 * The compact layout and the way of each reporting line it knows a plain step would draw across
 * cards: to a report on a second row of subtrees (or further down a column, or a grid), the line
 * goes down the gap between the subtrees of each row above, and along the gap between the rows.
 */
export function routedLayout(nodes: readonly ChartNode[], edges: readonly ChartEdge[], options: LayoutOptions): RoutedLayout {
  const horizontal = options.direction === 'LR';
  // A screen's across : along extent; a block costs the larger of its extents measured so.
  const screenAspect = horizontal ? 1 / SCREEN_ASPECT : SCREEN_ASPECT;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const isBox = (node: ChartNode | undefined) => node?.type === 'unit' && !node.data.collapsed;
  const containerOf = (node: ChartNode): string | null => (node.parentId && isBox(byId.get(node.parentId)) ? node.parentId : null);

  const itemsIn = new Map<string | null, string[]>();
  for (const node of nodes) push(itemsIn, containerOf(node), node.id);

  const { managerOf, lines } = reportingForest(nodes, edges, byId, containerOf);
  const reportsOf = new Map<string, string[]>();
  for (const id of byId.keys()) {
    const manager = managerOf.get(id);
    if (manager) push(reportsOf, manager, id);
  }

  const sizes = new Map<string, Size>();
  const placed = new Map<string, { x: number; y: number }>();
  const boxSizes = new Map<string, { width: number; height: number }>();
  const routesIn = new Map<string, { container: string | null; points: Point[] }>();
  const toSize = (width: number, height: number): Size => (horizontal ? { across: height, along: width } : { across: width, along: height });

  const layoutContainer = (containerId: string | null) => {
    const items = itemsIn.get(containerId) ?? [];
    for (const id of items) {
      const node = byId.get(id)!;
      if (isBox(node)) layoutContainer(id);
      const box = boxSizes.get(id);
      sizes.set(id, box ? toSize(box.width, box.height) : toSize(node.width ?? 0, node.height ?? 0));
    }
    const roots = items.filter((id) => !managerOf.has(id));
    const block = groupBlock(roots);
    // Real padding: a unit's header is always on top.
    const pad = containerId === null ? { top: ROOT_PADDING, left: ROOT_PADDING, bottom: ROOT_PADDING, right: ROOT_PADDING } : { top: UNIT_HEADER_HEIGHT, left: UNIT_PADDING, bottom: UNIT_PADDING, right: UNIT_PADDING };
    const toPoint = (p: Waypoint): Point => (horizontal ? { x: pad.left + p.along, y: pad.top + p.across } : { x: pad.left + p.across, y: pad.top + p.along });
    for (const item of block.items) placed.set(item.id, toPoint(item));
    for (const route of block.routes) routesIn.set(route.id, { container: containerId, points: route.points.map(toPoint) });
    if (containerId !== null) {
      const inner = horizontal ? { width: block.along, height: block.across } : { width: block.across, height: block.along };
      boxSizes.set(containerId, {
        width: Math.max(EMPTY_UNIT_SIZE.width, pad.left + inner.width + pad.right),
        height: Math.max(EMPTY_UNIT_SIZE.height, pad.top + inner.height + pad.bottom),
      });
    }
  };

  /** A manager above the block of its reports. */
  const treeBlock = (id: string): Block => {
    const own = sizes.get(id)!;
    const reports = reportsOf.get(id);
    const entry = (across: number): Way[] => [{ id, points: [{ across: across / 2, along: -ENTRY }] }];
    if (!reports?.length) return { ...own, items: [{ id, across: 0, along: 0 }], entries: entry(own.across), routes: [] };
    const below = groupBlock(reports);
    const across = Math.max(own.across, below.across);
    const items: Placed[] = [{ id, across: (across - own.across) / 2, along: 0 }];
    const shiftAcross = (across - below.across) / 2;
    const shiftAlong = own.along + GAP.level;
    for (const item of below.items) items.push({ id: item.id, across: item.across + shiftAcross, along: item.along + shiftAlong });
    const routes = shiftWays(below.routes, shiftAcross, shiftAlong);
    // Out of the manager into the middle of the gap below it, then the way in to each report; a
    // report straight below needs no more than the plain step, unless the line goes on into a box.
    const out: Waypoint = { across: across / 2, along: own.along + GAP.level / 2 };
    for (const way of below.entries) {
      if (way.points.length > 1 || isBox(byId.get(way.id))) routes.push({ id: way.id, points: [out, ...shiftPoints(way.points, shiftAcross, shiftAlong)] });
    }
    return { across, along: shiftAlong + below.along, items, entries: entry(across), routes };
  };

  /** Siblings: those who manage no one (and are no open box) in a grid of ⌈√n⌉ columns, then each subtree. */
  const groupBlock = (ids: readonly string[]): Block => {
    const leaves: string[] = [];
    const parts: Block[] = [];
    for (const id of ids) {
      if (!reportsOf.has(id) && !isBox(byId.get(id))) leaves.push(id);
    }
    if (leaves.length) parts.push(gridBlock(leaves));
    for (const id of ids) if (reportsOf.has(id) || isBox(byId.get(id))) parts.push(treeBlock(id));
    return shelves(parts, leaves.length > 0);
  };

  const gridBlock = (ids: readonly string[]): Block => {
    const columns = Math.ceil(Math.sqrt(ids.length));
    let cellAcross = 0;
    let cellAlong = 0;
    for (const id of ids) {
      const size = sizes.get(id)!;
      cellAcross = Math.max(cellAcross, size.across);
      cellAlong = Math.max(cellAlong, size.along);
    }
    const rows = Math.ceil(ids.length / columns);
    const [pitchAcross, pitchAlong] = [cellAcross + GAP.leafAcross, cellAlong + GAP.leafAlong];
    const items = ids.map((id, i) => ({ id, across: (i % columns) * pitchAcross, along: Math.floor(i / columns) * pitchAlong }));
    // A card below the grid's first row is reached down the gap beside its column, then along the gap above its row.
    const entries = items.map(({ id, across, along }): Way => {
      const centre = across + sizes.get(id)!.across / 2;
      if (along === 0) return { id, points: [{ across: centre, along: -ENTRY }] };
      const channel = (across > 0 ? across : pitchAcross) - GAP.leafAcross / 2;
      const rowGap = along - GAP.leafAlong / 2;
      return { id, points: [{ across: channel, along: -ENTRY }, { across: channel, along: rowGap }, { across: centre, along: rowGap }] };
    });
    return {
      across: columns * cellAcross + (columns - 1) * GAP.leafAcross,
      along: rows * cellAlong + (rows - 1) * GAP.leafAlong,
      items,
      entries,
      routes: [],
    };
  };

  /**
   * Siblings' blocks packed under their manager: the grid of those who manage no one first, then
   * the subtrees tallest first, either in rows (each centred) or in columns (each part going to
   * the shortest column). Of every row width and column count, takes the packing that fits a
   * screen at the highest zoom.
   */
  const shelves = (unsorted: readonly Block[], leavesFirst: boolean): Block => {
    if (unsorted.length === 0) return { across: 0, along: 0, items: [], entries: [], routes: [] };
    if (unsorted.length === 1) return unsorted[0];
    const [first, ...rest] = leavesFirst ? unsorted : [null, ...unsorted];
    const parts = [...(first ? [first] : []), ...rest.filter((p): p is Block => !!p).sort((a, b) => b.along - a.along)];
    const cost = (b: Size) => Math.max(b.across, b.along * screenAspect);
    let best: Candidate | null = null;
    const consider = (candidate: Candidate) => {
      if (!best || cost(candidate) < cost(best)) best = candidate;
    };
    const widest = Math.max(...parts.map((p) => p.across));
    let prefix = -GAP.siblingAcross;
    for (const [i, part] of parts.entries()) {
      prefix += GAP.siblingAcross + part.across;
      consider(inRows(parts, Math.max(widest, prefix)));
      if (i > 0) consider(inColumns(parts, i + 1));
    }
    return (best as Candidate | null)!.place();
  };

  layoutContainer(null);

  const origins = new Map<string | null, Point>([[null, { x: 0, y: 0 }]]);
  const originOf = (containerId: string | null): Point => {
    const known = origins.get(containerId);
    if (known) return known;
    const outer = originOf(containerOf(byId.get(containerId!)!));
    const own = placed.get(containerId!) ?? { x: 0, y: 0 };
    const origin = { x: outer.x + own.x, y: outer.y + own.y };
    origins.set(containerId, origin);
    return origin;
  };
  const routes = new Map<string, Point[]>();
  for (const { edge, from, to } of lines) {
    // A line that starts inside a box would have to find its way out of it: left as a plain step.
    const route = routesIn.get(to);
    if (!route || from !== edge.source || managerOf.get(to) !== from) continue;
    const origin = originOf(route.container);
    routes.set(edge.id, route.points.map((p) => ({ x: origin.x + p.x, y: origin.y + p.y })));
  }

  const laidOut = nodes.map((node) => {
    const position = placed.get(node.id) ?? node.position;
    const box = boxSizes.get(node.id);
    return box ? { ...node, position, width: box.width, height: box.height } : { ...node, position };
  });
  return { nodes: laidOut, routes };
}

/**
 * Who stands above whom inside each box: for a reporting line, the two items holding its ends
 * inside their nearest common box (a position, or a unit box). The first line into an item wins;
 * a line that would close a loop is left out.
 */
function reportingForest(
  nodes: readonly ChartNode[],
  edges: readonly ChartEdge[],
  byId: ReadonlyMap<string, ChartNode>,
  containerOf: (node: ChartNode) => string | null,
): { managerOf: Map<string, string>; lines: { edge: ChartEdge; from: string; to: string }[] } {
  const chain = (id: string): (string | null)[] => {
    const ids: (string | null)[] = [id];
    for (let c = containerOf(byId.get(id)!); ids.length <= nodes.length; c = containerOf(byId.get(c)!)) {
      ids.push(c);
      if (c === null) break;
    }
    return ids;
  };
  const managerOf = new Map<string, string>();
  const lines: { edge: ChartEdge; from: string; to: string }[] = [];
  for (const edge of edges) {
    if (edge.type !== 'reporting' || !byId.has(edge.source) || !byId.has(edge.target) || edge.source === edge.target) continue;
    const up = chain(edge.source);
    const down = chain(edge.target);
    const upIndex = new Map(up.map((id, i) => [id, i]));
    const lca = down.findIndex((id, i) => i > 0 && upIndex.has(id));
    if (lca < 1) continue;
    const from = up[upIndex.get(down[lca])! - 1];
    const to = down[lca - 1];
    if (!from || !to || from === to) continue;
    lines.push({ edge, from, to });
    if (managerOf.has(to)) continue;
    let loops = false;
    for (let m: string | undefined = from; m; m = managerOf.get(m)) {
      if (m === to) {
        loops = true;
        break;
      }
    }
    if (!loops) managerOf.set(to, from);
  }
  return { managerOf, lines };
}

/** Greedy rows no wider than `limit`, each centred. */
function inRows(parts: readonly Block[], limit: number): Candidate {
  const rows: { parts: Block[]; across: number; along: number }[] = [];
  for (const part of parts) {
    const row = rows[rows.length - 1];
    if (row && row.across + GAP.siblingAcross + part.across <= limit) {
      row.across += GAP.siblingAcross + part.across;
      row.along = Math.max(row.along, part.along);
      row.parts.push(part);
    } else {
      rows.push({ parts: [part], across: part.across, along: part.along });
    }
  }
  const across = Math.max(...rows.map((r) => r.across));
  const along = rows.reduce((sum, r) => sum + r.along, 0) + (rows.length - 1) * GAP.shelf;
  const place = (): Block => {
    const items: Placed[] = [];
    const entries: Way[] = [];
    const routes: Way[] = [];
    // Each row above: its extent along, and the gaps beside and between its parts, where a line may pass down.
    const above: { top: number; bottom: number; gaps: number[] }[] = [];
    let top = 0;
    for (const row of rows) {
      let offset = (across - row.across) / 2;
      const gaps = [offset - GAP.siblingAcross / 2];
      for (const part of row.parts) {
        for (const item of part.items) items.push({ id: item.id, across: item.across + offset, along: item.along + top });
        routes.push(...shiftWays(part.routes, offset, top));
        for (const way of shiftWays(part.entries, offset, top)) entries.push({ id: way.id, points: [...downThrough(above, way.points[0].across), ...way.points] });
        offset += part.across + GAP.siblingAcross;
        gaps.push(offset - GAP.siblingAcross / 2);
      }
      above.push({ top, bottom: top + row.along, gaps });
      top += row.along + GAP.shelf;
    }
    return { across, along, items, entries, routes };
  };
  return { across, along, place };
}

/** Down through each row above, by the gap nearest to where the line is going, and along the gap below it. */
function downThrough(rows: readonly { top: number; bottom: number; gaps: number[] }[], towards: number): Waypoint[] {
  const points: Waypoint[] = [];
  for (const row of rows) {
    const gap = nearest(row.gaps, towards);
    points.push({ across: gap, along: row.top - ENTRY }, { across: gap, along: row.bottom + GAP.shelf - ENTRY });
  }
  return points;
}

/** `count` columns; each part, in order, goes to the shortest column and is centred in it. */
function inColumns(parts: readonly Block[], count: number): Candidate {
  const columns = Array.from({ length: count }, () => ({ parts: [] as { part: Block; along: number }[], across: 0, along: -GAP.shelf }));
  for (const part of parts) {
    const column = columns.reduce((low, c) => (c.along < low.along ? c : low));
    column.along += GAP.shelf;
    column.parts.push({ part, along: column.along });
    column.along += part.along;
    column.across = Math.max(column.across, part.across);
  }
  const used = columns.filter((c) => c.parts.length);
  const across = used.reduce((sum, c) => sum + c.across, 0) + (used.length - 1) * GAP.siblingAcross;
  const place = (): Block => {
    const items: Placed[] = [];
    const entries: Way[] = [];
    const routes: Way[] = [];
    let offset = 0;
    for (const column of used) {
      // A part below the top of its column is reached down the gap beside the column.
      const gaps = [offset - GAP.siblingAcross / 2, offset + column.across + GAP.siblingAcross / 2];
      for (const { part, along } of column.parts) {
        const shift = offset + (column.across - part.across) / 2;
        for (const item of part.items) items.push({ id: item.id, across: item.across + shift, along: item.along + along });
        routes.push(...shiftWays(part.routes, shift, along));
        for (const way of shiftWays(part.entries, shift, along)) {
          const gap = nearest(gaps, way.points[0].across);
          const down = along === 0 ? [] : [{ across: gap, along: -ENTRY }, { across: gap, along: along - ENTRY }];
          entries.push({ id: way.id, points: [...down, ...way.points] });
        }
      }
      offset += column.across + GAP.siblingAcross;
    }
    return { across, along: Math.max(...used.map((c) => c.along)), items, entries, routes };
  };
  return { across, along: Math.max(...used.map((c) => c.along)), place };
}

function nearest(values: readonly number[], to: number): number {
  return values.reduce((best, v) => (Math.abs(v - to) < Math.abs(best - to) ? v : best));
}

function shiftPoints(points: readonly Waypoint[], across: number, along: number): Waypoint[] {
  return points.map((p) => ({ across: p.across + across, along: p.along + along }));
}

function shiftWays(ways: readonly Way[], across: number, along: number): Way[] {
  return ways.map((way) => ({ id: way.id, points: shiftPoints(way.points, across, along) }));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
