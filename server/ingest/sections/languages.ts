import type { CefrLevel, LanguageRequirement, Line, LineRange, ParseWarning, SectionResult } from '../document.js';
import { joinWrapped } from '../lines.js';
import { quote } from '../caps.js';

/** Language names in Estonian base form (as they stand before "keel") and their ISO 639-1 codes. */
const LANGUAGE_CODES: Record<string, string> = {
  eesti: 'et', inglise: 'en', vene: 'ru', soome: 'fi', saksa: 'de', prantsuse: 'fr', läti: 'lv', leedu: 'lt',
  rootsi: 'sv', norra: 'no', taani: 'da', islandi: 'is', hollandi: 'nl', hispaania: 'es', portugali: 'pt',
  itaalia: 'it', kreeka: 'el', poola: 'pl', tšehhi: 'cs', slovaki: 'sk', ungari: 'hu', rumeenia: 'ro',
  bulgaaria: 'bg', horvaadi: 'hr', serbia: 'sr', ukraina: 'uk', valgevene: 'be', türgi: 'tr', araabia: 'ar',
  heebrea: 'he', hiina: 'zh', jaapani: 'ja', korea: 'ko',
};

// Longer names first so that "valgevene" is not read as "vene".
const NAMES = Object.keys(LANGUAGE_CODES).sort((a, b) => b.length - a.length);
const LANGUAGE_NAME = new RegExp(`(?<!\\p{L})(${NAMES.join('|')})(?!\\p{L})`, 'giu');
const FOREIGN = /võõrkee/iu;
const CEFR = /(?<![\p{L}\d])([ABC][12])(?!\d)/u;
/** The older Estonian scale: alg-, kesk-, kõrgtase; read as the lowest CEFR level of each band. */
const OLD_LEVEL = /(?<!\p{L})(alg|kesk|kõrg)tase/iu;
const OLD_LEVELS: Record<string, CefrLevel> = { alg: 'A1', kesk: 'B1', kõrg: 'C1' };
const OR = /(?<!\p{L})või(?!\p{L})/iu;

interface Span {
  start: number;
  end: number;
  sentence: number;
}

function levelOf(text: string): CefrLevel | null {
  const cefr = CEFR.exec(text);
  const old = OLD_LEVEL.exec(text);
  if (cefr && (!old || cefr.index < old.index)) return cefr[1] as CefrLevel;
  return old ? OLD_LEVELS[old[1].toLowerCase()] : null;
}

/** Paren depth before each character, so that "(soovitavalt inglise ja vene keel)" is not split. */
function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    out.push(depth);
    if (char === '(' || char === '[') depth++;
  }
  return out;
}

/**
 * Cuts text into clauses at sentence ends and at top-level ",", ";", " ja ", " ning ".
 * A piece without a level belongs to the next piece of its sentence ("Inglise ja vene keele oskus B1").
 */
function clauses(text: string): Span[] {
  const depth = depths(text);
  const pieces: Span[] = [];
  let start = 0;
  let sentence = 0;
  const cut = (end: number, next: number) => {
    if (text.slice(start, end).trim()) pieces.push({ start, end, sentence });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    if (depth[i] > 0) continue;
    const char = text[i];
    if ('.!?'.includes(char) && (i + 1 === text.length || /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 3)))) {
      cut(i + 1, i + 1);
      sentence++;
    } else if (char === ',' || char === ';') {
      cut(i, i + 1);
    } else if (char === ' ') {
      const joiner = /^ (ja|ning) /u.exec(text.slice(i, i + 6));
      if (joiner) cut(i, i + joiner[0].length);
    }
  }
  cut(text.length, text.length);
  const own = pieces.map((piece) => piece.start);
  const merged: Span[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const next = pieces[i + 1];
    // Only the piece's own text can hold a level (the pieces merged into it had none): reading the
    // whole merged text again would be quadratic in a long sentence without levels.
    if (next && next.sentence === piece.sentence && !levelOf(text.slice(own[i], piece.end))) next.start = piece.start;
    else merged.push(piece);
  }
  return merged;
}

function clean(text: string): string {
  return text.trim().replace(/[\s.,;]+$/u, '');
}

/** The requirements one clause states: a foreign language with suggestions, or named languages and their "või" alternatives. */
export function readClause(clause: string): LanguageRequirement[] {
  const text = clean(clause);
  const depth = depths(text);
  const level = levelOf(text);
  const names = [...text.matchAll(LANGUAGE_NAME)].map((match) => ({
    name: match[1].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
    nested: depth[match.index] > 0,
  }));
  const foreign = FOREIGN.exec(text);
  if (foreign && depth[foreign.index] === 0) {
    return [{ language: 'võõrkeel', code: null, level, alternatives: unique(names.map((n) => n.name)), text }];
  }
  const groups: { language: string; alternatives: string[] }[] = [];
  let previousEnd = -1;
  for (const name of names) {
    const group = groups[groups.length - 1];
    if (group && (name.nested || OR.test(text.slice(previousEnd, name.start)))) {
      if (name.name !== group.language) group.alternatives.push(name.name);
    } else {
      groups.push({ language: name.name, alternatives: [] });
    }
    if (!name.nested) previousEnd = name.end;
  }
  return groups.map((group) => ({
    language: group.language,
    code: LANGUAGE_CODES[group.language] ?? null,
    level,
    alternatives: unique(group.alternatives),
    text,
  }));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Joins lines like `joinWrapped` and remembers where each line starts in the joined text. */
function joinWithOffsets(lines: Line[]): { text: string; starts: { offset: number; line: number }[] } {
  const pieces: string[] = [];
  const starts: { offset: number; line: number }[] = [];
  let length = 0;
  let previous = '';
  for (const line of lines) {
    const part = line.text.trim();
    if (!part) continue;
    if (previous) {
      // joinWrapped only looks at the end of the previous part, so its last characters decide the glue.
      const tail = previous.slice(-3).trim();
      if (joinWrapped([tail, part]) !== tail + part) {
        pieces.push(' ');
        length++;
      }
    }
    starts.push({ offset: length, line: line.number });
    pieces.push(part);
    length += part.length;
    previous = part;
  }
  return { text: pieces.join(''), starts };
}

/** The line holding a character of the joined text (binary search: paragraphs may be long). */
function lineAt(starts: { offset: number; line: number }[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle].offset <= offset) low = middle;
    else high = middle - 1;
  }
  return starts[low]?.line ?? 0;
}

/** Reads the Keeleoskus value: one requirement per language clause. */
export function parseLanguages(lines: Line[], path = 'requirements.languages'): SectionResult<LanguageRequirement[]> {
  const { text, starts } = joinWithOffsets(lines);
  const value: LanguageRequirement[] = [];
  const sources: Record<string, LineRange> = {};
  const warnings: ParseWarning[] = [];
  for (const span of clauses(text)) {
    while (/\s/u.test(text[span.start] ?? '')) span.start++;
    const range = { start: lineAt(starts, span.start), end: lineAt(starts, Math.max(span.start, span.end - 1)) };
    const found = readClause(text.slice(span.start, span.end));
    if (found.length === 0) warnings.push({ line: range.start, message: `no language named in ${quote(clean(text.slice(span.start, span.end)))}` });
    for (const requirement of found) {
      sources[`${path}[${value.length}]`] = range;
      value.push(requirement);
    }
  }
  return { value, sources, warnings };
}
