import type { LineStatus } from '../../gql/graphql';
import { baseTitle, coverageOfPosition, substituteCount } from './coverage';
import type {
  ChartEdge,
  ChartNode,
  PositionFlowNode,
  ReportingFlowEdge,
  SubstitutionFlowEdge,
  UnitFlowNode,
} from './flow-types';
import { COLLAPSED_UNIT_SIZE, POSITION_SIZE } from './flow-types';
import { indexOrg, type OrgData, type OrgIndex } from './org-data';

/** What the user chose to see: which units are closed, which one is focused, whether substitutions are drawn. */
export interface ChartView {
  collapsed: ReadonlySet<string>;
  focusUnitId?: string | null;
  overlay: boolean;
}

export interface FlowElements {
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Open units whose positions have not been fetched (nor are being, nor failed): fetch them. */
  unloaded: string[];
}

/**
 * API data → React Flow nodes and edges (not yet positioned).
 * Units become group nodes with their sub-units and positions inside; parents always come
 * before their children, as React Flow requires. A collapsed unit is a single node, and
 * everything below it (positions and lines) is left out.
 */
export function toFlow(data: OrgData, view: ChartView, index: OrgIndex = indexOrg(data)): FlowElements {
  const nodes: ChartNode[] = [];
  const unloaded: string[] = [];
  const focus = view.focusUnitId && index.unit(view.focusUnitId) ? view.focusUnitId : null;

  const addUnit = (unitId: string, parentId: string | undefined) => {
    const unit = index.unit(unitId)!;
    const collapsed = view.collapsed.has(unitId);
    const node: UnitFlowNode = {
      id: unitId,
      type: 'unit',
      ariaLabel: unit.name,
      position: { x: 0, y: 0 },
      data: {
        name: unit.name,
        unitKind: unit.kind,
        depth: index.depth(unitId),
        collapsed,
        hasSubUnits: index.childUnits(unitId).length > 0,
        positionCount: index.totalPositions(unitId),
        focused: unitId === focus,
        loading: !!data.loadingUnits?.has(unitId),
        loadFailed: !!data.failedUnits?.has(unitId),
      },
      ...(parentId ? { parentId } : {}),
      ...(collapsed ? { width: COLLAPSED_UNIT_SIZE.width, height: COLLAPSED_UNIT_SIZE.height } : {}),
    };
    nodes.push(node);
    if (collapsed) return;
    if (!index.isLoaded(unitId) && !node.data.loading && !node.data.loadFailed) unloaded.push(unitId);
    for (const position of index.positionsIn(unitId)) nodes.push(positionNode(position.id, unitId, index));
    for (const child of index.childUnits(unitId)) addUnit(child.id, unitId);
  };

  if (focus) {
    addUnit(focus, undefined);
  } else {
    for (const position of index.positionsIn(null)) nodes.push(positionNode(position.id, undefined, index));
    for (const unit of index.childUnits(null)) addUnit(unit.id, undefined);
  }

  const shown = new Set(nodes.filter((n) => n.type === 'position').map((n) => n.id));
  const shownUnits = new Set(nodes.filter((n) => n.type === 'unit').map((n) => n.id));
  const closedCards = new Set(nodes.filter((n) => n.type === 'unit' && n.data.collapsed).map((n) => n.id));
  const edges: ChartEdge[] = reportingEdges(data, shown, closedCards, index);
  if (view.overlay) edges.push(...substitutionEdges(data, shown, shownUnits, index));
  return { nodes, edges, unloaded };
}

function positionNode(positionId: string, unitId: string | undefined, index: OrgIndex): PositionFlowNode {
  const position = index.position(positionId)!;
  const count = substituteCount(position);
  return {
    id: position.id,
    type: 'position',
    ariaLabel: position.title,
    position: { x: 0, y: 0 },
    width: POSITION_SIZE.width,
    height: POSITION_SIZE.height,
    zIndex: Z.position,
    ...(unitId ? { parentId: unitId } : {}),
    data: {
      title: position.title,
      baseTitle: baseTitle(position.title, position.specialization),
      specialization: position.specialization,
      unitName: unitId ? (index.unit(unitId)?.name ?? null) : null,
      documented: position.documented,
      correctedFields: position.correctedFields,
      substituteCount: count,
      coverage: coverageOfPosition(position),
    },
  };
}

/**
 * A line from each shown position up to its shown manager (drawn manager above, report below).
 * A manager's report hidden in a closed unit draws the line to that unit's card, and a closed
 * unit no line reaches yet (its positions not fetched) hangs from the head of the unit around
 * it, so that every card stays on one tree from the top.
 */
function reportingEdges(data: OrgData, shown: ReadonlySet<string>, closedCards: ReadonlySet<string>, index: OrgIndex): ReportingFlowEdge[] {
  const edges = new Map<string, ReportingFlowEdge>();
  const closedCardOf = (positionId: string): string | undefined =>
    index.unitAncestry(index.position(positionId)?.unit?.id ?? null).find((unitId) => closedCards.has(unitId));
  const add = (id: string, source: string, target: string, targetName: string) => {
    if (edges.has(id)) return;
    edges.set(id, {
      id,
      type: 'reporting',
      ariaLabel: `${titleOf(index, source)} → ${targetName}`,
      source,
      target,
      data: { kind: 'reporting' },
      // Inline rather than from CSS, so that image export (which copies styles) keeps it too.
      style: REPORTING_STYLE,
      zIndex: Z.reporting,
    });
  };
  const reached = new Set<string>();
  for (const position of data.positions) {
    const managerId = position.manager?.id;
    if (!managerId || managerId === position.id || !shown.has(managerId)) continue;
    if (shown.has(position.id)) {
      add(`reports:${position.id}`, managerId, position.id, position.title);
      continue;
    }
    const card = closedCardOf(position.id);
    if (!card) continue;
    reached.add(card);
    add(`reports:${managerId}->${card}`, managerId, card, index.unit(card)?.name ?? card);
  }
  for (const unitId of closedCards) {
    if (reached.has(unitId)) continue;
    const head = headOf(index, index.parentOf(unitId));
    if (head && shown.has(head)) add(`reports:${head}->${unitId}`, head, unitId, index.unit(unitId)?.name ?? unitId);
  }
  return [...edges.values()];
}

/** A unit's head: the first of its positions whose manager is not in the unit itself. */
function headOf(index: OrgIndex, unitId: string | null): string | null {
  if (!unitId) return null;
  const inUnit = index.positionsIn(unitId);
  const head = inUnit.find((p) => !p.manager || index.position(p.manager.id)?.unit?.id !== unitId);
  return head?.id ?? null;
}

/**
 * Stacking (the chart uses React Flow's manual z-index mode): unit boxes at the bottom, then
 * reporting lines, then substitution lines, then position cards, so that lines pass under the
 * cards' text instead of across it.
 */
export const Z = { reporting: 10, path: 11, substitution: 20, position: 30 } as const;

export const REPORTING_STYLE = { stroke: '#6b7b8d', strokeWidth: 1.5 } as const;
export const PATH_STYLE = { stroke: '#1f6feb', strokeWidth: 3 } as const;

/**
 * Dashed arrows from each substitute to the position it stands in for. A group of a unit's
 * staff is drawn from its unit's box, when that box is shown and the position is not inside it
 * (its own colleagues need no arrow); placeholders have no end to draw from.
 */
function substitutionEdges(data: OrgData, shown: ReadonlySet<string>, shownUnits: ReadonlySet<string>, index: OrgIndex): SubstitutionFlowEdge[] {
  const edges = new Map<string, SubstitutionFlowEdge>();
  for (const position of data.positions) {
    if (!shown.has(position.id)) continue;
    for (const line of position.substitutes) {
      let sourceId: string;
      let sourceName: string;
      if (line.position) {
        sourceId = line.position.id;
        if (!shown.has(sourceId) || sourceId === position.id) continue;
        sourceName = titleOf(index, sourceId);
      } else if (line.group) {
        sourceId = line.group.id;
        if (!shownUnits.has(sourceId) || index.isWithin(position.unit?.id ?? null, sourceId)) continue;
        sourceName = line.label;
      } else {
        continue;
      }
      const id = `substitutes:${sourceId}->${position.id}`;
      if (edges.has(id)) continue;
      const style = substitutionStyle(line.status);
      edges.set(id, {
        id,
        type: 'substitution',
        ariaLabel: `${sourceName} ⇢ ${position.title}`,
        source: sourceId,
        target: position.id,
        data: { kind: 'substitution', status: line.status, statedBy: line.statedBy },
        className: `substitution-edge substitution-${line.status.toLowerCase()}`,
        style: { stroke: style.stroke, strokeDasharray: style.dash, strokeWidth: style.width },
        markerEnd: { type: 'arrowclosed', color: style.stroke, width: 16, height: 16 },
        zIndex: Z.substitution,
      });
    }
  }
  return [...edges.values()];
}

const titleOf = (index: OrgIndex, positionId: string) => index.position(positionId)?.title ?? positionId;

/** A line both documents state is drawn firmer than one only one document states. */
export function substitutionStyle(status: LineStatus): { stroke: string; dash: string; width: number } {
  switch (status) {
    case 'CONFIRMED':
      return { stroke: '#1b7f3b', dash: '10 4', width: 2.5 };
    case 'CONTRADICTED':
      return { stroke: '#c0392b', dash: '3 4', width: 2 };
    case 'UNCONFIRMED':
    default:
      return { stroke: '#c77700', dash: '5 4', width: 2 };
  }
}

/**
 * Large organisations open with every unit below the departments closed (and their positions
 * are fetched unit by unit, as units are opened: see use-org-data).
 */
export const COLLAPSE_ABOVE_POSITIONS = 500;

export function defaultCollapsed(data: OrgData, index: OrgIndex = indexOrg(data)): Set<string> {
  const fetchedByUnit = data.loadedUnits !== undefined;
  if (!fetchedByUnit && data.positions.length <= COLLAPSE_ABOVE_POSITIONS) return new Set();
  return new Set(data.units.filter((u) => index.depth(u.id) >= 1).map((u) => u.id));
}
