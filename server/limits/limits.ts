/**
 * The limits every request is held to, in one place (docs/security.md explains each number).
 * GraphQL Armor's defaults are the anchor for the query's shape; the cost counts the sizes of lists.
 */
const MB = 1024 * 1024;

export const LIMITS = {
  /**
   * Field nesting, fragments not counted as levels of their own: Armor's default. The web client's
   * deepest query (the position panel's) is five levels.
   */
  depth: 6,
  aliases: 15,
  directives: 50,
  tokens: 1000,
  /**
   * Estimated cost of a query (server/limits/cost.ts): each field 1 plus what it holds, a list × the
   * most items it can hold (its `first`, or the bound its description states). The chart's page of
   * 100 positions with their units, managers and substitution lines (ChartPositions) is the largest
   * request the web client makes and stays below it.
   */
  cost: 25_000,
  /** Largest page of any list (`first`, `limit`): 1–100, refused otherwise. */
  first: 100,
  /** Longest cursor (`after`) taken; the server's cursors and IDs are far shorter. */
  cursorLength: 100,
  /** Largest answer, serialised; a larger one is refused with RESPONSE_TOO_LARGE instead of being built. */
  responseBytes: 20 * MB,
  /** Request body of /graphql. */
  graphqlBodyBytes: 1 * MB,
  /**
   * Lines one document may have: the samples have 270–430, a directive with dozens of annexes a few
   * thousand. Longer texts are refused before parsing, naming the file.
   */
  documentLines: 20_000,
  /** Characters one line of a document may have: a paragraph of a .docx is a line, and still far shorter. */
  lineCharacters: 10_000,
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

/**
 * The most items each short list holds (a list that can hold a unit's or an organisation's worth
 * is paged with `first` instead). Each field's description states its bound and its resolver is
 * cut to it (server/limits/list-bounds.ts); the cost counts the bound.
 */
export const LIST_BOUNDS = {
  /** Who stands in for one position: the chart asks a page of 100 positions for theirs, within the cost. */
  substitutes: 15,
  /** Whom one position stands in for. */
  substitutedFor: 50,
  /** Managers up to the top. */
  reportingChain: 30,
  /** Other spellings of one title or unit name. */
  aliases: 50,
  /** Positions named by one coverage gap or absence entry. */
  relatedPositions: 50,
  /** Positions and units of an absence simulation or a critical-positions answer. */
  analysisList: 100,
  /** Gaps of one position (about one per kind) or gap counts of one unit (one per kind). */
  gaps: 20,
  /** Sections of one job description. */
  duties: 50,
  dutyResults: 20,
  sectionItems: 50,
  competencies: 30,
  competencyItems: 20,
  languages: 10,
  languageAlternatives: 5,
  otherRequirements: 20,
  signatures: 10,
  signers: 20,
  sources: 1000,
  warnings: 100,
  /** Reasons one header field's confidence gives (about one per check). */
  confidenceReasons: 10,
  /** Items of one header field's value as read or corrected (a unit path, subordinates, substitutes). */
  fieldValueItems: 50,
} as const;
