/**
 * Relations written as sentences (small municipalities):
 *   "1.2 pearaamatupidajale annab tööülesanded … vallavanem"   → manager
 *   "1.3 pearaamatupidajale allub nooremraamatupidaja"          → subordinate
 *   "1.4 pearaamatupidajat asendab nooremraamatupidaja"         → substituted by
 *   "1.5 pearaamatupidaja asendab nooremraamatupidajat"         → substitutes
 * Only the case endings carry the direction. The subject may be the generic "Ametnik"; then the
 * title comes from the heading ("NOORSOOTÖÖ SPETSIALISTI AMETIJUHEND").
 */
import type { Line, LineRange, ParseWarning } from '../document.js';
import { rangeOf } from '../lines.js';
import { baseTitle, isInflectedHead, titleKey } from '../estonian/titles.js';
import { splitItems, titleList } from '../estonian/lists.js';
import { ABSENCE_WORDS, ALLATIVE_PRONOUNS, COPULA, MEMBERSHIP_FORMS, GENERIC_ADESSIVES, GENERIC_NOMINATIVES, GENERIC_PARTITIVES, ORGANIZATION_GENITIVES, RELATION_VERBS } from '../estonian/lexicon.js';
import { joinUnitPaths, splitUnitPath } from '../estonian/units.js';
import { startsBody } from '../header/region.js';
import { splitScope, stripInlineScopes } from '../header/scope.js';
import { quote } from '../caps.js';
import type { HeaderResult, Layout } from './layout.js';
import { isJobDescriptionTitle, readHeading } from './heading.js';

/** An item's number: "1.4", "1.4.", "2.", "2)". */
const ITEM = /^(?:\d+(?:\.\d+)*\.?|\d+\))\s+/u;
const VERBS = [...RELATION_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+'));
/** The subject (perhaps none: it stands in an earlier item), the verb, the rest. */
const SENTENCE = new RegExp(`^(.*?)\\s*(?<!\\p{L})(${VERBS.join('|')})(?!\\p{L})(.*)$`, 'iu');
/** Subjects that stand for the position described, whatever its title, in any case ("Ametnikul alluvaid ei ole"). */
const GENERIC_SUBJECT = new Set([...GENERIC_NOMINATIVES, ...GENERIC_PARTITIVES, ...ALLATIVE_PRONOUNS, ...GENERIC_ADESSIVES]);
/** Generic subjects the relation points at: "Teda asendab X", "Ametnikule alluvad X". */
const GENERIC_OBJECT = new Set([...GENERIC_PARTITIVES, ...ALLATIVE_PRONOUNS, ...GENERIC_ADESSIVES]);
/** "X on riskijuhtimise osakonna koosseisus olev ametnik": the unit, in genitive, before "koosseisus". */
const STAFF_OF = new RegExp(`\\s+${COPULA}\\s+(.+?)\\s+(?:${MEMBERSHIP_FORMS.join('|')})\\b`, 'iu');
/** The copula between a subject and what it is: the subject stands before it. */
const COPULA_GAP = new RegExp(`\\s+${COPULA}\\s+`, 'u');
/** "Pearaamatupidaja äraolekul asendab teda …": the subject is named in genitive before "äraolekul". */
const ABSENCE = new RegExp(`\\s+(?:${ABSENCE_WORDS.join('|')})$`, 'iu');

interface Sentence {
  line: Line;
  /** '' when the item names no subject: "2. allub õppealajuhatajale" is about the position described. */
  subject: string;
  verb: string;
  object: string;
  /** The relation points at the subject: "X-t asendab Y", "X-le allub Y", "X äraolekul asendab teda Y". */
  towardSubject: boolean;
}

function read(line: Line): Sentence | null {
  const item = ITEM.exec(line.text);
  const text = line.text.slice(item?.[0].length ?? 0);
  const match = SENTENCE.exec(text);
  if (!match) return null;
  const verb = match[2]
    .toLocaleLowerCase('et')
    .replace(/\s+/g, ' ')
    .replace(/^annab .*/, 'annab tööülesanded')
    .replace('allutatud', 'allub')
    .replace('nimetatakse', 'nimetab');
  // "Vallasekretär on vallavalitsuse ametnik, kelle nimetab ametisse …", "X on kooli koosseisus olev töötaja ja allub …": the subject is before "on".
  const written = match[1].split(COPULA_GAP)[0].trim().replace(/^(?:ja|ning)$/u, '');
  const subject = written.replace(ABSENCE, '');
  // A sentence without an item number must name its subject, a title: elsewhere a verb is only a duty's word.
  if (!item && !(subject && looksLikeTitle(subject) && COPULA_GAP.test(match[1]))) return null;
  if (subject && !looksLikeTitle(subject) && !isGeneric(subject)) return null;
  const object = match[3].trim().replace(/^:\s*/, '');
  const pronoun = /^teda\s+/iu.test(object);
  const towardSubject = pronoun || subject !== written || inflected(subject) || GENERIC_OBJECT.has(subject.toLocaleLowerCase('et'));
  return { line, subject, verb, object: object.replace(/^teda\s+/iu, ''), towardSubject };
}

const lastPhrase = (text: string) => text.replace(/^.*\b(täitmist|ametist)\s+/u, '').replace(/[.;]$/, '').trim();
const isGeneric = (subject: string) => !subject || GENERIC_SUBJECT.has(subject.toLocaleLowerCase('et').replace(/\s+/g, ' '));
/** A title is a short noun phrase; a longer subject is a clause the pattern caught. */
const looksLikeTitle = (subject: string) => !/[,;:]/.test(subject) && subject.split(/\s+/).length <= 4;
function inflected(phrase: string): boolean {
  return isInflectedHead(phrase.split(/\s+/).pop() ?? '');
}

/** "Raamatukoguhoidja" is about the position "Kooli raamatukoguhoidja": a subject may drop the title's first words. */
function isAbout(subject: string, title: string): boolean {
  const a = titleKey(baseTitle(subject));
  const b = titleKey(title);
  return a === b || b.endsWith(` ${a}`) || a.endsWith(` ${b}`);
}

/** Lines up to the body: the first section heading that is no relation sentence ("2. allub …" is an item). */
function headerLines(lines: Line[]): Line[] {
  const end = lines.findIndex((l) => startsBody(l.text) && !read(l));
  return end < 0 ? lines : lines.slice(0, end);
}

export const sentencesLayout: Layout = {
  name: 'sentences',
  detect: (lines) => headerLines(lines.slice(0, 80)).filter((l) => read(l)).length >= 2,
  parseHeader,
};

export interface SentenceRelations {
  manager: string | null;
  subordinates: string[];
  substitutedBy: string[];
  substitutes: string[];
  sources: Record<string, LineRange>;
  /** "X on … osakonna koosseisus olev ametnik": the unit path a sentence names. */
  unitPath: string[];
  /** Scopes kept out of the names ("teenuste koordinaator – eelarve küsimustes"). */
  warnings: ParseWarning[];
  /** Line numbers of the sentences read. */
  placed: number[];
}

/** The unit a sentence says the position belongs to, without the organisation's own genitive ("vallavalitsuse"). */
function staffOf(text: string): string[] {
  const match = STAFF_OF.exec(text);
  if (!match) return [];
  const words = match[1].split(/\s+/u);
  while (words.length && ORGANIZATION_GENITIVES.includes(words[0].toLocaleLowerCase('et'))) words.shift();
  return words.length ? splitUnitPath(words.join(' ')) : [];
}

/** The titles an object names, scopes after a dash or a scope word kept out: "X – eelarve küsimustes või Y". */
function namedIn(object: string, line: number, warnings: ParseWarning[]): string[] {
  const inline = stripInlineScopes(object.replace(/[.;]\s*$/u, ''));
  const scopes = [...inline.scopes];
  const items = splitItems(inline.text).map((item) => {
    const { title, scope } = splitScope(item);
    if (scope) scopes.push(scope);
    return title;
  });
  for (const scope of scopes) warnings.push({ line, message: `scope kept out of the names: ${quote(scope)}` });
  return titleList(items.join(', '));
}

/** The relations that sentences among `lines` state about the position titled `title`. */
export function sentenceRelations(lines: Line[], title: string): SentenceRelations {
  const found: SentenceRelations = { manager: null, subordinates: [], substitutedBy: [], substitutes: [], unitPath: [], warnings: [], sources: {}, placed: [] };
  for (const line of lines) {
    const subject = line.text.replace(ITEM, '').split(STAFF_OF)[0];
    const units = found.unitPath.length ? [] : staffOf(line.text);
    if (units.length && (isGeneric(subject) || isAbout(subject, title))) {
      found.unitPath = units;
      found.sources.unitPath = rangeOf([line]);
      if (!read(line)) found.placed.push(line.number);
    }
  }
  const note = (field: string | null, s: Sentence) => {
    if (field) found.sources[field] = rangeOf([s.line]);
    found.placed.push(s.line.number);
  };
  for (const s of lines.map(read)) {
    if (!s || !(isGeneric(s.subject) || isAbout(s.subject, title))) continue;
    const named = namedIn(s.object, s.line.number, found.warnings);
    if (s.verb === 'annab tööülesanded') {
      found.manager = baseTitle(lastPhrase(s.object));
      note('manager', s);
    } else if (s.verb === 'allub' || s.verb === 'alluvad') {
      // "X-le allub Y": Y reports to X. "X allub Y-le": X reports to Y.
      if (s.towardSubject) found.subordinates.push(...named);
      else found.manager ??= named[0] ?? null;
      note(s.towardSubject ? 'subordinates' : 'manager', s);
    } else if (s.verb.startsWith('asenda')) {
      // "X-t asendab Y": Y stands in for X. "X asendab Y-t": X stands in for Y.
      if (s.towardSubject) found.substitutedBy.push(...named);
      else found.substitutes.push(...named);
      note(s.towardSubject ? 'substitutedBy' : 'substitutes', s);
    } else note(null, s);
  }
  return found;
}

function parseHeader(lines: Line[]): HeaderResult {
  const warnings: ParseWarning[] = [];
  // Found once: each search reads every line as a sentence.
  const relationLines = headerLines(lines);
  const sentences = relationLines.map(read).filter((s): s is Sentence => s !== null);
  // The position described is the one every sentence is about: the most frequent subject.
  const counts = new Map<string, { title: string; count: number }>();
  for (const s of sentences.filter((s) => !isGeneric(s.subject) && looksLikeTitle(s.subject))) {
    const title = baseTitle(s.subject);
    const entry = counts.get(titleKey(title)) ?? { title, count: 0 };
    entry.count++;
    counts.set(titleKey(title), entry);
  }
  const headingIndex = lines.findIndex(isJobDescriptionTitle);
  const heading = headingIndex >= 0 ? readHeading(lines, headingIndex) : null;
  const frequent = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.title;
  // The heading names the position in full ("KOOLI RAAMATUKOGUHOIDJA"); sentences may shorten it ("Raamatukoguhoidja").
  const title = heading?.title && (!frequent || isAbout(frequent, heading.title)) ? heading.title : (frequent ?? '');
  const told = sentenceRelations(relationLines, title);
  const { manager, subordinates, substitutedBy, substitutes, sources } = told;
  const unitPath = joinUnitPaths(heading?.units ?? [], told.unitPath);
  const header = { title, specialization: null, unitPath, manager, subordinates, substitutedBy, substitutes };
  warnings.push(...told.warnings);

  const placed = new Set([...sentences.map((s) => s.line.number), ...told.placed]);
  // "Kooli raamatukoguhoidja:" before items that name no subject: the subject they share.
  for (const line of relationLines) if (/^[^:]+:$/u.test(line.text) && title && isAbout(line.text.slice(0, -1), title)) placed.add(line.number);
  const lastSentence = sentences.length ? lines.findIndex((l) => l.number === sentences[sentences.length - 1].line.number) : 0;
  let end = lines.findIndex((l, i) => i > lastSentence && startsBody(l.text) && !read(l));
  if (end < 0) end = lines.length;
  if (sentences[0]) sources.title = rangeOf([sentences[0].line]);
  return { header, sources, warnings, placed, bodyStart: end };
}
