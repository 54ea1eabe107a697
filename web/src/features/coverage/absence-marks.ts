import type { AbsenceImpactQuery } from '../../gql/graphql';

/**
 * How a position is drawn in absence mode: away but covered by someone present; away with
 * nobody to stand in; away and its manager takes over; present but every substitute is away.
 */
export type AbsenceMark = 'away' | 'uncovered' | 'fallback' | 'at-risk';

export type AbsenceImpactData = AbsenceImpactQuery['absenceImpact'];

/**
 * The absent set and the server's impact → how to draw each position. The absent ones are
 * marked at once, before the server answers; the impact adds the rest.
 */
export function absenceMarks(absentIds: readonly string[], impact: AbsenceImpactData | null | undefined): Map<string, AbsenceMark> {
  const marks = new Map<string, AbsenceMark>(absentIds.map((id) => [id, 'away']));
  if (!impact) return marks;
  // While a newer answer is on its way the impact may be of the previous set: a position is
  // only drawn uncovered while it is away, and at risk while it is present.
  const away = new Set(absentIds);
  for (const entry of impact.atRisk) if (!away.has(entry.position.id)) marks.set(entry.position.id, 'at-risk');
  for (const entry of impact.fallBackToManager) if (away.has(entry.position.id)) marks.set(entry.position.id, 'fallback');
  for (const entry of impact.uncovered) if (away.has(entry.position.id)) marks.set(entry.position.id, 'uncovered');
  return marks;
}
