/**
 * What the query asks below the field being resolved, read from its selection (fragments
 * included). Resolvers use it to skip reading rows nobody asked for and to read ahead the rows
 * a list's items will need.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const ID_FIELDS = new Set(['id', '__typename']);

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields a selection asks for, by name, with fragments spread in. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, seen = new Set<string>(), out: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, seen, out);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, seen, out);
    }
  }
  return out;
}

/** Answers per field node of a document and question: the same for every row of a list. */
const remembered = new WeakMap<FieldNode, Map<string, boolean>>();

type Question = (fields: FieldNode[], fragments: Fragments, key: string) => boolean;

// No closure is made per call: resolvers ask this for every row of a list.
function answer(info: GraphQLResolveInfo, key: string, question: Question): boolean {
  const nodes = info.fieldNodes;
  // Several nodes are merged from different places of the query; rare, so not remembered.
  if (nodes.length !== 1) return question(fieldsOfAll(nodes, info.fragments), info.fragments, key);
  let answers = remembered.get(nodes[0]);
  if (!answers) remembered.set(nodes[0], (answers = new Map()));
  let known = answers.get(key);
  if (known === undefined) answers.set(key, (known = question(fieldsOf(nodes[0].selectionSet, info.fragments), info.fragments, key)));
  return known;
}

function fieldsOfAll(nodes: readonly FieldNode[], fragments: Fragments): FieldNode[] {
  const out: FieldNode[] = [];
  for (const node of nodes) fieldsOf(node.selectionSet, fragments, new Set(), out);
  return out;
}

const onlyIds: Question = (fields) => fields.length > 0 && fields.every((f) => ID_FIELDS.has(f.name.value));
const reachesPath: Question = (fields, fragments, path) => reaches(fields, path.split('.'), fragments);

/** Whether the resolved field's selection asks for nothing but `id` and `__typename`. */
function asksOnlyId(info: GraphQLResolveInfo): boolean {
  return answer(info, '', onlyIds);
}

/** Whether the selection reaches a field along `path` (field names, e.g. `nodes.substitutes`). */
export function asksFor(info: GraphQLResolveInfo, path: string): boolean {
  return answer(info, path, reachesPath);
}

function reaches(fields: FieldNode[], path: string[], fragments: Fragments): boolean {
  const [head, ...rest] = path;
  return fields.some((f) => f.name.value === head && (!rest.length || reaches(fieldsOf(f.selectionSet, fragments), rest, fragments)));
}

/** An entity that knows only its row id: enough for `id` and `__typename`. */
function reference<T extends { rowId: number }>(entity: { prototype: T }, rowId: number): T {
  const row = Object.create(entity.prototype) as T;
  row.rowId = rowId;
  return row;
}

/**
 * The related row a foreign key points at (null when it is null): only a reference when the query
 * asks for nothing but its id, otherwise read through the request's loader.
 */
export function related<T extends { rowId: number }>(
  info: GraphQLResolveInfo,
  entity: { prototype: T },
  loader: { load(rowId: number): Promise<T | null> },
  rowId: number | null,
): T | Promise<T | null> | null {
  if (!rowId) return null;
  return asksOnlyId(info) ? reference(entity, rowId) : loader.load(rowId);
}
