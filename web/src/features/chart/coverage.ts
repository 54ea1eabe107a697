import type { ChartPosition } from './org-data';

/** How many positions can stand in for this one: none, one, or two and more. */
export type Coverage = 'none' | 'one' | 'many';

export function substituteCount(position: Pick<ChartPosition, 'substitutes'>): number {
  return new Set(position.substitutes.map((s) => s.position.id)).size;
}

export function coverageOf(count: number): Coverage {
  return count === 0 ? 'none' : count === 1 ? 'one' : 'many';
}

/** "Arendusnõunik (rehabilitatsioon)" → "Arendusnõunik": the specialisation is shown on its own line. */
export function baseTitle(title: string, specialization: string | null): string {
  const suffix = specialization ? ` (${specialization})` : '';
  return suffix && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}
