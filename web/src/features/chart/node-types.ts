import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { PositionNode } from './PositionNode';
import { RoutedEdge } from './RoutedEdge';
import { SubstitutionEdge } from './SubstitutionEdge';
import { UnitNode } from './UnitNode';

// Defined once, outside any component: React Flow re-mounts every node when these objects change.
export const nodeTypes = { position: PositionNode, unit: UnitNode } satisfies NodeTypes;
export const edgeTypes = { reporting: RoutedEdge, substitution: SubstitutionEdge } satisfies EdgeTypes;
