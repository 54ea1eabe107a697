/**
 * Header fields as the panel edits them: every value is a list (a single-valued field has 0 or 1
 * item, as the API gives it); lists are edited item by item, a single field in one text box.
 */

/** The header fields that hold lists; the others hold one value (the server's field-values.ts agrees). */
const LIST_FIELDS: ReadonlySet<string> = new Set(['unitPath', 'subordinates', 'substitutedBy', 'substitutes']);

export const isListField = (field: string): boolean => LIST_FIELDS.has(field);

/** The editor's starting items: the value in effect; a single field always has its one box. */
export function draftOf(field: string, value: readonly string[]): string[] {
  return isListField(field) ? [...value] : [value[0] ?? ''];
}

/** The value to send: items trimmed, empty ones left out (an emptied single field is cleared). */
export function valueOfDraft(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter(Boolean);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** "A, B", or the given word for an empty value. */
export function showValue(value: readonly string[] | null | undefined, empty: string): string {
  return value?.length ? value.join(', ') : empty;
}

/** The fields whose suggestions are unit names; the rest name positions by title. */
export const suggestsUnits = (field: string): boolean => field === 'unitPath';

/** No suggestions for a specialisation: it names no position nor unit. */
export const suggestsNothing = (field: string): boolean => field === 'specialization';
