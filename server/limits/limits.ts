/**
 * The limits every request is held to, in one place (docs/security.md explains each number).
 * GraphQL Armor's defaults are the anchor; the cost is raised for the org chart (see COST).
 */
const MB = 1024 * 1024;

export const LIMITS = {
  /**
   * Field nesting, fragments not counted as levels of their own. Armor's default is 6; the chart's
   * TopUnitPositions query needs 7: organizations › topUnits › positions › manager › substitutes ›
   * position › id (the first screen of a large organisation: its top departments' positions, their
   * managers, and the substitution lines of both).
   */
  depth: 7,
  aliases: 15,
  directives: 50,
  tokens: 1000,
  /**
   * GraphQL Armor's cost estimate (objects 2, scalars 1, ×1.5 a level, × `first`). The chart asks for
   * a full page of 100 positions with their units, managers and substitution lines: 22,897 as Apollo
   * Client sends it (with __typename everywhere; ChartPositions). Armor's default of 5,000 would allow
   * pages of about 20.
   */
  cost: 25_000,
  /** Largest page of a connection (`first`), enforced by each connection's arguments. */
  first: 100,
  /** Request body of /graphql. */
  graphqlBodyBytes: 1 * MB,
  /** Request body of POST /imports (the files of one batch). */
  uploadBodyBytes: 50 * MB,
  /** A request that has not been answered by then gets 503. */
  requestTimeoutMs: 30_000,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };

/** "1 MB", "50 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
