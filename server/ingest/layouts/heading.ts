/**
 * The upper-case heading above (or just below) "AMETIJUHEND": the organisation, parent units
 * in genitive ("TEEHOIUTEENISTUSE / LIIKLUSJUHTIMISKESKUSE") and the title in genitive
 * ("ERITRANSPORDI TEENUSE EKSPERDI AMETIJUHEND", "GRUPIJUHI AMETIJUHEND").
 */
import type { Line } from '../document.js';
import { detectOrganization } from '../estonian/organizations.js';
import { baseTitle, capitalize } from '../estonian/titles.js';
import { isSameUnitName, isUnitWord, splitUnitPath, splitUnitPrefix } from '../estonian/units.js';

export interface HeadingFacts {
  units: string[];
  title: string | null;
  /** Line numbers the heading used. */
  placed: number[];
}

const TITLE_WORD = /^AMETIJUHEND$/;
/** An upper-case line; a bracketed specialisation may close it ("SEKRETÄRI (KRIISIABI)"). */
const UPPER_LINE = /^[\p{Lu}][\p{Lu}\s,.()-]*$/u;
/** "KOORDINAATORI (ANDMEKAITSE)": a title before "AMETIJUHEND" may carry its specialisation in brackets. */
const UPPER_TITLE = /^[\p{Lu}][\p{Lu}\s,.-]*(?:\([\p{Lu}\s,.-]+\))?$/u;
const BRACKETED = /^\(([^()]+)\)$/;

export function isJobDescriptionTitle(line: Line): boolean {
  return /(^|\s)AMETIJUHEND(\s|$)/.test(line.text) && !/AMETIJUHENDI/.test(line.text);
}

/** Reads the heading around the "AMETIJUHEND" line at `index`. */
export function readHeading(lines: Line[], index: number): HeadingFacts {
  const placed: number[] = [];
  const units: string[] = [];
  let title: string | null = null;
  const marker = lines[index];
  placed.push(marker.number);

  // "GRUPIJUHI AMETIJUHEND": the title in genitive before the word.
  const before = marker.text.replace(/\s*AMETIJUHEND.*$/, '').trim();
  // "EHITUSE OSAKONNA PEASPETSIALISTI AMETIJUHEND": units in genitive before the title.
  const prefix = before && UPPER_TITLE.test(before) ? splitUnitPrefix(before.toLocaleLowerCase('et')) : { units: [], rest: '' };
  if (prefix.rest) title = baseTitle(prefix.rest);

  // Upper-case lines right above: organisation, then units, the last one possibly the title.
  const above: Line[] = [];
  for (let i = index - 1; i >= 0 && above.length < 6; i--) {
    const text = lines[i].text;
    if (!text) continue;
    if (!UPPER_LINE.test(text) || /^(KINNITATUD|KÄSKKIRI)$/.test(text)) break;
    above.unshift(lines[i]);
  }
  // Upper-case lines right below ("AMETIJUHEND / MEDITSIINISEADMETE OSAKOND / INSPEKTOR").
  const below: Line[] = [];
  for (let i = index + 1; i < lines.length && below.length < 4; i++) {
    const text = lines[i].text;
    if (!text) continue;
    if (!UPPER_LINE.test(text) || /^\d/.test(text)) break;
    below.push(lines[i]);
  }
  for (const line of [...above, ...below]) {
    if (line === below[0]) units.push(...prefix.units.splice(0));
    const lower = line.text.toLocaleLowerCase('et');
    const words = lower.split(/\s+/);
    placed.push(line.number);
    if (detectOrganization(capitalize(lower)) && words.length <= 4 && !isUnitWord(words[words.length - 1])) continue;
    // "TEEHOIUTEENISTUSE HOOLDUSE OSAKONNA": a genitive chain on one line is several units.
    if (isUnitWord(words[words.length - 1])) units.push(...splitUnitPath(lower));
    else if (!title && !TITLE_WORD.test(line.text)) title = baseTitle(lower);
  }
  units.push(...prefix.units);
  // A unit printed twice ("HANKEBÜROO" above "HANKEBÜROO JURISTI AMETIJUHEND") is one unit.
  const distinct = units.filter((u, i) => !units.slice(0, i).some((earlier) => isSameUnitName(earlier, u)));
  units.splice(0, units.length, ...distinct);
  // "(teenuse omanik)": a specialisation under the heading (its last line) belongs to the title.
  const lastLine = lines.findIndex((l) => l.number === Math.max(marker.number, ...below.map((b) => b.number)));
  const next = lines.slice(lastLine + 1).find((l) => l.text);
  const bracket = next ? BRACKETED.exec(next.text) : null;
  if (bracket && title) {
    title = `${title} (${bracket[1].trim()})`;
    placed.push(next!.number);
  }
  return { units, title, placed };
}
