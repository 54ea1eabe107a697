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
  const required = requirementsOf(position);
  return required ? shortfallsOf(required, requirementsOf(substitute)) : [];
}

/**
 * A documented position's requirements, ready to compare; read once per position, not per line.
 * Lists, not a Set and a Map: a position names one or two languages.
 */
export interface Requirements {
  educationLevel: EducationLevel | null;
  /** Every language named, by key, levels or not. */
  languages: readonly string[];
  /** The highest stated level per language, in first-named order. */
  levels: readonly LanguageLevel[];
}

interface LanguageLevel {
  key: string;
  language: string;
  level: CefrLevel;
}

/** Null for an undocumented position or one without requirements: nothing to compare. */
export function requirementsOf(position: CoveragePosition): Requirements | null {
  const stated = position.requirements;
  if (!position.documented || !stated) return null;
  return {
    educationLevel: stated.educationLevel,
    languages: stated.languages.map((l) => languageKey(l.language)),
    levels: highestLevels(stated.languages),
  };
}

/** Where the substitute's requirements (`own`) fall short of the position's (`required`). */
export function shortfallsOf(required: Requirements, own: Requirements | null): Shortfall[] {
  if (!own) return [];
  // Most pairs fall short in nothing: their list is only made when needed.
  let shortfalls: Shortfall[] | null = null;
  if (required.educationLevel && own.educationLevel && rank(EDUCATION_ORDER, own.educationLevel) < rank(EDUCATION_ORDER, required.educationLevel)) {
    (shortfalls ??= []).push({ kind: 'EDUCATION', required: required.educationLevel, actual: own.educationLevel });
  }
  for (const { key, language, level } of required.levels) {
    if (!own.languages.includes(key)) {
      (shortfalls ??= []).push({ kind: 'LANGUAGE', language, required: level, actual: null });
      continue;
    }
    // The substitute names the language but no level: nothing to compare.
    const actual = own.levels.find((l) => l.key === key)?.level;
    if (actual && rank(CEFR_ORDER, actual) < rank(CEFR_ORDER, level)) (shortfalls ??= []).push({ kind: 'LANGUAGE', language, required: level, actual });
  }
  return shortfalls ?? [];
}

function rank<T>(order: readonly T[], value: T): number {
  return order.indexOf(value);
}

function languageKey(language: string): string {
  return language.trim().toLowerCase();
}

/** The highest stated level per language; languages named without a level are left out. */
function highestLevels(languages: { language: string; level: CefrLevel | null }[]): LanguageLevel[] {
  const levels: LanguageLevel[] = [];
  for (const { language, level } of languages) {
    if (!level) continue;
    const key = languageKey(language);
    const current = levels.findIndex((l) => l.key === key);
    if (current < 0) levels.push({ key, language: language.trim(), level });
    else if (rank(CEFR_ORDER, level) > rank(CEFR_ORDER, levels[current].level)) levels[current] = { key, language: language.trim(), level };
  }
  // Kept for the whole analysis: a copy of exactly this size, not the list grown by push.
  return levels.slice();
}
