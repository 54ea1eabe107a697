/**
 * Whether a substitute's own requirements fall short of the position it stands in for:
 * a lower education level, or a language the position requires at a CEFR level that the
 * substitute requires lower or not at all. Sides without requirements or levels are skipped.
 */
import type { CefrLevel, EducationLevel } from '../ingest/document.js';
import type { CoveragePosition } from './model.js';

export const EDUCATION_ORDER: readonly EducationLevel[] = ['BASIC', 'SECONDARY', 'VOCATIONAL', 'HIGHER', 'MASTER', 'DOCTORATE'];
export const CEFR_ORDER: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export type Shortfall =
  | { kind: 'EDUCATION'; required: EducationLevel; actual: EducationLevel }
  /** `actual` null: the substitute's document does not require the language at all. */
  | { kind: 'LANGUAGE'; language: string; required: CefrLevel; actual: CefrLevel | null };

export function qualificationShortfalls(position: CoveragePosition, substitute: CoveragePosition): Shortfall[] {
  const required = position.requirements;
  const own = substitute.requirements;
  if (!position.documented || !substitute.documented || !required || !own) return [];
  const shortfalls: Shortfall[] = [];
  if (required.educationLevel && own.educationLevel && rank(EDUCATION_ORDER, own.educationLevel) < rank(EDUCATION_ORDER, required.educationLevel)) {
    shortfalls.push({ kind: 'EDUCATION', required: required.educationLevel, actual: own.educationLevel });
  }
  const requiredLevels = highestLevels(required.languages);
  const ownLanguages = new Set(own.languages.map((l) => languageKey(l.language)));
  const ownLevels = highestLevels(own.languages);
  for (const [key, { language, level }] of requiredLevels) {
    if (!ownLanguages.has(key)) {
      shortfalls.push({ kind: 'LANGUAGE', language, required: level, actual: null });
      continue;
    }
    // The substitute names the language but no level: nothing to compare.
    const actual = ownLevels.get(key)?.level;
    if (actual && rank(CEFR_ORDER, actual) < rank(CEFR_ORDER, level)) shortfalls.push({ kind: 'LANGUAGE', language, required: level, actual });
  }
  return shortfalls;
}

function rank<T>(order: readonly T[], value: T): number {
  return order.indexOf(value);
}

function languageKey(language: string): string {
  return language.trim().toLowerCase();
}

/** The highest stated level per language; languages named without a level are left out. */
function highestLevels(languages: { language: string; level: CefrLevel | null }[]): Map<string, { language: string; level: CefrLevel }> {
  const levels = new Map<string, { language: string; level: CefrLevel }>();
  for (const { language, level } of languages) {
    if (!level) continue;
    const key = languageKey(language);
    const current = levels.get(key);
    if (!current || rank(CEFR_ORDER, level) > rank(CEFR_ORDER, current.level)) levels.set(key, { language: language.trim(), level });
  }
  return levels;
}
