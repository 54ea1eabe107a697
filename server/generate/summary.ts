/** What `orgraph generate` prints about the organisation it made. */
import type { GenerationStats } from './stats.js';

export function formatStats(stats: GenerationStats): string {
  const { units, positions, substitutionLines: lines } = stats;
  const planted = Object.entries(stats.plantedGaps).map(([kind, n]) => `${kind} ${n}`);
  return [
    `${stats.organization} (seed ${stats.seed}): ${positions.total} positions (${positions.documented} documented, ${positions.undocumented} undocumented) ` +
      `in ${units.total} units (${units.departments} departments, ${units.divisions} divisions, ${units.teams} teams)`,
    `reporting lines: ${stats.reportingLines}; substitution lines: ${lines.total} (${lines.confirmed} confirmed, ${lines.unconfirmed} unconfirmed, ` +
      `${lines.contradicted} contradicted; ${lines.toGroups} to groups, ${lines.toPlaceholders} to placeholders)`,
    `planted gaps: ${planted.length ? planted.join(', ') : 'none (too few teams)'}`,
  ].join('\n');
}
