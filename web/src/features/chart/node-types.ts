import { SmoothStepEdge, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { PositionNode } from './PositionNode';
import { SubstitutionEdge } from './SubstitutionEdge';
import { UnitNode } from './UnitNode';

// Defined once, outside any component: React Flow re-mounts every node when these objects change.
export const nodeTypes = { position: PositionNode, unit: UnitNode } satisfies NodeTypes;
export const edgeTypes = { reporting: SmoothStepEdge, substitution: SubstitutionEdge } satisfies EdgeTypes;
