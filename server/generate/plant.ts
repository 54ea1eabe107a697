/**
 * Planted coverage gaps: in a few teams, substitution lists written so that the coverage analysis
 * (server/coverage) reports a given gap on given positions. Every kind is planted at least once
 * where the organisation is large enough, then more at a low rate. VACANT_SUBSTITUTE cannot be:
 * job descriptions do not say whether a post is filled, so the analysis never reports it from them.
 */
import type { GapKind } from '../coverage/model.js';
import type { GenOrganization, GenPosition, GenUnit } from './model.js';
import { PLANTERS } from './planters.js';
import type { Random } from './random.js';
import type { TitleIndex } from './references.js';
import { addUndocumentedMember } from './undocumented.js';

export type PlantedKind = Exclude<GapKind, 'VACANT_SUBSTITUTE'>;

export const PLANTED_KINDS: readonly PlantedKind[] = [
  'NO_SUBSTITUTE', 'ONLY_UNDOCUMENTED_SUBSTITUTES', 'SINGLE_SUBSTITUTE', 'MANAGER_ONLY', 'MUTUAL_PAIR_ONLY',
  'CONTRADICTED_LINE', 'SUBSTITUTE_CHAIN_CYCLE', 'QUALIFICATION_MISMATCH', 'OVERLOADED_SUBSTITUTE', 'CROSS_UNIT',
  'UNCONFIRMED_LINE',
];

/** Share of the remaining teams that get a planted gap besides the first of each kind. */
const EXTRA_RATE = 0.08;

/** A position on which the coverage analysis reports `kind`. */
export interface Planted {
  kind: PlantedKind;
  position: GenPosition;
}

/** These name an undocumented member of the team, which must exist before titles are indexed. */
const NEEDS_UNDOCUMENTED: ReadonlySet<PlantedKind> = new Set(['ONLY_UNDOCUMENTED_SUBSTITUTES', 'UNCONFIRMED_LINE']);

export interface GapPlan {
  /** Teams in the order they are tried. */
  teams: GenUnit[];
  assigned: Map<GenUnit, PlantedKind>;
  undocumented: Map<GenUnit, GenPosition>;
}

/** First step, before titles are indexed: which team gets which gap, and the undocumented members they need. */
export function planGaps(organization: GenOrganization, random: Random): GapPlan {
  const teams = random.shuffle(organization.units.filter((u) => u.kind === 'TEAM'));
  const assigned = new Map<GenUnit, PlantedKind>();
  for (const kind of PLANTED_KINDS) {
    const team = teams.find((t) => !assigned.has(t) && roomFor(kind, t));
    if (team) assigned.set(team, kind);
  }
  for (const team of teams) {
    if (assigned.has(team) || !random.chance(EXTRA_RATE)) continue;
    const kind = random.pick(PLANTED_KINDS);
    if (roomFor(kind, team)) assigned.set(team, kind);
  }
  const undocumented = new Map<GenUnit, GenPosition>();
  for (const [team, kind] of assigned) if (NEEDS_UNDOCUMENTED.has(kind)) undocumented.set(team, addUndocumentedMember(team, random));
  return { teams, assigned, undocumented };
}

/** What the team's shape allows; whether titles allow it is known only when planting. */
function roomFor(kind: PlantedKind, team: GenUnit): boolean {
  const members = team.positions.length - 1;
  if (kind === 'MANAGER_ONLY') return team.positions[0].documented;
  if (kind === 'OVERLOADED_SUBSTITUTE') return members >= 5;
  return members >= (NEEDS_UNDOCUMENTED.has(kind) || kind === 'SUBSTITUTE_CHAIN_CYCLE' || kind === 'QUALIFICATION_MISMATCH' ? 4 : 3);
}

/** Second step: the lines of every planted gap. A kind its team's titles do not allow moves to another team. */
export function plantGaps(organization: GenOrganization, plan: GapPlan, index: TitleIndex, random: Random): Planted[] {
  const context = { organization, index, random };
  const planted: Planted[] = [];
  const missing: PlantedKind[] = [];
  for (const [team, kind] of plan.assigned) {
    const positions = PLANTERS[kind](team, { ...context, undocumented: plan.undocumented.get(team) });
    if (positions) planted.push(...positions.map((position) => ({ kind, position })));
    else missing.push(kind);
  }
  for (const kind of new Set(missing)) {
    if (planted.some((p) => p.kind === kind) || NEEDS_UNDOCUMENTED.has(kind)) continue;
    for (const team of plan.teams) {
      if (plan.assigned.has(team)) continue;
      const positions = PLANTERS[kind](team, { ...context, undocumented: undefined });
      if (!positions) continue;
      plan.assigned.set(team, kind);
      planted.push(...positions.map((position) => ({ kind, position })));
      break;
    }
  }
  return planted;
}

