/**
 * Cursor connections (the GitHub/Relay convention): `edges`, `nodes`, `pageInfo`, `totalCount`.
 */
import { Arg, ClassType, Field, ID, Int, ObjectType } from 'type-graphql';
import { LIMITS } from '../limits/limits.js';

@ObjectType({ description: 'Where a page sits in a list, and how to get the next one.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'True when items come before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function toCursor(rowId: number): string {
  return Buffer.from(`cursor:${rowId}`).toString('base64url');
}

export function fromCursor(cursor: string): number | null {
  const match = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** Builds a page from rows fetched with one extra row to learn whether more follow. */
export function toPage<T extends { rowId: number }>(rows: T[], first: number, totalCount: number, hasPrevious: boolean): Page<T> {
  const nodes = rows.slice(0, first);
  let edges: Page<T>['edges'] | undefined;
  return {
    totalCount,
    nodes,
    // Cursors are made when asked for: the chart pages through `nodes` and needs only the last.
    get edges() {
      return (edges ??= nodes.map((node) => ({ cursor: toCursor(node.rowId), node })));
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: nodes.length ? toCursor(nodes[0].rowId) : null,
      endCursor: nodes.length ? toCursor(nodes[nodes.length - 1].rowId) : null,
    },
  };
}

/** Makes the Connection and Edge types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, plural = `${name.toLowerCase()}s`) {
  @ObjectType(`${name}Edge`, { description: `An edge in a list of ${plural}.` })
  class Edge {
    @Field(() => String, { description: 'Cursor of this item, for `after`.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount: number;

    @Field(() => [nodeType], { description: 'The items on this page.' })
    nodes: T[];

    @Field(() => [Edge], { description: 'The items on this page, with their cursors.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/**
 * A page of a list read whole: its first `first` items, or those after the item whose ID is
 * `after` (none when no item has it). `idOf` gives an item's ID.
 */
export function listPage<T>(items: readonly T[], first: number, after: string | null | undefined, idOf: (item: T) => string): T[] {
  const start = after ? items.findIndex((item) => idOf(item) === after) + 1 : 0;
  if (after && start === 0) return [];
  return items.slice(start, start + first);
}

/**
 * The `first` argument of a paged list, `noun` being what it lists. Its range (1–100) is checked
 * with the query's cost, before anything runs (server/limits/cost.ts).
 */
export function FirstArg(noun: string, defaultValue: number = LIMITS.first) {
  return Arg('first', () => Int, { defaultValue, description: `How many ${noun} to return (1–${LIMITS.first}).` });
}

/** The `after` argument of a paged list read whole: the ID of the last item of the previous page. */
export function AfterArg(noun: string) {
  return Arg('after', () => ID, { nullable: true, description: `Return the ${noun} after this one: the \`id\` of the last item of the previous page.` });
}
