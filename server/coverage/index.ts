/** Substitution coverage analysis: pure functions over an in-memory CoverageGraph. */
export type * from './model.js';
export { analyzeCoverage, type CoverageOptions, type CoverageReport, type PositionCoverage, type SubstituteEntry, type UnitCoverage } from './report.js';
export { absenceImpact, type AbsenceEntry, type AbsenceImpact, type AbsenceOptions } from './absence.js';
export { criticalPositions, type CriticalOptions, type CriticalPosition, type CriticalPositions, type UnitResilience } from './critical.js';
export { coverageScore, GAP_RULES, GAP_SEVERITY, type Gap } from './gaps.js';
export { lineStatus } from './line-status.js';
export { EDUCATION_ORDER, CEFR_ORDER, qualificationShortfalls, type Shortfall } from './qualifications.js';
export { indexGraph, GraphIndex } from './graph-index.js';
export { effectiveSubstitutes, linesInto, type EffectiveSubstitutes } from './substitutes.js';
