import type { CompetencyGroup, Line, LineRange, NamedDescription, SectionResult } from '../document.js';
import { isBlank } from '../lines.js';
import { splitItems, usesBullets } from './items.js';
import { bulletParts, Chunk } from './text.js';

/** "Kliendikesksus:", " Asjatundlikkus:": a short line ending with a colon names a group. */
const GROUP = /^(\p{L}[^:.;]{0,59}):$/u;

/** "Pingetaluvus (tasakaalukus): Tuleb …": a named description; the name has no sentence punctuation. */
const NAMED = /^(\p{Lu}[^:.;!?]{0,99}):\s*(.*)$/su;

interface DraftGroup {
  name: string;
  header: Line | null;
  lines: Line[];
}

/** Reads "Tööks vajalikud kompetentsid": groups ending with ":" and the items under each. */
export function parseCompetencies(lines: Line[], path = 'competencies'): SectionResult<CompetencyGroup[]> {
  const bulleted = usesBullets(lines);
  const drafts: DraftGroup[] = [];
  for (const line of lines) {
    const header = line.bullet ? null : GROUP.exec(line.text);
    if (header) drafts.push({ name: header[1].trim(), header: line, lines: [] });
    else if (drafts.length > 0) drafts[drafts.length - 1].lines.push(line);
    // Items before any group still count: they go to a group without a name.
    else if (!isBlank(line)) drafts.push({ name: '', header: null, lines: [line] });
  }

  const sources: Record<string, LineRange> = {};
  const value = drafts.map((draft, index) => {
    const items = splitItems(draft.lines, bulleted);
    const key = `${path}[${index}]`;
    const start = draft.header?.number ?? items[0]?.first ?? 0;
    sources[key] = { start, end: items.reduce((end, item) => Math.max(end, item.last), start) };
    items.forEach((item, i) => {
      sources[`${key}.items[${i}]`] = item.range;
    });
    return { group: draft.name, items: items.map((item) => item.text) };
  });
  return { value, sources, warnings: [] };
}

/**
 * Reads "Täiendavad kompetentsid …": items "Name: description". A bullet starts an item; where the
 * bullet was lost, a "Name:" line after a blank line does.
 */
export function parseNamedDescriptions(lines: Line[], path = 'additionalCompetencies'): SectionResult<NamedDescription[]> {
  const items: Chunk[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (isBlank(line)) {
      afterBlank = true;
      continue;
    }
    const [first, ...rest] = bulletParts(line.text);
    const current = items[items.length - 1];
    if (line.bullet || !current || (afterBlank && NAMED.test(first))) items.push(new Chunk(line, first));
    else current.add(line, first);
    for (const part of rest) items.push(new Chunk(line, part));
    afterBlank = false;
  }

  const sources: Record<string, LineRange> = {};
  const value = items.filter((item) => item.parts.length > 0).map((item, index) => {
    sources[`${path}[${index}]`] = item.range;
    const text = item.text;
    const named = NAMED.exec(text);
    if (named) return { name: named[1].trim(), description: named[2].trim() };
    return { name: text.replace(/[.\s]+$/u, ''), description: '' };
  });
  return { value, sources, warnings: [] };
}
