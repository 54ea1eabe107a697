/**
 * Header field values as corrections see them: read from a parsed document, compared, and put
 * back in place of the reading. Pure; the one place that knows which fields are lists.
 */
import { HEADER_FIELDS, type HeaderField, type ParsedDocument } from '../ingest/document.js';
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

export const isHeaderField = (name: string): name is HeaderField => (HEADER_FIELDS as readonly string[]).includes(name);

/** A value as the API shows it: a list, with 0 or 1 item for a single-valued field. */
export function asList(value: FieldValue): string[] {
  if (Array.isArray(value)) return [...value];
  return value === null || value === undefined ? [] : [value];
}

/** Most items of a corrected list, and characters of one item. */
export const MAX_VALUE_ITEMS = 50;
export const MAX_ITEM_LENGTH = 200;

export type CheckedValue = { ok: true; value: FieldValue } | { ok: false; problem: string };

/**
 * A corrected value as HR gives it (a list), checked and put in the field's shape: items trimmed,
 * none empty or repeated or too long; a title has exactly one item, other single-valued fields 0 or 1.
 */
export function checkCorrectedValue(field: HeaderField, items: readonly string[]): CheckedValue {
  const values = items.map((item) => item.trim());
  if (values.some((item) => item === '')) return { ok: false, problem: `${field} cannot hold an empty item` };
  const long = values.find((item) => item.length > MAX_ITEM_LENGTH);
  if (long !== undefined) return { ok: false, problem: `an item of ${field} has ${long.length} characters; at most ${MAX_ITEM_LENGTH} are allowed` };
  if (new Set(values).size !== values.length) return { ok: false, problem: `${field} lists "${values.find((v, i) => values.indexOf(v) !== i)}" twice` };
  if (isListField(field)) {
    if (values.length > MAX_VALUE_ITEMS) return { ok: false, problem: `${field} has ${values.length} items; at most ${MAX_VALUE_ITEMS} are allowed` };
    return { ok: true, value: values };
  }
  if (field === 'title' && values.length !== 1) return { ok: false, problem: 'a title needs exactly one value' };
  if (values.length > 1) return { ok: false, problem: `${field} holds one value, not ${values.length}` };
  return { ok: true, value: values[0] ?? null };
}

/** A value for messages and the audit log: "A", "B" — or "nothing". */
export function describeValue(value: FieldValue): string {
  const list = asList(value);
  return list.length === 0 ? 'nothing' : list.map((item) => `"${item}"`).join(', ');
}
