import type { LineStatus } from '../../gql/graphql';
import { baseTitle, coverageOf, substituteCount } from './coverage';
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
}

/**
 * API data → React Flow nodes and edges (not yet positioned).
 * Units become group nodes with their sub-units and positions inside; parents always come
 * before their children, as React Flow requires. A collapsed unit is a single node, and
 * everything below it (positions and lines) is left out.
 */
export function toFlow(data: OrgData, view: ChartView, index: OrgIndex = indexOrg(data)): FlowElements {
  const nodes: ChartNode[] = [];
  const focus = view.focusUnitId && index.unit(view.focusUnitId) ? view.focusUnitId : null;

  const addUnit = (unitId: string, parentId: string | undefined) => {
    const unit = index.unit(unitId)!;
    const collapsed = view.collapsed.has(unitId);
    const node: UnitFlowNode = {
      id: unitId,
      type: 'unit',
      position: { x: 0, y: 0 },
      data: {
        name: unit.name,
        unitKind: unit.kind,
        depth: index.depth(unitId),
        collapsed,
        positionCount: index.totalPositions(unitId),
        focused: unitId === focus,
      },
      ...(parentId ? { parentId } : {}),
      ...(collapsed ? { width: COLLAPSED_UNIT_SIZE.width, height: COLLAPSED_UNIT_SIZE.height } : {}),
    };
    nodes.push(node);
    if (collapsed) return;
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
  const edges: ChartEdge[] = reportingEdges(data, shown);
  if (view.overlay) edges.push(...substitutionEdges(data, shown));
  return { nodes, edges };
}

function positionNode(positionId: string, unitId: string | undefined, index: OrgIndex): PositionFlowNode {
  const position = index.position(positionId)!;
  const count = substituteCount(position);
  return {
    id: position.id,
    type: 'position',
    position: { x: 0, y: 0 },
    width: POSITION_SIZE.width,
    height: POSITION_SIZE.height,
    ...(unitId ? { parentId: unitId } : {}),
    data: {
      title: position.title,
      baseTitle: baseTitle(position.title, position.specialization),
      specialization: position.specialization,
      unitName: unitId ? (index.unit(unitId)?.name ?? null) : null,
      documented: position.documented,
      substituteCount: count,
      coverage: coverageOf(count),
    },
  };
}

/** A line from each shown position up to its shown manager (drawn manager above, report below). */
function reportingEdges(data: OrgData, shown: ReadonlySet<string>): ReportingFlowEdge[] {
  const edges: ReportingFlowEdge[] = [];
  for (const position of data.positions) {
    const managerId = position.manager?.id;
    if (!managerId || managerId === position.id || !shown.has(position.id) || !shown.has(managerId)) continue;
    edges.push({
      id: `reports:${position.id}`,
      type: 'reporting',
      source: managerId,
      target: position.id,
      data: { kind: 'reporting' },
    });
  }
  return edges;
}

/** Dashed arrows from each substitute to the position it stands in for. */
function substitutionEdges(data: OrgData, shown: ReadonlySet<string>): SubstitutionFlowEdge[] {
  const edges = new Map<string, SubstitutionFlowEdge>();
  for (const position of data.positions) {
    if (!shown.has(position.id)) continue;
    for (const line of position.substitutes) {
      const substituteId = line.position.id;
      const id = `substitutes:${substituteId}->${position.id}`;
      if (!shown.has(substituteId) || substituteId === position.id || edges.has(id)) continue;
      const style = substitutionStyle(line.status);
      edges.set(id, {
        id,
        type: 'substitution',
        source: substituteId,
        target: position.id,
        data: { kind: 'substitution', status: line.status, statedBy: line.statedBy },
        className: `substitution-edge substitution-${line.status.toLowerCase()}`,
        style: { stroke: style.stroke, strokeDasharray: style.dash, strokeWidth: style.width },
        markerEnd: { type: 'arrowclosed', color: style.stroke, width: 16, height: 16 },
        zIndex: 10,
      });
    }
  }
  return [...edges.values()];
}

/** A line both documents state is drawn firmer than one only one document states. */
export function substitutionStyle(status: LineStatus): { stroke: string; dash: string; width: number } {
  switch (status) {
    case 'CONFIRMED':
      return { stroke: '#1b7f3b', dash: '8 4', width: 2 };
    case 'CONTRADICTED':
      return { stroke: '#c0392b', dash: '2 4', width: 1.5 };
    case 'UNCONFIRMED':
    default:
      return { stroke: '#b86e00', dash: '2 4', width: 1.5 };
  }
}

/** Large organisations open with every unit below the departments closed. */
export const COLLAPSE_ABOVE_POSITIONS = 500;

export function defaultCollapsed(data: OrgData, index: OrgIndex = indexOrg(data)): Set<string> {
  if (data.positions.length <= COLLAPSE_ABOVE_POSITIONS) return new Set();
  return new Set(data.units.filter((u) => index.depth(u.id) >= 1).map((u) => u.id));
}
