/**
 * How each kind of coverage gap is planted in one team: the substitution lists that make the
 * analysis report it, on which positions. Each returns null, changing nothing, when the team's
 * titles do not allow it.
 */
import { addEnd, addLine } from './lines.js';
import { ancestorOf, namedGroup, ownGroup, placeholder } from './ends.js';
import type { GenOrganization, GenPosition, GenUnit } from './model.js';
import type { PlantedKind } from './plant.js';
import type { Random } from './random.js';
import type { TitleIndex } from './references.js';

export interface Context {
  organization: GenOrganization;
  index: TitleIndex;
  random: Random;
  /** The team's undocumented member, for the gaps that name one. */
  undocumented: GenPosition | undefined;
}

type Planter = (team: GenUnit, context: Context) => GenPosition[] | null;

/** Positions closed to the background: only the planted lines lead into them. */
function closed(...positions: GenPosition[]): GenPosition[] {
  for (const position of positions) position.closed = true;
  return positions;
}

export const PLANTERS: Record<PlantedKind, Planter> = {
  NO_SUBSTITUTE(team, { random }) {
    const [position] = members(team, random);
    if (!position) return null;
    // Half name no one at all, half defer to a scheme, which names no one either.
    if (random.chance(0.5)) addEnd(position, { kind: 'SCHEME' });
    return closed(position);
  },

  SINGLE_SUBSTITUTE(team, { index, random }) {
    const pair = find(members(team, random), 2, (chosen, next) => index.mutual(chosen[0], next));
    if (!pair) return null;
    addLine(index, pair[0], pair[1]);
    return closed(pair[0]);
  },

  MANAGER_ONLY(team, { index, random }) {
    const lead = team.positions[0];
    const position = members(team, random).find((member) => index.mutual(member, lead));
    if (!position) return null;
    addLine(index, position, lead);
    return closed(position);
  },

  MUTUAL_PAIR_ONLY(team, { index, random }) {
    const pair = find(members(team, random), 2, (chosen, next) => index.mutual(chosen[0], next));
    if (!pair) return null;
    addLine(index, pair[0], pair[1]);
    addLine(index, pair[1], pair[0]);
    return closed(...pair);
  },

  // The second line is stated by one document only, and the other side's document leaves it out.
  CONTRADICTED_LINE(team, { index, random }) {
    const pair = find(members(team, random), 2, (chosen, next) => index.mutual(chosen[0], next));
    if (!pair) return null;
    const [position, confirmed] = pair;
    const bySubstituted = random.chance(0.5);
    const silent = team.positions.find(
      (p) => p.documented && p !== position && p !== confirmed && (bySubstituted ? index.names(position, p) : index.names(p, position)),
    );
    if (!silent) return null;
    addLine(index, position, confirmed);
    addLine(index, position, silent, bySubstituted ? 'SUBSTITUTED' : 'SUBSTITUTE');
    return closed(position);
  },

  UNCONFIRMED_LINE(team, { index, random, undocumented }) {
    const pair = find(members(team, random), 2, (chosen, next) => index.mutual(chosen[0], next));
    if (!pair || !undocumented) return null;
    addLine(index, pair[0], pair[1]);
    addLine(index, pair[0], undocumented, 'SUBSTITUTED');
    if (random.chance(0.5)) addEnd(pair[0], ownGroup(team, random));
    return closed(pair[0]);
  },

  ONLY_UNDOCUMENTED_SUBSTITUTES(team, { index, random, undocumented }) {
    const [position] = members(team, random);
    if (!position || !undocumented) return null;
    addLine(index, position, undocumented, 'SUBSTITUTED');
    if (random.chance(0.5)) addEnd(position, placeholder(random));
    return closed(position);
  },

  // Three positions whose first substitutes lead round: A → B → C → A.
  SUBSTITUTE_CHAIN_CYCLE(team, { index, random }) {
    const trio = find(members(team, random), 3, (chosen, next) => chosen.every((c) => index.mutual(c, next)));
    if (!trio) return null;
    trio.forEach((position, i) => {
      addLine(index, position, trio[(i + 1) % 3]);
      addLine(index, position, trio[(i + 2) % 3]);
    });
    return closed(...trio);
  },

  // The position asks more than its substitutes' own documents do.
  QUALIFICATION_MISMATCH(team, { index, random }) {
    const trio = find(members(team, random), 3, (chosen, next) => chosen.length === 0 || index.mutual(chosen[0], next));
    if (!trio) return null;
    const [position, ...substitutes] = trio;
    if (random.chance(0.5)) position.education = 'Magistrikraad';
    else position.english = 'C1';
    for (const substitute of substitutes) addLine(index, position, substitute);
    return closed(position);
  },

  // One position stands in for four (more than the analysis's default threshold of three).
  OVERLOADED_SUBSTITUTE(team, { index, random }) {
    const documented = team.positions.filter((p) => p.documented);
    for (const substitute of [documented[0], ...random.shuffle(documented.slice(1))]) {
      const covered = documented.filter((p) => p !== substitute && index.mutual(p, substitute)).slice(0, 4);
      if (covered.length < 4) continue;
      for (const position of covered) addLine(index, position, substitute);
      return [substitute];
    }
    return null;
  },

  // The staff of another department stand in.
  CROSS_UNIT(team, { organization, index, random }) {
    const department = ancestorOf(team, 'DEPARTMENT');
    const others = organization.units.filter((u) => u.kind === 'DEPARTMENT' && u !== department);
    const pair = find(members(team, random), 2, (chosen, next) => index.mutual(chosen[0], next));
    if (!pair || others.length === 0) return null;
    addLine(index, pair[0], pair[1]);
    addEnd(pair[0], namedGroup(random.pick(others)));
    return closed(pair[0]);
  },
};

/** The team's documented members in random order. */
function members(team: GenUnit, random: Random): GenPosition[] {
  return random.shuffle(team.positions.slice(1).filter((p) => p.documented && !p.closed));
}

/** `size` distinct positions of `pool`, each accepted by `fits` given those chosen before it (backtracking). */
function find(pool: GenPosition[], size: number, fits: (chosen: GenPosition[], next: GenPosition) => boolean): GenPosition[] | null {
  const chosen: GenPosition[] = [];
  const extend = (): boolean => {
    if (chosen.length === size) return true;
    for (const next of pool) {
      if (chosen.includes(next) || (chosen.length > 0 && !fits(chosen, next))) continue;
      chosen.push(next);
      if (extend()) return true;
      chosen.pop();
    }
    return false;
  };
  return extend() ? chosen : null;
}
