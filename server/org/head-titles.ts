/**
 * Titles that name the head of a unit level ("Tiimijuht" leads a team, "Talitusejuhataja"
 * a division). An undocumented head is placed in the unit it leads, not beside its reports.
 */
import type { UnitKind } from '../ingest/estonian/units.js';
import { headKey } from '../ingest/estonian/titles.js';

const HEADS: [RegExp, UnitKind | 'ORGANIZATION'][] = [
  [/^tiimi ?juht$/, 'TEAM'],
  [/^(talituse ?juhataja|talituse ?juht|talitusjuht)$/, 'DIVISION'],
  [/^(osakonna ?juhataja|osakonna ?juht)$/, 'DEPARTMENT'],
  [/^(peadirektor|asutuse juht)$/, 'ORGANIZATION'],
];

export function placementLevel(title: string): UnitKind | 'ORGANIZATION' | null {
  const key = headKey(title);
  return HEADS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}
