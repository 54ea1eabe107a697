import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import type { SubstitutionFlowEdge } from './flow-types';
import { arcBetween, type Rect } from './floating';

const rectOf = (node: InternalNode): Rect => ({
  ...node.internals.positionAbsolute,
  width: node.measured.width ?? node.width ?? 0,
  height: node.measured.height ?? node.height ?? 0,
});

/** A substitution line: an arc from the substitute's border to the substituted position's border. */
export const SubstitutionEdge = memo(function SubstitutionEdge({ id, source, target, style, markerEnd }: EdgeProps<SubstitutionFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const { path } = arcBetween(rectOf(sourceNode), rectOf(targetNode));
  return <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />;
});
