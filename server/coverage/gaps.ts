/**
 * Gap rules: one function per gap kind, each deciding alone whether its gap applies to a
 * position and with which related positions. A rule hands back how to write its explanation
 * rather than the sentences themselves (see `LazyGap`). Also the coverage score.
 */
import type { ChainCycle } from './chains.js';
import type { GraphIndex, IndexedLine } from './graph-index.js';
import { explain, type Explanation, type LineEnds, type Namer } from './explanations.js';
import { LazyGap, type Gap, type Writer } from './gap.js';
import { write, type Crossing } from './gap-writers.js';
import type { CoveragePosition, GapKind, LineStatus, PositionId } from './model.js';
import { requirementsOf, shortfallsOf, type Shortfall } from './qualifications.js';
import { GAP_SEVERITY } from './severity.js';
import { ascending, sortInPlace } from './sort.js';
import { coveredBy, coveringGroups, expand, unionSize, type EffectiveSubstitutes } from './substitutes.js';

export { GAP_SEVERITY, type Gap };

/** The gap kinds that are the substitute count itself, so the score does not count them twice. */
const COUNT_GAPS: ReadonlySet<GapKind> = new Set<GapKind>(['NO_SUBSTITUTE', 'SINGLE_SUBSTITUTE']);

/**
 * Coverage score, 0–100. By substitute count: 0 → 0, 1 → 50, 2 or more → 100. Then minus 10 for
 * each other gap kind present (any kind but NO_SUBSTITUTE and SINGLE_SUBSTITUTE), never below 0.
 */
export function coverageScore(substituteCount: number, kinds: Iterable<GapKind>): number {
  const base = substituteCount === 0 ? 0 : substituteCount === 1 ? 50 : 100;
  let seen = 0;
  let penalties = 0;
  for (const kind of kinds) {
    // One bit per kind, so each counts once.
    const bit = 1 << GAP_SEVERITY.indexOf(kind);
    if ((seen & bit) === 0 && !COUNT_GAPS.has(kind)) penalties++;
    seen |= bit;
  }
  return Math.max(0, base - 10 * penalties);
}

/** Everything the rules need to know about one position; built once per position. */
export interface GapContext {
  ix: GraphIndex;
  names: Namer;
  position: CoveragePosition;
  /** Lines into the position (see `linesInto`). */
  lines: readonly IndexedLine[];
  /** Positions named as substitutes on those lines (not group members), distinct, in line order. */
  named: readonly PositionId[];
  substitutes: EffectiveSubstitutes;
  /** The one substitute position, when the count is 1 and it is a position. */
  sole: PositionId | null;
  soleSubstituteOf: (positionId: PositionId) => PositionId | null;
  /** The first-substitute cycle (length >= 3) the position is on. */
  cycle: ChainCycle | undefined;
  overloadThreshold: number;
}

/** What a rule found: the related positions, and what it keeps to write the explanation later. */
interface Finding {
  relatedPositionIds: PositionId[];
  detail: unknown;
  write: Writer<never>;
}
type Rule = (ctx: GapContext) => Finding | null;

/** A finding whose writer takes the detail kept; `write` is a module function, not a closure. */
function found<D>(relatedPositionIds: PositionId[], write: Writer<D>, detail: D): Finding {
  return { relatedPositionIds, detail, write: write as Writer<never> };
}

/** Ascending, as a new array of exactly that size. */
const sorted = (ids: Iterable<PositionId>) => sortInPlace([...ids], ascending);

/** One finding for all lines into the position with the status, relating their substitute positions. */
function lineRule(status: LineStatus, explainLines: (n: Namer, p: PositionId, lines: LineEnds[]) => Explanation): Rule {
  // The lines with the status are picked out again only when the explanation is read.
  const writeLines: Writer<readonly IndexedLine[]> = (names, positionId, _related, lines) =>
    explainLines(names, positionId, lines.filter((l) => l.status === status).map(({ line }) => line));
  return ({ lines }) => (lines.some((l) => l.status === status) ? found(substitutePositions(lines, status), writeLines, lines) : null);
}

/** The distinct substitute positions of the lines with the status, ascending. */
function substitutePositions(lines: readonly IndexedLine[], status: LineStatus): PositionId[] {
  const ids: PositionId[] = [];
  for (const { line, status: lineStatus } of lines) if (lineStatus === status && line.substitute.kind === 'POSITION') ids.push(line.substitute.positionId);
  sortInPlace(ids, ascending);
  // Sorted, so repeats are neighbours; the copy is of exactly the size needed.
  return ids.filter((id, i) => i === 0 || id !== ids[i - 1]).slice();
}

const isVacant = (ix: GraphIndex, positionId: PositionId) => ix.position(positionId)!.vacant === true;

export const GAP_RULES: Record<GapKind, Rule> = {
  NO_SUBSTITUTE({ substitutes }) {
    if (substitutes.count !== 0) return null;
    return found([], write.noSubstitute, substitutes.groups);
  },

  SINGLE_SUBSTITUTE({ substitutes, sole }) {
    if (substitutes.count !== 1) return null;
    return sole !== null ? found([sole], write.singleSubstitute, sole) : found([], write.singleSubstitute, substitutes.placeholders[0]);
  },

  // Placeholders never have a document; a group is documented only through its documented members.
  ONLY_UNDOCUMENTED_SUBSTITUTES({ ix, substitutes, position }) {
    if (substitutes.count === 0 || substitutes.documentedCount > 0) return null;
    const related = expand(ix, { positions: substitutes.positions, groups: coveringGroups(substitutes) }, position.id);
    return found(related, write.onlyUndocumented, substitutes);
  },

  UNCONFIRMED_LINE: lineRule('UNCONFIRMED', explain.unconfirmedLines),

  CONTRADICTED_LINE: lineRule('CONTRADICTED', explain.contradictedLines),

  MUTUAL_PAIR_ONLY({ sole, soleSubstituteOf, position }) {
    if (sole === null || soleSubstituteOf(sole) !== position.id) return null;
    return found([sole], write.mutualPairOnly, null);
  },

  MANAGER_ONLY({ sole, position }) {
    if (sole === null || sole !== position.managerId) return null;
    return found([sole], write.managerOnly, null);
  },

  // Counts the positions this one stands in for (groups on the substituted side expanded).
  OVERLOADED_SUBSTITUTE({ ix, position, overloadThreshold }) {
    const from = ix.linesFromPosition(position.id);
    // Without groups each line adds at most one position.
    if (from.length <= overloadThreshold && !from.some(({ line }) => line.substituted.kind === 'GROUP')) return null;
    const covered = coveredBy(ix, position.id);
    if (unionSize(covered) <= overloadThreshold) return null;
    return found(expand(ix, covered, position.id), write.overloaded, overloadThreshold);
  },

  // Departments are top-level units; positions without a unit have none and never count.
  CROSS_UNIT({ ix, named, substitutes, position }) {
    const department = ix.departmentOfPosition(position.id);
    if (department === null) return null;
    let crossing: Crossing[] | null = null;
    for (const id of named) {
      const other = ix.departmentOfPosition(id);
      if (other !== null && other !== department) (crossing ??= []).push({ positionId: id, group: null, department: other });
    }
    for (const group of coveringGroups(substitutes)) {
      const other = ix.department.get(group.unitId)!;
      if (other !== department) (crossing ??= []).push({ positionId: null, group, department: other });
    }
    if (crossing === null) return null;
    const related = sorted(crossing.flatMap((c) => (c.positionId === null ? [] : [c.positionId])));
    return found(related, write.crossUnit, { department, crossing });
  },

  // Only positions named as substitutes are compared; group members are not named individually.
  QUALIFICATION_MISMATCH({ ix, named, position }) {
    if (named.length === 0) return null;
    const required = requirementsOf(position);
    if (required === null) return null;
    let falling: { positionId: PositionId; shortfalls: Shortfall[] }[] | null = null;
    for (const id of named) {
      const shortfalls = shortfallsOf(required, requirementsOf(ix.position(id)!));
      if (shortfalls.length > 0) (falling ??= []).push({ positionId: id, shortfalls });
    }
    if (falling === null) return null;
    sortInPlace(falling, (a, b) => a.positionId - b.positionId);
    return found(
      falling.map((s) => s.positionId),
      write.qualificationMismatch,
      falling,
    );
  },

  SUBSTITUTE_CHAIN_CYCLE({ cycle, position }) {
    if (!cycle) return null;
    // Every other position of the cycle, ascending.
    const related = cycle.sorted.filter((id) => id !== position.id).slice();
    return found(related, write.chainCycle, cycle);
  },

  // vacant === null means holders are unknown: never a gap. A group counts when all its other members are vacant.
  VACANT_SUBSTITUTE({ ix, named, substitutes, position }) {
    if (substitutes.groups.length === 0 && !named.some((id) => isVacant(ix, id))) return null;
    const vacant = named.filter((id) => isVacant(ix, id));
    const groups = coveringGroups(substitutes).filter((group) => {
      const selfVacant = position.vacant === true && ix.contains(group.unitId, position.id) ? 1 : 0;
      return ix.vacantMemberCount(group.unitId) - selfVacant === group.otherMembers;
    });
    if (vacant.length === 0 && groups.length === 0) return null;
    const related = new Set(vacant);
    for (const group of groups) for (const id of ix.members(group.unitId)) if (id !== position.id) related.add(id);
    return found(sorted(related), write.vacantSubstitute, { vacant, groups });
  },
};

/** The position's gaps, most severe first. */
export function findGaps(ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const kind of GAP_SEVERITY) {
    const finding = GAP_RULES[kind](ctx);
    // `found` paired the detail with its writer.
    if (finding) gaps.push(new LazyGap(kind, finding.relatedPositionIds, ctx.names, ctx.position.id, finding.detail as never, finding.write));
  }
  // A copy of exactly this size: an array grown by push keeps room for 17, for every position.
  return gaps.slice();
}
