import type { Edge, Node } from '@xyflow/react';
import type { GapKind, LineSource, LineStatus, UnitKind } from '../../gql/graphql';
import type { AbsenceMark } from '../coverage/absence-marks';
import type { GapTone } from '../coverage/gap-severity';
import type { Coverage } from './coverage';
import type { Point } from './reporting-route';

export interface PositionNodeData extends Record<string, unknown> {
  title: string;
  /** Title without the bracketed specialisation, which has its own line. */
  baseTitle: string;
  specialization: string | null;
  unitName: string | null;
  documented: boolean;
  /** Header fields HR has corrected (field names, in header order); the card marks them. */
  correctedFields: readonly string[];
  substituteCount: number;
  coverage: Coverage;
  /** Set after conversion: the open position, and the path from it to the top. */
  selected?: boolean;
  onPath?: boolean;
  /** Set after conversion in coverage mode: the worst gap (null: none) and its colour step. */
  worstGap?: GapKind | null;
  gapTone?: GapTone;
  /** Set after conversion in absence mode: how the absences touch it (null: not at all). */
  absence?: AbsenceMark | null;
}

export interface UnitNodeData extends Record<string, unknown> {
  name: string;
  unitKind: UnitKind;
  depth: number;
  collapsed: boolean;
  /** True when units lie below it (it can be opened with all of them). */
  hasSubUnits: boolean;
  /** Positions in the unit and all units below it. */
  positionCount: number;
  /** True for the unit the chart is focused on. */
  focused: boolean;
  /** Its positions are being fetched, or could not be. */
  loading: boolean;
  loadFailed: boolean;
}

export type PositionFlowNode = Node<PositionNodeData, 'position'>;
export type UnitFlowNode = Node<UnitNodeData, 'unit'>;
export type ChartNode = PositionFlowNode | UnitFlowNode;

export interface ReportingEdgeData extends Record<string, unknown> {
  kind: 'reporting';
  /** Set after layout where a plain step would cross cards: the waypoints the line runs through. */
  route?: readonly Point[];
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
export const UNIT_HEADER_HEIGHT = 46;
