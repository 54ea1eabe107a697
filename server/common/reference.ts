/**
 * A related object asked for by its `id` alone (the chart's `unit { id }`, `manager { id }`) is
 * answered from the foreign key the parent row already holds, without reading the related row.
 * Foreign keys keep such a reference pointing at a row that exists.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const ID_FIELDS = new Set(['id', '__typename']);

/** The answer per field node of a document: the same for every row of a list. */
const answered = new WeakMap<FieldNode, boolean>();

/** Whether the resolved field's selection asks for nothing but `id` and `__typename`. */
export function asksOnlyId(info: GraphQLResolveInfo): boolean {
  const nodes = info.fieldNodes;
  // Several nodes are merged from different places of the query; rare, so not remembered.
  if (nodes.length !== 1) return nodes.every((node) => onlyId(node.selectionSet, info.fragments, new Set()));
  let answer = answered.get(nodes[0]);
  if (answer === undefined) answered.set(nodes[0], (answer = onlyId(nodes[0].selectionSet, info.fragments, new Set())));
  return answer;
}

function onlyId(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return ID_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyId(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    return onlyId(fragments[name]?.selectionSet, fragments, seen);
  });
}

/** An entity that knows only its row id: enough for `id` and `__typename`. */
export function reference<T extends { rowId: number }>(entity: { prototype: T }, rowId: number): T {
  const row = Object.create(entity.prototype) as T;
  row.rowId = rowId;
  return row;
}
