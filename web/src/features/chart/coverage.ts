import type { ChartPosition } from './org-data';

/** How many positions can stand in for this one: none, one, or two and more. */
export type Coverage = 'none' | 'one' | 'many';

/**
 * Distinct substitutes: positions, groups of a unit's staff, and placeholders ("to be
 * designated") each count once — a placeholder still names an arrangement for the absence.
 */
export function substituteCount(position: Pick<ChartPosition, 'substitutes'>): number {
  return new Set(position.substitutes.map(substituteKey)).size;
}

export function substituteKey(line: ChartPosition['substitutes'][number]): string {
  if (line.position) return `position:${line.position.id}`;
  if (line.group) return `group:${line.group.id}`;
  return `${line.kind.toLowerCase()}:${line.label}`;
}

export function coverageOf(count: number): Coverage {
  return count === 0 ? 'none' : count === 1 ? 'one' : 'many';
}

/**
 * Substitutes that can take over with a job description to work from: documented positions and
 * groups of a unit's staff. A group's members are not fetched with the chart, so a group counts
 * as documented here; coverage mode has the exact answer (ONLY_UNDOCUMENTED_SUBSTITUTES).
 * Placeholders never have a document.
 */
export function documentedSubstituteCount(position: Pick<ChartPosition, 'substitutes'>): number {
  return new Set(position.substitutes.filter((line) => line.group || line.position?.documented).map(substituteKey)).size;
}

/**
 * Structure mode's colour: the number of substitutes, except that substitutes none of whom has a
 * document are drawn as no cover at all, the server's ONLY_UNDOCUMENTED_SUBSTITUTES gap.
 */
export function coverageOfPosition(position: Pick<ChartPosition, 'substitutes'>): Coverage {
  const count = substituteCount(position);
  return count > 0 && documentedSubstituteCount(position) === 0 ? 'none' : coverageOf(count);
}

/** "Arendusnõunik (rehabilitatsioon)" → "Arendusnõunik": the specialisation is shown on its own line. */
export function baseTitle(title: string, specialization: string | null): string {
  const suffix = specialization ? ` (${specialization})` : '';
  return suffix && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}
