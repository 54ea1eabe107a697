import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useChartDirection } from './chart-actions';
import type { ReportingFlowEdge } from './flow-types';
import { polylinePath, reportingPolyline } from './reporting-route';

/**
 * A reporting line: React Flow's step edge, or where the layout routed it between the cards (a
 * report on a second row of subtrees, say), a stepped line through the layout's waypoints.
 */
export const RoutedEdge = memo(function RoutedEdge(props: EdgeProps<ReportingFlowEdge>) {
  const direction = useChartDirection();
  const route = props.data?.route;
  const [path] = route?.length
    ? [polylinePath(reportingPolyline({ x: props.sourceX, y: props.sourceY }, { x: props.targetX, y: props.targetY }, direction, route))]
    : getSmoothStepPath(props);
  return <BaseEdge id={props.id} path={path} style={props.style} markerEnd={props.markerEnd} interactionWidth={props.interactionWidth} />;
});
