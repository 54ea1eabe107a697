/**
 * Gap rules: one function per gap kind, each deciding alone whether its gap applies to a
 * position and with which related positions and explanation. Also the severity order and the
 * coverage score.
 */
import type { GraphIndex, IndexedLine } from './graph-index.js';
import { explain, type Bi, type Explanation, type LineEnds, type Namer } from './explanations.js';
import type { CoveragePosition, GapKind, LineStatus, PositionId, UnitId } from './model.js';
import { qualificationShortfalls } from './qualifications.js';
import { coveredBy, expand, unionSize, type EffectiveSubstitutes } from './substitutes.js';

export interface Gap {
  kind: GapKind;
  /** English. */
  explanation: string;
  /** Estonian. */
  explanationEt: string;
  relatedPositionIds: PositionId[];
}

import { GAP_SEVERITY } from './severity.js';

export { GAP_SEVERITY };

/** The gap kinds that are the substitute count itself, so the score does not count them twice. */
const COUNT_GAPS: ReadonlySet<GapKind> = new Set<GapKind>(['NO_SUBSTITUTE', 'SINGLE_SUBSTITUTE']);

/**
 * Coverage score, 0–100. By substitute count: 0 → 0, 1 → 50, 2 or more → 100. Then minus 10 for
 * each other gap kind present (any kind but NO_SUBSTITUTE and SINGLE_SUBSTITUTE), never below 0.
 */
export function coverageScore(substituteCount: number, kinds: Iterable<GapKind>): number {
  const base = substituteCount === 0 ? 0 : substituteCount === 1 ? 50 : 100;
  let penalties = 0;
  for (const kind of new Set(kinds)) if (!COUNT_GAPS.has(kind)) penalties++;
  return Math.max(0, base - 10 * penalties);
}

/** Everything the rules need to know about one position; built once per position. */
export interface GapContext {
  ix: GraphIndex;
  names: Namer;
  position: CoveragePosition;
  /** Lines into the position (see `linesInto`). */
  lines: IndexedLine[];
  substitutes: EffectiveSubstitutes;
  /** The one substitute position, when the count is 1 and it is a position. */
  sole: PositionId | null;
  soleSubstituteOf: (positionId: PositionId) => PositionId | null;
  /** The first-substitute cycle (length >= 3) the position is on, written from it. */
  cycle: PositionId[] | undefined;
  overloadThreshold: number;
}

type Finding = Omit<Gap, 'kind'>;
type Rule = (ctx: GapContext) => Finding | null;

/** Positions named as substitutes on the lines into the position (not group members), distinct. */
function namedPositions(ctx: GapContext): PositionId[] {
  const ids = new Set<PositionId>();
  for (const { line } of ctx.lines) if (line.substitute.kind === 'POSITION') ids.add(line.substitute.positionId);
  return [...ids];
}

/** Groups among the substitutes that have other members, i.e. that actually cover the position. */
function coveringGroups(ctx: GapContext) {
  return ctx.substitutes.groups.filter((group) => group.otherMembers > 0);
}

function bi(ctx: GapContext, positionId: PositionId): Bi {
  return ctx.names.bi({ kind: 'POSITION', positionId });
}

function groupBi(ctx: GapContext, group: { unitId: UnitId; label: string }): Bi {
  return ctx.names.bi({ kind: 'GROUP', ...group });
}

const sorted = (ids: Iterable<PositionId>) => [...ids].sort((a, b) => a - b);

/** One finding for all lines into the position with the status, relating their substitute positions. */
function lineRule(status: LineStatus, explainLines: (n: Namer, p: PositionId, lines: LineEnds[]) => Explanation): Rule {
  return (ctx) => {
    const lines = ctx.lines.filter((l) => l.status === status).map(({ line }) => line);
    if (lines.length === 0) return null;
    const related = sorted(new Set(lines.flatMap((line) => (line.substitute.kind === 'POSITION' ? [line.substitute.positionId] : []))));
    return { ...explainLines(ctx.names, ctx.position.id, lines), relatedPositionIds: related };
  };
}

export const GAP_RULES: Record<GapKind, Rule> = {
  NO_SUBSTITUTE(ctx) {
    if (ctx.substitutes.count !== 0) return null;
    return { ...explain.noSubstitute(ctx.names, ctx.position.id, ctx.substitutes.groups), relatedPositionIds: [] };
  },

  SINGLE_SUBSTITUTE(ctx) {
    if (ctx.substitutes.count !== 1) return null;
    const name = ctx.sole !== null ? bi(ctx, ctx.sole) : ctx.names.bi({ kind: 'PLACEHOLDER', label: ctx.substitutes.placeholders[0] });
    return { ...explain.singleSubstitute(ctx.names, ctx.position.id, name), relatedPositionIds: ctx.sole !== null ? [ctx.sole] : [] };
  },

  // Placeholders never have a document; a group is documented only through its documented members.
  ONLY_UNDOCUMENTED_SUBSTITUTES(ctx) {
    const { substitutes } = ctx;
    if (substitutes.count === 0 || substitutes.documentedCount > 0) return null;
    const groups = coveringGroups(ctx);
    const names = [
      ...substitutes.positions.map((id) => bi(ctx, id)),
      ...groups.map((group) => groupBi(ctx, group)),
      ...substitutes.placeholders.map((label) => ctx.names.bi({ kind: 'PLACEHOLDER', label })),
    ];
    const related = expand(ctx.ix, { positions: substitutes.positions, groups }, ctx.position.id);
    return { ...explain.onlyUndocumented(ctx.names, ctx.position.id, names), relatedPositionIds: related };
  },

  UNCONFIRMED_LINE: lineRule('UNCONFIRMED', explain.unconfirmedLines),

  CONTRADICTED_LINE: lineRule('CONTRADICTED', explain.contradictedLines),

  MUTUAL_PAIR_ONLY(ctx) {
    if (ctx.sole === null || ctx.soleSubstituteOf(ctx.sole) !== ctx.position.id) return null;
    return { ...explain.mutualPairOnly(ctx.names, ctx.position.id, ctx.sole), relatedPositionIds: [ctx.sole] };
  },

  MANAGER_ONLY(ctx) {
    if (ctx.sole === null || ctx.sole !== ctx.position.managerId) return null;
    return { ...explain.managerOnly(ctx.names, ctx.position.id, ctx.sole), relatedPositionIds: [ctx.sole] };
  },

  // Counts the positions this one stands in for (groups on the substituted side expanded).
  OVERLOADED_SUBSTITUTE(ctx) {
    const covered = coveredBy(ctx.ix, ctx.position.id);
    if (unionSize(covered) <= ctx.overloadThreshold) return null;
    const related = expand(ctx.ix, covered, ctx.position.id);
    return { ...explain.overloaded(ctx.names, ctx.position.id, related, ctx.overloadThreshold), relatedPositionIds: related };
  },

  // Departments are top-level units; positions without a unit have none and never count.
  CROSS_UNIT(ctx) {
    const department = ctx.ix.departmentOfPosition(ctx.position.id);
    if (department === null) return null;
    const crossing: { name: Bi; department: UnitId }[] = [];
    const related: PositionId[] = [];
    for (const id of namedPositions(ctx)) {
      const other = ctx.ix.departmentOfPosition(id);
      if (other === null || other === department) continue;
      crossing.push({ name: bi(ctx, id), department: other });
      related.push(id);
    }
    for (const group of coveringGroups(ctx)) {
      const other = ctx.ix.department.get(group.unitId)!;
      if (other !== department) crossing.push({ name: groupBi(ctx, group), department: other });
    }
    if (crossing.length === 0) return null;
    return { ...explain.crossUnit(ctx.names, ctx.position.id, department, crossing), relatedPositionIds: sorted(related) };
  },

  // Only positions named as substitutes are compared; group members are not named individually.
  QUALIFICATION_MISMATCH(ctx) {
    const falling = namedPositions(ctx)
      .map((id) => ({ positionId: id, shortfalls: qualificationShortfalls(ctx.position, ctx.ix.positions.get(id)!) }))
      .filter((s) => s.shortfalls.length > 0)
      .sort((a, b) => a.positionId - b.positionId);
    if (falling.length === 0) return null;
    return { ...explain.qualificationMismatch(ctx.names, ctx.position.id, falling), relatedPositionIds: falling.map((s) => s.positionId) };
  },

  SUBSTITUTE_CHAIN_CYCLE(ctx) {
    if (!ctx.cycle) return null;
    return { ...explain.chainCycle(ctx.names, ctx.cycle), relatedPositionIds: sorted(ctx.cycle.slice(1)) };
  },

  // vacant === null means holders are unknown: never a gap. A group counts when all its other members are vacant.
  VACANT_SUBSTITUTE(ctx) {
    const { ix, position } = ctx;
    const vacant = namedPositions(ctx).filter((id) => ix.positions.get(id)!.vacant === true);
    const names = vacant.map((id) => bi(ctx, id));
    const related = new Set(vacant);
    for (const group of coveringGroups(ctx)) {
      const selfVacant = position.vacant === true && ix.contains(group.unitId, position.id) ? 1 : 0;
      if (ix.vacantMemberCount(group.unitId) - selfVacant !== group.otherMembers) continue;
      names.push(groupBi(ctx, group));
      for (const id of ix.members(group.unitId)) if (id !== position.id) related.add(id);
    }
    if (names.length === 0) return null;
    return { ...explain.vacantSubstitute(ctx.names, position.id, names), relatedPositionIds: sorted(related) };
  },
};

/** The position's gaps, most severe first. */
export function findGaps(ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const kind of GAP_SEVERITY) {
    const finding = GAP_RULES[kind](ctx);
    if (finding) gaps.push({ kind, ...finding });
  }
  return gaps;
}
