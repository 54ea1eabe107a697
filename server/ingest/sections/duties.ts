import type { Duty, Line, LineRange, ParseWarning, SectionResult } from '../document.js';
import { isBlank } from '../lines.js';
import { bulletParts, Chunk, isLostBullet, notPlaced } from './text.js';

/** "3.12 Koostöö", "3.1. Teenuse", "3.5.Teenuse": the number and the rest of the line. */
const DUTY_NUMBER = /^(\d{1,2})\.(\d{1,3})(?:\.(?!\d)\s*|\s+|(?=\p{Lu})|$)(.*)$/u;

/** The table's column header, which may repeat after a page break. */
const COLUMN_HEADER = /^(põhiülesanded|tööülesanded)?\s*(oodatavad tulemused)?$/iu;

/** A sentence end inside a line: where a flattened table row changes column when the bullet is lost. */
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})/u;

interface DraftDuty {
  number: string;
  line: Line;
  text: Chunk;
  results: Chunk[];
}

function readNumber(line: Line, section: string | null): { number: string; rest: string } | null {
  if (line.bullet) return null;
  const match = DUTY_NUMBER.exec(line.text);
  if (!match || (section !== null && match[1] !== section)) return null;
  return { number: `${match[1]}.${match[2]}`, rest: match[3].trim() };
}

function isColumnHeader(line: Line): boolean {
  return !line.bullet && line.text !== '' && COLUMN_HEADER.test(line.text);
}

/**
 * Reads the duty table: each numbered line starts a duty, bullets start results.
 * `section` is the section's printed number ("3"); duty numbers must start with it.
 */
export function parseDuties(lines: Line[], section: string | null, path = 'duties'): SectionResult<Duty[]> {
  const drafts: DraftDuty[] = [];
  const warnings: ParseWarning[] = [];
  const seen = new Map<string, number>();
  let afterBlank = false;

  for (const line of lines) {
    if (isBlank(line)) {
      afterBlank = true;
      continue;
    }
    const numbered = readNumber(line, section);
    const duty = drafts[drafts.length - 1];
    if (numbered) {
      const [first, ...results] = bulletParts(numbered.rest);
      const draft: DraftDuty = { number: numbered.number, line, text: new Chunk(line, first), results: [] };
      for (const result of results) draft.results.push(new Chunk(line, result));
      drafts.push(draft);
      const firstLine = seen.get(draft.number);
      if (firstLine !== undefined) {
        warnings.push({ line: line.number, message: `duplicate duty number ${draft.number} (first at line ${firstLine}), kept as its own duty` });
      } else {
        seen.set(draft.number, line.number);
      }
    } else if (isColumnHeader(line)) {
      // placed: the header row of the table
    } else if (!duty) {
      warnings.push(notPlaced(line, 'could not be placed (before the first duty)'));
    } else {
      const [first, ...rest] = bulletParts(line.text);
      const current = duty.results[duty.results.length - 1] ?? duty.text;
      if (line.bullet || (current.parts.length > 0 && isLostBullet(current.tail, first, afterBlank))) {
        duty.results.push(new Chunk(line, first));
      } else {
        current.add(line, first);
      }
      for (const result of rest) duty.results.push(new Chunk(line, result));
    }
    afterBlank = false;
  }

  const sources: Record<string, LineRange> = {};
  const duties = drafts.map((draft, index) => {
    const key = `${path}[${index}]`;
    const value = finish(draft);
    sources[key] = { start: draft.line.number, end: draft.results.reduce((end, result) => Math.max(end, result.last), draft.text.last) };
    sources[`${key}.text`] = draft.text.range;
    draft.results.forEach((result, r) => {
      sources[`${key}.results[${r}]`] = result.range;
    });
    return value;
  });
  return { value: duties, sources, warnings };
}

/**
 * A one-line duty without results whose line holds two sentences is a table row flattened onto one line
 * after its bullet was lost ("3.11. Projekti aruannete koostamine.  Projekti aruanded on koostatud.").
 */
function finish(draft: DraftDuty): Duty {
  // A bullet glyph with nothing after it is no result.
  draft.results = draft.results.filter((result) => result.parts.length > 0);
  if (draft.results.length === 0 && draft.text.first === draft.text.last) {
    const text = draft.text.text;
    const match = SENTENCE_BREAK.exec(text);
    if (match) {
      const cut = match.index + 1;
      const line = draft.line;
      draft.text = new Chunk(line, text.slice(0, cut).trim());
      draft.results.push(new Chunk(line, text.slice(cut).trim()));
    }
  }
  return { number: draft.number, text: draft.text.text, results: draft.results.map((result) => result.text) };
}
