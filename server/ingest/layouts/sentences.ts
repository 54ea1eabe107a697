/**
 * Relations written as sentences (small municipalities):
 *   "1.2 pearaamatupidajale annab tööülesanded … vallavanem"   → manager
 *   "1.3 pearaamatupidajale allub nooremraamatupidaja"          → subordinate
 *   "1.4 pearaamatupidajat asendab nooremraamatupidaja"         → substituted by
 *   "1.5 pearaamatupidaja asendab nooremraamatupidajat"         → substitutes
 * Only the case endings carry the direction.
 */
import type { Line, ParseWarning } from '../document.js';
import { rangeOf } from '../lines.js';
import { baseTitle, isInflectedHead, titleKey } from '../estonian/titles.js';
import type { HeaderResult, Layout } from './layout.js';

const SENTENCE = /^\d+(?:\.\d+)+\.?\s+(.+?)\s+(asendab|asendavad|allub|alluvad|annab tööülesanded|nimetab ametisse)\b(.*)$/iu;
const SECTION = /^[2-9]\.\s*\p{L}/u;

interface Sentence {
  line: Line;
  subject: string;
  verb: string;
  object: string;
}

function read(line: Line): Sentence | null {
  const match = SENTENCE.exec(line.text);
  if (!match) return null;
  return { line, subject: match[1].trim(), verb: match[2].toLocaleLowerCase('et'), object: match[3].trim() };
}

const lastPhrase = (text: string) => text.replace(/^.*\b(täitmist|ametist)\s+/u, '').replace(/[.;]$/, '').trim();
const inflected = (phrase: string) => isInflectedHead(phrase.split(/\s+/).pop() ?? '');

export const sentencesLayout: Layout = {
  name: 'sentences',
  detect: (lines) => lines.slice(0, 80).filter((l) => read(l)).length >= 2,
  parseHeader,
};

function parseHeader(lines: Line[]): HeaderResult {
  const warnings: ParseWarning[] = [];
  const sentences = lines.map(read).filter((s): s is Sentence => s !== null);
  // The position described is the one every sentence is about: the most frequent subject.
  const counts = new Map<string, { title: string; count: number }>();
  for (const s of sentences) {
    const title = baseTitle(s.subject);
    const entry = counts.get(titleKey(title)) ?? { title, count: 0 };
    entry.count++;
    counts.set(titleKey(title), entry);
  }
  const title = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.title ?? '';
  const header = { title, specialization: null, unitPath: [], manager: null as string | null, subordinates: [] as string[], substitutedBy: [] as string[], substitutes: [] as string[] };
  const sources: HeaderResult['sources'] = {};
  const note = (field: string, line: Line) => (sources[field] = rangeOf([line]));

  for (const s of sentences) {
    if (titleKey(baseTitle(s.subject)) !== titleKey(title)) continue;
    if (s.verb === 'annab tööülesanded') {
      header.manager = baseTitle(lastPhrase(s.object));
      note('manager', s.line);
    } else if (s.verb === 'allub' || s.verb === 'alluvad') {
      // "X-le allub Y": Y reports to X. "X allub Y-le": X reports to Y.
      if (inflected(s.subject)) header.subordinates.push(baseTitle(s.object));
      else header.manager ??= baseTitle(s.object);
      note(inflected(s.subject) ? 'subordinates' : 'manager', s.line);
    } else if (s.verb.startsWith('asenda')) {
      // "X-t asendab Y": Y stands in for X. "X asendab Y-t": X stands in for Y.
      if (inflected(s.subject)) header.substitutedBy.push(baseTitle(s.object));
      else header.substitutes.push(baseTitle(s.object));
      note(inflected(s.subject) ? 'substitutedBy' : 'substitutes', s.line);
    }
  }
  const placed = new Set(sentences.map((s) => s.line.number));
  const lastSentence = sentences.length ? lines.findIndex((l) => l.number === sentences[sentences.length - 1].line.number) : 0;
  let end = lines.findIndex((l, i) => i > lastSentence && SECTION.test(l.text));
  if (end < 0) end = lines.length;
  if (sentences[0]) sources.title = rangeOf([sentences[0].line]);
  return { header, sources, warnings, placed, bodyStart: end };
}
