/**
 * Positions whose job description is not on file. They exist in the graph only because other
 * documents name them: a unit head named as "Vahetu juht" by its reports, or a member named in
 * a colleague's substitution list under a title no documented position carries.
 */
import type { GenOrganization, GenPosition, GenUnit } from './model.js';
import type { Random } from './random.js';
import { SUPPORT_TITLES } from './vocabulary.js';
import { titleKey } from '../ingest/estonian/titles.js';

/** Share of unit heads without a job description on file, by unit kind. */
const MISSING_HEAD_RATE = { TEAM: 0.04, DIVISION: 0.04, DEPARTMENT: 0.03 } as const;

/** Leaves some unit heads undocumented; each keeps a documented report that names it. */
export function leaveHeadsUndocumented(organization: GenOrganization, random: Random): void {
  // Teams first, so that a division head is left out only while one of its reports still names it.
  const units = [...organization.units].sort((a, b) => depth(b) - depth(a));
  for (const unit of units) {
    const head = unit.positions[0];
    if (random.chance(MISSING_HEAD_RATE[unit.kind]) && head.reports.some((report) => report.documented)) head.documented = false;
  }
}

/** Turns the last member of a team into an undocumented one with a title of its own. */
export function addUndocumentedMember(team: GenUnit, random: Random): GenPosition {
  const member = team.positions[team.positions.length - 1];
  member.title = random.pick(SUPPORT_TITLES);
  member.key = titleKey(member.title.base);
  member.documented = false;
  return member;
}

function depth(unit: GenUnit): number {
  let n = 0;
  for (let at = unit.parent; at; at = at.parent) n++;
  return n;
}
