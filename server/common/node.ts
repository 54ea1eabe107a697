/**
 * Global object identification (the Relay/GitHub convention): every object has an opaque,
 * globally unique ID that `node(id)` resolves.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

export type NodeType = 'Organization' | 'Unit' | 'Position' | 'JobDescription' | 'FieldCorrection' | 'ReviewItem';
const NODE_TYPES: NodeType[] = ['Organization', 'Unit', 'Position', 'JobDescription', 'FieldCorrection', 'ReviewItem'];

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** The type and row id inside a global ID, or null when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: NodeType; id: number } | null {
  const [type, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  const id = Number(raw);
  if (!NODE_TYPES.includes(type as NodeType) || !Number.isInteger(id) || id <= 0) return null;
  return { type: type as NodeType, id };
}

/** The row id inside a global ID of the expected type, or null. */
export function rowId(globalId: string, type: NodeType): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed?.type === type ? parsed.id : null;
}

@InterfaceType({ description: 'An object with a globally unique ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque, globally unique ID of the object.' })
  id: string;
}
