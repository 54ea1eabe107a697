/**
 * Size limits for uploaded files, and the running budget that one upload's extraction draws on
 * (a container's entries, a DOCX's parts and the documents nested inside a container all count).
 */
import { DocumentError } from '../errors.js';

export interface FormatLimits {
  /** Largest file accepted as uploaded (and largest file taken from inside a container). */
  maxFileBytes: number;
  /** Most bytes that all the ZIP entries read for one upload may inflate to, together and each. */
  maxExpandedBytes: number;
  /** Most entries a ZIP (DOCX or signed container) may list. */
  maxEntries: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: FormatLimits = {
  maxFileBytes: 20 * MB,
  maxExpandedBytes: 50 * MB,
  maxEntries: 200,
};

/** What one extraction may still inflate, shared by everything nested in the uploaded file. */
export interface Budget {
  readonly limits: FormatLimits;
  expandedLeft: number;
  /** How deep inside containers the current file is (0 for the uploaded file). */
  depth: number;
}

export function newBudget(limits?: Partial<FormatLimits>): Budget {
  const merged: FormatLimits = { ...DEFAULT_LIMITS, ...definedOnly(limits ?? {}) };
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`format limit ${key} must be a positive number, got ${value}`);
  }
  return { limits: merged, expandedLeft: merged.maxExpandedBytes, depth: 0 };
}

function definedOnly(limits: Partial<FormatLimits>): Partial<FormatLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)) as Partial<FormatLimits>;
}

/** "50 MB", "1.5 MB", "64 KB": a limit as people read it. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function expandsTooFar(fileName: string, budget: Budget): DocumentError {
  return new DocumentError(fileName, null, `the container expands beyond ${formatSize(budget.limits.maxExpandedBytes)}`);
}
