import type { Line, ParseWarning } from '../document.js';
import { isBlank } from '../lines.js';
import { notPlaced } from './text.js';
import { quote } from '../caps.js';

export type SectionKind = 'purpose' | 'duties' | 'rights' | 'responsibilities' | 'workTools' | 'requirements' | 'amendment';

/** The one keyword table: a section is known by its keyword, never by its number (numbering differs between templates). */
const SECTION_KEYWORDS: [SectionKind, RegExp][] = [
  ['purpose', /EESMÄRK/u],
  ['duties', /ÜLESANDED|KOHUSTUSED/u],
  ['rights', /ÕIGUSED/u],
  ['responsibilities', /VASTUTUS/u],
  ['workTools', /TÖÖVAHENDID/u],
  ['requirements', /NÕUDED/u],
  ['amendment', /MUUTMINE/u],
];

/** "2. AMETIKOHA EESMÄRK", "7.TÖÖKOHALE ESITATAVAD NÕUDED": a number and upper-case words only. */
const HEADING = /^(\d{1,2}|[IVX]{1,4}(?=[.\s]))\.?\s*(\p{Lu}[\p{Lu} ,–-]{2,}\p{Lu})\s*:?$/u;
/** "III TEENISTUSKOHUSTUSED": a roman number counts as its arabic one, which prefixes the items ("3.1."). */
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const arabic = (number: string) =>
  /^\d+$/.test(number) ? number : String([...number].reduce((sum, ch, i) => sum + (ROMAN[ch] < (ROMAN[number[i + 1]] ?? 0) ? -ROMAN[ch] : ROMAN[ch]), 0));

/** Where signatures begin: the first of these lines after the last heading. */
const SIGNATURE_START = [/^poolte allkirjad\s*:?$/iu, /^(tööandja|töötaja)\s*:/iu, /^\(?\s*allkirjastatud digitaalselt/iu];

export interface Heading {
  number: string;
  kind: SectionKind | null;
  /** Text after a heading written in running case on the same line ("2. Teenistuskoha eesmärk on …"). */
  rest?: string;
}

/**
 * Headings in running case, as the labelled and numbered layouts write them:
 * "2. Teenistuskoha eesmärk …", "3. Teenistusülesanded", "4. Õigused".
 */
const RUNNING_HEADINGS: [SectionKind, RegExp][] = [
  ['purpose', /^(?:teenistuskoha|ametikoha|töökoha)\s+(?:põhi)?eesmärk(?:\s+on)?\b/iu],
  ['duties', /^(?:teenistus|töö|ameti)?ülesanded(?:\s+ja\s+tulemused)?\b/iu],
  ['rights', /^õigused\b/iu],
  ['responsibilities', /^vastutus\b/iu],
  ['workTools', /^töövahendid\b/iu],
  ['requirements', /^(?:teenistuskohale|ametikohale|töökohale)\s+esitatavad\s+nõuded\b/iu],
  ['amendment', /^ametijuhendi\s+muutmine\b/iu],
];
const NUMBERED = /^(\d{1,2})\.\s*(.+)$/u;

export interface Section {
  /** The heading's number as printed ("3"), which prefixes the section's numbered items. */
  number: string;
  heading: Line;
  /** Lines under the heading; a repeated heading's lines are appended. */
  lines: Line[];
}

export interface SplitBody {
  sections: Partial<Record<SectionKind, Section>>;
  /** From the first signature line to the end. */
  signatures: Line[];
  warnings: ParseWarning[];
}

/** `first`: the line opens the body, where the labelled layout's unnumbered purpose row may stand. */
export function readHeading(line: Line, first = false): Heading | null {
  if (line.bullet) return null;
  const match = HEADING.exec(line.text);
  if (match) {
    const found = SECTION_KEYWORDS.find(([, keyword]) => keyword.test(match[2]));
    return { number: arabic(match[1]), kind: found ? found[0] : null };
  }
  // The purpose row of the labelled layout has no number: "Teenistuskoha eesmärk Tagada …".
  const numbered = NUMBERED.exec(line.text) ?? (first && RUNNING_HEADINGS[0][1].test(line.text) ? ['', '2', line.text] : null);
  if (!numbered) return null;
  for (const [kind, pattern] of RUNNING_HEADINGS) {
    const running = pattern.exec(numbered[2]);
    if (running) return { number: numbered[1], kind, rest: numbered[2].slice(running[0].length).trim() };
  }
  return null;
}

export function isSignatureStart(line: Line): boolean {
  return !line.bullet && SIGNATURE_START.some((pattern) => pattern.test(line.text));
}

/** Cuts the body into sections by heading and the signature block at the end. */
export function splitSections(lines: Line[]): SplitBody {
  const firstText = lines.findIndex((line) => line.text);
  const headings = lines.map((line, index) => readHeading(line, index === firstText));
  let lastHeading = -1;
  headings.forEach((heading, index) => {
    if (heading) lastHeading = index;
  });
  let signatureStart = lines.findIndex((line, index) => index > lastHeading && isSignatureStart(line));
  if (signatureStart < 0) signatureStart = lines.length;

  const sections: Partial<Record<SectionKind, Section>> = {};
  const warnings: ParseWarning[] = [];
  let current: Section | null = null;
  let unknown = false;
  for (let index = 0; index < signatureStart; index++) {
    const line = lines[index];
    const heading = headings[index];
    if (heading?.kind) {
      const existing: Section | undefined = sections[heading.kind];
      if (existing) warnings.push({ line: line.number, message: `section repeated, read as part of the first one: ${quote(line.text)}` });
      current = existing ?? { number: heading.number, heading: line, lines: [] };
      sections[heading.kind] = current;
      unknown = false;
      // Text on the heading's own line is the section's first line.
      if (heading.rest) current.lines.push({ ...line, text: heading.rest });
    } else if (heading) {
      warnings.push(notPlaced(line, 'unknown section heading'));
      current = null;
      unknown = true;
    } else if (current) {
      current.lines.push(line);
    } else if (!isBlank(line)) {
      warnings.push(notPlaced(line, unknown ? 'could not be placed (unknown section)' : 'could not be placed (before the first section)'));
    }
  }
  return { sections, signatures: lines.slice(signatureStart), warnings };
}
