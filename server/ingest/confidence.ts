/**
 * Field confidence: a pure post-pass over what the header reader produced, the lines it read, and the
 * doubts it noted on the way. A field's level is the lowest of its reasons; `high` with no reasons
 * when nothing about it is doubtful. The checks look at the shape of a value (prose, case endings, unit
 * words), never at a list of known titles, so they judge documents never seen as well as the seen ones.
 */
import {
  HEADER_FIELDS,
  type ConfidenceLevel,
  type FieldConfidence,
  type HeaderField,
  type Line,
  type LineRange,
  type ParsedDocument,
  type ReadingNote,
} from './document.js';

/** Reasons the post-pass gives; the reader's own notes may give others. */
export const REASONS = {
  noLabel: 'no label found',
  prose: 'value reads as prose',
  unitWordInTitle: 'title contains a unit word',
  truncated: 'truncated header',
  warning: 'warning on the field\u2019s lines',
  notBaseForm: 'reference not in base form',
  twoUnits: 'two units in one name',
  noUnitWord: 'unit name has no unit word',
  repeatedUnit: 'unit named twice',
  labelInValue: 'value contains a label',
} as const;

const RANK: Record<ConfidenceLevel, number> = { high: 2, medium: 1, low: 0 };

/** The lower of two levels. */
export function lowest(a: ConfidenceLevel, b: ConfidenceLevel): ConfidenceLevel {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Folds notes into one confidence per field: the lowest level, the reasons in order, each once. */
export function combineNotes(notes: ReadingNote[]): Record<HeaderField, FieldConfidence> {
  const result = Object.fromEntries(HEADER_FIELDS.map((f): [HeaderField, FieldConfidence] => [f, { level: 'high', reasons: [] }])) as Record<HeaderField, FieldConfidence>;
  for (const note of notes) {
    const field = result[note.field];
    if (!field) continue;
    field.level = lowest(field.level, note.level);
    if (!field.reasons.includes(note.reason)) field.reasons.push(note.reason);
  }
  return result;
}

type Header = Pick<ParsedDocument, HeaderField | 'sources' | 'warnings'>;

/** Confidence of every header field of a parsed document. `lines` are the lines the document was read from. */
export function assessConfidence(document: Header, lines: Line[], evidence: ReadingNote[] = []): Record<HeaderField, FieldConfidence> {
  const notes: ReadingNote[] = [...evidence];
  const note = (field: HeaderField, level: ConfidenceLevel, reason: string) => notes.push({ field, level, reason });

  checkTitle(document, note);
  checkUnits(document.unitPath, note);
  checkReferences(document, note);
  checkSources(document, note);
  checkWarnings(document, lines, note);
  const result = combineNotes(notes);
  // The specialisation is part of the title: a doubt about the title is a doubt about it too.
  if (document.specialization) {
    const title = result.title;
    const own = result.specialization;
    own.level = lowest(own.level, title.level);
    for (const reason of title.reasons) if (!own.reasons.includes(reason)) own.reasons.push(reason);
  }
  return result;
}

type Note = (field: HeaderField, level: ConfidenceLevel, reason: string) => void;

const WORD = /[\p{L}\p{N}-]+/gu;
const words = (text: string) => text.match(WORD) ?? [];

/**
 * A finite verb in the third person (allub, asendab, täidab, vastutab, on): titles and references are
 * noun phrases, so a verb means a sentence was read as a value.
 */
const FINITE_VERB = /^(on|ei|allub|alluvad|asendab|asendavad|täidab|vastutab|juhib|korraldab|tagab|teeb|nimetatakse|määratakse|kinnitab|osaleb|koostab)$/iu;
/** Item numbers ("3.1.1", "2.") inside a value: the value ran into a numbered section. */
const ITEM_NUMBER = /(^|\s)\d+(\.\d+)+\.?(\s|$)|(^|\s)\d+\.\s/u;
/** A scope or alias kept inside a value: "– igapäevastes küsimustes", "(edaspidi juhataja)". */
const SCOPE = /\s[–-]\s|\bedaspidi\b|\bvastavalt\b.*\bvolitus/iu;

/** Why a value reads as prose rather than a noun phrase, or null. */
export function proseReason(value: string, maxWords: number): string | null {
  const ws = words(value);
  if (ws.some((w) => FINITE_VERB.test(w))) return REASONS.prose;
  if (ITEM_NUMBER.test(value)) return REASONS.prose;
  if (ws.length > maxWords) return REASONS.prose;
  if (/[.!?;]\s*$/.test(value.replace(/\b(nr|jt|vm|jne|nt)\.$/iu, ''))) return REASONS.prose;
  return null;
}

/**
 * Unit words in nominative singular (the form a unit's own name takes). Words whose genitive is the
 * same (büroo, kantselei) are left out: "Büroo juhataja" is a title.
 */
const UNIT_NOMINATIVE = /(osakond|talitus|teenistus|keskus|valdkond|sektor|tiim|üksus|grupp|amet)$/iu;
/** Any unit word, in any case form: "osakonna", "talituse", "büroos". */
const UNIT_STEM = /(osakon[dn]|talitus|büroo|grupp|grupi|teenistus|keskus|valdkon[dn]|kantselei|sektor|tiim|üksus|amet$|ameti$)/iu;
/** Nominative words that end in a unit word but name people or things ("ametnik" does not end in amet). */
const NOT_UNIT = /^(sekretariaat)$/iu;

const hasNominativeUnit = (title: string) =>
  words(title.replace(/\s*\([^)]*\)\s*$/u, '')).some((w) => UNIT_NOMINATIVE.test(w) && !NOT_UNIT.test(w) && w.length > 4);

function checkTitle(document: Header, note: Note) {
  const title = document.title ?? '';
  const bare = title.replace(/\s*\([^)]*\)\s*$/u, '');
  if (!title.trim()) note('title', 'low', REASONS.noLabel);
  const prose = proseReason(bare, 6);
  if (prose) note('title', 'low', prose);
  if (SCOPE.test(bare)) note('title', 'medium', 'scope left in the title');
  if (hasNominativeUnit(bare)) note('title', 'low', REASONS.unitWordInTitle);
  if (document.specialization) {
    const p = proseReason(document.specialization, 12);
    if (p) note('specialization', 'medium', p);
  }
}

function checkUnits(path: string[], note: Note) {
  const seen = new Set<string>();
  for (const unit of path) {
    const key = unit.toLocaleLowerCase('et');
    if (seen.has(key)) note('unitPath', 'low', REASONS.repeatedUnit);
    seen.add(key);
    const unitWords = words(unit).filter((w) => UNIT_NOMINATIVE.test(w) && w.length > 4);
    // "Finantsosakond Eelarvetalitus": two nominative unit words with no "ja" between them are two units.
    if (unitWords.length > 1 && !/\bja\b|\bning\b|,/iu.test(unit)) note('unitPath', 'low', REASONS.twoUnits);
    if (!UNIT_STEM.test(unit) && !/\p{Lu}{2,}/u.test(unit)) note('unitPath', 'medium', REASONS.noUnitWord);
    const prose = proseReason(unit, 10);
    if (prose) note('unitPath', 'low', prose);
  }
}

const REFERENCE_FIELDS = ['manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;
/** A label's words inside a reference: the next row's label was glued to the value. */
const LABEL_WORD = /^(asendab|asendaja|asendajad|alluvad|allub|alluvus|vahetu|ametinimetus|teenistuskoht|struktuuriüksus|puuduvad)$/iu;
/** Placeholders and schemes name no position and are not inflected titles ("vastavalt asendusskeemile"). */
const PLACEHOLDER = /\b(vastavalt|määratud|poolt)\b/iu;

/**
 * A reference whose last word ends in a case ending the reader should have removed: allative -le,
 * ablative -lt, comitative -ga, translative -ks, or a partitive -Vt after a consonant ("direktorit",
 * "juhatajat"; a nominative such as "advokaat" or "ekspert" does not end so).
 */
export function inflected(reference: string): boolean {
  const bare = reference.replace(/\s*\([^)]*\)\s*$/u, '');
  if (PLACEHOLDER.test(bare)) return false;
  const last = (words(bare).pop() ?? '').toLocaleLowerCase('et');
  if (last.length < 4) return false;
  return /(le|lt|ga|ks)$/u.test(last) || /[^aeiouõäöü][aeiouõäöü]t$/u.test(last);
}

function checkReferences(document: Header, note: Note) {
  for (const field of REFERENCE_FIELDS) {
    const value = document[field];
    const values = Array.isArray(value) ? value : value ? [value] : [];
    for (const reference of values) {
      const ws = words(reference);
      if (ws.slice(1).some((w) => LABEL_WORD.test(w))) note(field, 'low', REASONS.labelInValue);
      else if (proseReason(reference, 8)) note(field, 'low', REASONS.prose);
      if (inflected(reference)) note(field, 'low', REASONS.notBaseForm);
      // A unit inside a reference stands in the genitive ("Finantsosakonna nõunik"); a nominative one was glued on.
      if (hasNominativeUnit(reference)) note(field, 'low', REASONS.unitWordInTitle);
    }
  }
}

/** A value with no source line was not read under any label. */
function checkSources(document: Header, note: Note) {
  const has = (field: string) => Object.keys(document.sources).some((k) => k === field || k.startsWith(`${field}[`));
  if (!has('title') && document.title) note('title', 'medium', REASONS.noLabel);
  // A top position has neither unit nor manager; a position inside a unit with no manager was most likely missed.
  if (!document.manager && !has('manager') && document.unitPath.length) note('manager', 'medium', REASONS.noLabel);
  if (!document.unitPath.length && !has('unitPath') && document.manager) note('unitPath', 'medium', REASONS.noLabel);
  if (!document.substitutedBy.length && !has('substitutedBy')) note('substitutedBy', 'medium', REASONS.noLabel);
}

const TRUNCATED = /truncated\?/;

/** Warnings on a field's lines, and a header cut by the end of the text. */
function checkWarnings(document: Header, lines: Line[], note: Note) {
  const ranges = HEADER_FIELDS.map((field) => [field, rangeOf(document.sources, field)] as const);
  const lastLine = lines.length ? lines[lines.length - 1].number : 0;
  for (const warning of document.warnings) {
    if (TRUNCATED.test(warning.message)) {
      // The field read last may have lost its end; an empty one may have been cut off entirely.
      const last = ranges.filter(([, r]) => r).sort((a, b) => b[1]!.end - a[1]!.end)[0];
      if (last) note(last[0], 'medium', REASONS.truncated);
      for (const [field, range] of ranges) if (!range && field !== 'specialization' && isEmpty(document, field)) note(field, 'medium', REASONS.truncated);
      continue;
    }
    for (const [field, range] of ranges) {
      if (range && warning.line >= range.start && warning.line <= Math.min(range.end, lastLine || range.end)) note(field, 'medium', REASONS.warning);
    }
  }
}

function isEmpty(document: Header, field: HeaderField): boolean {
  const value = document[field];
  return Array.isArray(value) ? value.length === 0 : !value;
}

/** The lines a field was read from: its own key, or the span of its items ("substitutedBy[0]"). */
function rangeOf(sources: Record<string, LineRange>, field: string): LineRange | null {
  let range: LineRange | null = sources[field] ?? null;
  for (const [key, r] of Object.entries(sources)) {
    if (!key.startsWith(`${field}[`)) continue;
    range = range ? { start: Math.min(range.start, r.start), end: Math.max(range.end, r.end) } : { ...r };
  }
  return range;
}
