/**
 * Header field values as corrections see them: read from a parsed document, compared, and put
 * back in place of the reading. Pure; the one place that knows which fields are lists.
 */
import type { HeaderField, ParsedDocument } from '../ingest/document.js';
import type { FieldValue } from './correction.entity.js';

export const LIST_FIELDS: ReadonlySet<HeaderField> = new Set(['unitPath', 'subordinates', 'substitutedBy', 'substitutes']);

export const isListField = (field: HeaderField): boolean => LIST_FIELDS.has(field);

/** The value the document holds for a field (a copy, for lists). */
export function readField(document: ParsedDocument, field: HeaderField): FieldValue {
  const value = document[field];
  return Array.isArray(value) ? [...value] : (value ?? null);
}

/** Same value: equal strings, or equal lists in the same order. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => item === b[i]);
  }
  return (a ?? null) === (b ?? null);
}

export interface AppliedCorrection {
  field: HeaderField;
  value: FieldValue;
}

/** The document with corrected fields in place of the reading; the input is not changed. */
export function applyCorrections(document: ParsedDocument, corrections: readonly AppliedCorrection[]): ParsedDocument {
  if (corrections.length === 0) return document;
  const corrected: ParsedDocument = { ...document };
  for (const { field, value } of corrections) {
    if (isListField(field)) (corrected as unknown as Record<string, unknown>)[field] = Array.isArray(value) ? [...value] : value === null ? [] : [value];
    else if (field === 'title') corrected.title = Array.isArray(value) ? (value[0] ?? document.title) : (value ?? document.title);
    else (corrected as unknown as Record<string, unknown>)[field] = Array.isArray(value) ? (value[0] ?? null) : value;
  }
  return corrected;
}
