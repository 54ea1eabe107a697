import type { Line, ParseWarning } from '../document.js';
import { isBlank } from '../lines.js';
import { notPlaced } from './text.js';

export type SectionKind = 'purpose' | 'duties' | 'rights' | 'responsibilities' | 'workTools' | 'requirements' | 'amendment';

/** The one keyword table: a section is known by its keyword, never by its number (numbering differs between templates). */
const SECTION_KEYWORDS: [SectionKind, RegExp][] = [
  ['purpose', /EESMÄRK/u],
  ['duties', /ÜLESANDED/u],
  ['rights', /ÕIGUSED/u],
  ['responsibilities', /VASTUTUS/u],
  ['workTools', /TÖÖVAHENDID/u],
  ['requirements', /NÕUDED/u],
  ['amendment', /MUUTMINE/u],
];

/** "2. AMETIKOHA EESMÄRK", "7.TÖÖKOHALE ESITATAVAD NÕUDED": a number and upper-case words only. */
const HEADING = /^(\d{1,2})\.?\s*(\p{Lu}[\p{Lu} ,–-]{2,}\p{Lu})\s*:?$/u;

/** Where signatures begin: the first of these lines after the last heading. */
const SIGNATURE_START = [/^poolte allkirjad\s*:?$/iu, /^(tööandja|töötaja)\s*:/iu, /^\(?\s*allkirjastatud digitaalselt/iu];

export interface Heading {
  number: string;
  kind: SectionKind | null;
}

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

export function readHeading(line: Line): Heading | null {
  if (line.bullet) return null;
  const match = HEADING.exec(line.text);
  if (!match) return null;
  const found = SECTION_KEYWORDS.find(([, keyword]) => keyword.test(match[2]));
  return { number: match[1], kind: found ? found[0] : null };
}

export function isSignatureStart(line: Line): boolean {
  return !line.bullet && SIGNATURE_START.some((pattern) => pattern.test(line.text));
}

/** Cuts the body into sections by heading and the signature block at the end. */
export function splitSections(lines: Line[]): SplitBody {
  const headings = lines.map(readHeading);
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
      if (existing) warnings.push({ line: line.number, message: `section repeated, read as part of the first one: "${line.text}"` });
      current = existing ?? { number: heading.number, heading: line, lines: [] };
      sections[heading.kind] = current;
      unknown = false;
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
