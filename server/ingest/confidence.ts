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
import { CONJUNCTION, CUT_AT_JOINT, FINITE_VERB, GENERIC_ALONE, GENERIC_SUBJECT, GROUP_OWNER, LABEL_WORD, PLACEHOLDER, SCOPE, SUB_UNIT, UNIT_ANY_FORM, UNIT_GENITIVE_END, UNIT_NOMINATIVE } from './confidence-words.js';

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
  scopeLeft: 'scope left in the value',
  cutShort: 'value cut short',
  plural: 'plural title',
  genericTitle: 'title is a generic word',
  runTogether: 'two values run together',
  placeholderTitle: 'title names a placeholder',
  noUnit: 'no unit found',
  noManager: 'no manager found',
  pathBelowTop: 'unit path starts below a department',
  sharedLines: 'read from lines shared with another field',
  severalTitles: 'title names several positions',
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

type Header = Pick<ParsedDocument, HeaderField | 'sources' | 'warnings'> & { layout?: string };

/** Confidence of every header field of a parsed document. `lines` are the lines the document was read from. */
export function assessConfidence(document: Header, lines: Line[], evidence: ReadingNote[] = []): Record<HeaderField, FieldConfidence> {
  const notes: ReadingNote[] = [...evidence];
  const note = (field: HeaderField, level: ConfidenceLevel, reason: string) => notes.push({ field, level, reason });

  checkTitle(document, note);
  checkUnits(document.unitPath, note);
  checkReferences(document, note);
  checkSources(document, note);
  checkWarnings(document, lines, note);
  checkSharedLines(document, note);
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

/** Item numbers ("3.1.1", "2.") inside a value: the value ran into a numbered section. */
const ITEM_NUMBER = /(^|\s)\d+(\.\d+)+\.?(\s|$)|(^|\s)\d+\.\s/u;

/** Why a value reads as prose rather than a noun phrase, or null. */
export function proseReason(value: string, maxWords: number): string | null {
  const ws = words(value);
  if (ws.some((w) => FINITE_VERB.test(w.toLocaleLowerCase('et')))) return REASONS.prose;
  if (ITEM_NUMBER.test(value)) return REASONS.prose;
  if (ws.length > maxWords) return REASONS.prose;
  if (/[.!?;]\s*$/.test(value.replace(/\b(nr|jt|vm|jne|nt)\.$/iu, ''))) return REASONS.prose;
  return null;
}

/** Nominative words that end in a unit word but name people or things. */
const NOT_UNIT = /^(sekretariaat)$/iu;

const hasNominativeUnit = (title: string) =>
  words(title.replace(/\s*\([^)]*\)\s*$/u, '')).some((w) => UNIT_NOMINATIVE.test(w) && !NOT_UNIT.test(w) && w.length > 4);

function checkTitle(document: Header, note: Note) {
  const title = document.title ?? '';
  if (!title.trim()) note('title', 'low', REASONS.noLabel);
  for (const [level, reason] of nameDoubts(title, 6)) note('title', level, reason);
  // The generic subject of a sentence ("Ametnik allub …") is no position's title.
  if (GENERIC_ALONE.test(title.trim())) note('title', 'low', REASONS.genericTitle);
  if (PLACEHOLDER.test(title)) note('title', 'low', REASONS.placeholderTitle);
  // A title names one position: a comma lists several, and "ja"/"või" may join two.
  const bareTitle = title.replace(/\([^)]*\)/gu, '');
  if (bareTitle.includes(',')) note('title', 'low', REASONS.severalTitles);
  else if (/\s(ja|või)\s/iu.test(bareTitle) && !/-\s(ja|või)\s/iu.test(bareTitle)) note('title', 'medium', REASONS.severalTitles);
  if (document.specialization) {
    const p = proseReason(document.specialization, 12);
    if (p) note('specialization', 'medium', p);
  }
}

/** Level and reason of every doubt about a name (a title or a reference to one), from its shape alone. */
function nameDoubts(name: string, maxWords: number): [ConfidenceLevel, string][] {
  const doubts: [ConfidenceLevel, string][] = [];
  const bare = name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  const ws = words(bare);
  const placeholder = PLACEHOLDER.test(bare);
  const last = ws[ws.length - 1] ?? '';
  if (proseReason(bare, maxWords)) doubts.push(['low', REASONS.prose]);
  // "Peaspetsialist Ametnikku spetsialist": a label word after the first word, or a generic subject before a title.
  if (!placeholder && ws.length > 1 && (ws.some((w) => LABEL_WORD.test(w)) || ws.slice(0, -1).some((w) => GENERIC_SUBJECT.test(w)))) {
    doubts.push(['low', REASONS.labelInValue]);
  }
  if (SCOPE.test(bare)) doubts.push(['low', REASONS.scopeLeft]);
  // The last word in a case form, or a partitive anywhere ("Inspektorit või …": alternatives left unsplit).
  const beforeLast = ws.slice(0, -1);
  const beforeAlternative = ws.filter((_, i) => CONJUNCTION.test(ws[i + 1] ?? ''));
  // Before "või"/"ja" a partitive ("peaeksperti või …", "teenistujaid ja …") means the alternatives were left in one name.
  const unsplit = beforeAlternative.some((w) => caseForm(w) || /([aeiouõäöü]id|hti|rti|nti)$/iu.test(w));
  if (inflected(name) || (!placeholder && beforeLast.some(caseForm)) || unsplit) {
    doubts.push(['low', REASONS.notBaseForm]);
  }
  // Words after the first are lower case in a title; a capitalised one starts the next value
  // ("Koordinaator Personalispetsialist"), and a word twice over is two values ("Uurija uurija").
  const later = ws.slice(1).filter((w) => !/^\p{Lu}{2,}$|^\p{Lu}+-/u.test(w));
  const repeated = ws.some((w, i) => i > 0 && w.toLocaleLowerCase('et') === ws[i - 1].toLocaleLowerCase('et'));
  if (later.some((w) => /^\p{Lu}\p{Ll}/u.test(w)) || repeated || /\)\s+\p{L}/u.test(name)) doubts.push(['low', REASONS.runTogether]);
  // An upper-case word of a label ("VAHETUD", "OTSESED") inside a name.
  if (ws.length > 1 && ws.some((w) => w.length >= 5 && /^\p{Lu}+$/u.test(w)) && !/^\p{Lu}[\p{Lu}\s-]*$/u.test(bare)) doubts.push(['low', REASONS.labelInValue]);
  if (!bare || (ws.length === 1 && PLACEHOLDER.test(bare))) doubts.push(['low', REASONS.cutShort]);
  // A head noun alone ("Juht", "Asetäitja") has most likely lost the genitive that says whose.
  if (ws.length === 1 && /^(juht|asetäitja)$/iu.test(bare)) doubts.push(['medium', REASONS.cutShort]);
  // A unit inside a title stands in the genitive ("Finantsosakonna nõunik"); a nominative one was glued on.
  if (hasNominativeUnit(bare)) doubts.push(['low', REASONS.unitWordInTitle]);
  const unbalanced = (name.match(/\(/g) ?? []).length !== (name.match(/\)/g) ?? []).length;
  // A name ends in its head noun: a genitive, a conjunction or "poolt" at the end means the rest was cut off.
  const genitiveEnd = UNIT_GENITIVE_END.test(bare) || (last.length > 5 && /(ise|use|ese)$/iu.test(last));
  if (unbalanced || genitiveEnd || CUT_AT_JOINT.test(bare)) doubts.push(['low', REASONS.cutShort]);
  // "Referendid": a plural is a group only with its unit ("Talituse teenistujad").
  if (!placeholder && /[aeiouõäöü]d$/iu.test(last) && last.length > 4 && !ws.slice(0, -1).some((w) => UNIT_ANY_FORM.test(w) || GROUP_OWNER.test(w))) doubts.push(['medium', REASONS.plural]);
  return doubts;
}


function checkUnits(path: string[], note: Note) {
  if (path.length && SUB_UNIT.test(path[0])) note('unitPath', 'medium', REASONS.pathBelowTop);
  const seen = new Set<string>();
  for (const unit of path) {
    const key = unit.toLocaleLowerCase('et');
    if (seen.has(key)) note('unitPath', 'low', REASONS.repeatedUnit);
    seen.add(key);
    const unitWords = words(unit).filter((w) => UNIT_NOMINATIVE.test(w) && w.length > 4);
    // "Finantsosakond Eelarvetalitus": two nominative unit words with no "ja" between them are two units.
    if (unitWords.length > 1 && !/\bja\b|\bning\b|,/iu.test(unit)) note('unitPath', 'low', REASONS.twoUnits);
    if (!words(unit).some((w) => UNIT_ANY_FORM.test(w)) && !/\p{Lu}{2,}/u.test(unit)) note('unitPath', 'medium', REASONS.noUnitWord);
    // A unit word alone ("Osakond") lost the words that name the unit.
    if (/^\p{L}+$/u.test(unit) && UNIT_NOMINATIVE.test(unit) && unit.length <= 'valdkond'.length) note('unitPath', 'medium', REASONS.cutShort);
    const prose = proseReason(unit, 10);
    if (prose) note('unitPath', 'low', prose);
    if (words(unit).some((w) => LABEL_WORD.test(w))) note('unitPath', 'low', REASONS.labelInValue);
  }
}

const REFERENCE_FIELDS = ['manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;

/**
 * A case form no word inside a title takes: a partitive ("inspektorit", "juhatajat", "nõunikku") or an
 * allative, ablative or comitative ("asetäitjale"). Words inside a title are genitives or base forms.
 */
const caseForm = (word: string) => word.length > 4 && (/[^aeiouõäöü][aeiouõäöü]t$/iu.test(word) || /(kku|ppi|tti|le|lt|ga)$/iu.test(word));

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
  if (/konsul$|^(alal|kindral|admiral)$/u.test(last)) return false;
  // Adessive -al/-il/-ul ("ametnikul", "töötajal"; a nominative "konstaabel" ends in -el), and -i after a
  // consonant: partitive or genitive ("juhti", "spetsialisti", "tiimi").
  return /(le|lt|ga|ks)$/u.test(last) || /[^aeiouõäöü][aeiouõäöü]t$/u.test(last) || /[aiu]l$/u.test(last) || /[^aeiouõäöü]i$/u.test(last);
}

function checkReferences(document: Header, note: Note) {
  for (const field of REFERENCE_FIELDS) {
    const value = document[field];
    const values = Array.isArray(value) ? value : value ? [value] : [];
    for (const reference of values) for (const [level, reason] of nameDoubts(reference, 8)) note(field, level, reason);
  }
}

/** Titles of an organisation's head, who has no unit and no manager within it. */
const TOP_TITLE = /^(pea)?direktor$|^(vallavanem|linnapea|kantsler|riigisekretär|rektor|peasekretär|juhatuse esimees|president|õiguskantsler|peaprokurör|riigikontrolör)$/iu;

/** A value with no source line was not read under any label. */
function checkSources(document: Header, note: Note) {
  const has = (field: string) => Object.keys(document.sources).some((k) => k === field || k.startsWith(`${field}[`));
  if (!has('title') && document.title) note('title', 'medium', REASONS.noLabel);
  // A top position has neither unit nor manager; a position inside a unit with no manager was most likely missed.
  // Only the head of the organisation has neither unit nor manager.
  const top = TOP_TITLE.test((document.title ?? '').trim());
  if (!document.manager && !top) note('manager', 'medium', has('manager') ? REASONS.noManager : REASONS.noLabel);
  if (!document.unitPath.length && !top) note('unitPath', 'medium', has('unitPath') ? REASONS.noUnit : REASONS.noLabel);
  // Most positions have no subordinates and many documents leave the row out; every position has a stand-in.
  for (const field of ['substitutedBy', 'substitutes'] as const) {
    if (!document[field].length && !has(field)) note(field, 'medium', REASONS.noLabel);
  }
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

const LIST_FIELDS = ['manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;

/**
 * Two relation fields read from the same lines: their values stood side by side (two columns, or a
 * block of labels then a block of values) and were told apart by position, which often moves an item
 * to the wrong field. The table layout writes its three relation columns in one cell by design; its
 * columns are told apart by case.
 */
function checkSharedLines(document: Header, note: Note) {
  if (document.layout === 'table') return;
  const ranges = LIST_FIELDS.map((field) => [field, rangeOf(document.sources, field)] as const).filter(([, r]) => r);
  for (const [field, range] of ranges) {
    const shared = ranges.some(([other, r]) => other !== field && r!.start <= range!.end && range!.start <= r!.end);
    if (shared) note(field, 'medium', REASONS.sharedLines);
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
