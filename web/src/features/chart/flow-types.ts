import type { Edge, Node } from '@xyflow/react';
import type { LineSource, LineStatus, UnitKind } from '../../gql/graphql';
import type { Coverage } from './coverage';

export interface PositionNodeData extends Record<string, unknown> {
  title: string;
  /** Title without the bracketed specialisation, which has its own line. */
  baseTitle: string;
  specialization: string | null;
  unitName: string | null;
  documented: boolean;
  substituteCount: number;
  coverage: Coverage;
  /** Set after conversion: the open position, and the path from it to the top. */
  selected?: boolean;
  onPath?: boolean;
}

export interface UnitNodeData extends Record<string, unknown> {
  name: string;
  unitKind: UnitKind;
  depth: number;
  collapsed: boolean;
  /** Positions in the unit and all units below it. */
  positionCount: number;
  /** True for the unit the chart is focused on. */
  focused: boolean;
}

export type PositionFlowNode = Node<PositionNodeData, 'position'>;
export type UnitFlowNode = Node<UnitNodeData, 'unit'>;
export type ChartNode = PositionFlowNode | UnitFlowNode;

export interface ReportingEdgeData extends Record<string, unknown> {
  kind: 'reporting';
}
export interface SubstitutionEdgeData extends Record<string, unknown> {
  kind: 'substitution';
  status: LineStatus;
  statedBy: LineSource[];
}

export type ReportingFlowEdge = Edge<ReportingEdgeData, 'reporting'>;
export type SubstitutionFlowEdge = Edge<SubstitutionEdgeData, 'substitution'>;
export type ChartEdge = ReportingFlowEdge | SubstitutionFlowEdge;

/** Fixed sizes, so that layout needs no measuring of the DOM. */
export const POSITION_SIZE = { width: 256, height: 100 } as const;
export const COLLAPSED_UNIT_SIZE = { width: 272, height: 84 } as const;
export const EMPTY_UNIT_SIZE = { width: 272, height: 100 } as const;
/** Room at the top of an open unit for its name and buttons. */
export const UNIT_HEADER_HEIGHT = 52;
