/**
 * Text → typed job description. Pure: no I/O, no database.
 */
import type { Line, ParsedDocument, ParseWarning } from './document.js';
import { DocumentError } from './errors.js';
import { toLines } from './lines.js';
import { detectLayout } from './layouts/index.js';
import { parsePreamble } from './preamble.js';
import { parseBody } from './sections/index.js';
import { detectOrganization } from './estonian/organizations.js';

export interface ParseOptions {
  /** The organisation to assume when the text names none. */
  organization?: string | null;
}

const JOB_DESCRIPTION_MARKERS = /AMETIJUHEND|Ametinimetus|Teenistuskoht|Struktuuriüksus|Vahetu juht/i;
const HEADING = /^\d{1,2}\.\s*\p{Lu}{3,}[\p{Lu}\s,-]*$/u;

export function parseDocument(fileName: string, text: string, options: ParseOptions = {}): ParsedDocument {
  if (!text.trim()) throw new DocumentError(fileName, null, 'the file is empty');
  const lines = toLines(text);
  const layout = detectLayout(lines);
  if (!layout) throw unknownLayout(fileName, lines);

  const head = layout.parseHeader(lines);
  if (!head.header.title) {
    throw new DocumentError(fileName, firstPlaced(head.placed), 'the header names no position title (Ametinimetus)');
  }
  const headerStart = Math.min(...head.placed);
  const preambleLines = lines.filter((l) => l.number < headerStart);
  const preamble = parsePreamble(preambleLines);
  const body = parseBody(lines.slice(head.bodyStart));

  const placed = new Set([...head.placed, ...preamble.placed]);
  const unplaced: ParseWarning[] = lines
    .slice(0, head.bodyStart)
    .filter((l) => l.text && !placed.has(l.number) && !HEADING.test(l.text))
    .map((l) => ({ line: l.number, message: `could not be placed: "${l.text}"` }));

  return {
    fileName,
    layout: layout.name,
    ...head.header,
    organization: detectOrganization(text) ?? options.organization ?? null,
    ...preamble.value,
    ...body.value,
    sources: { ...preamble.sources, ...head.sources, ...body.sources },
    warnings: [...head.warnings, ...preamble.warnings, ...unplaced, ...body.warnings].sort((a, b) => a.line - b.line),
  };
}

function firstPlaced(placed: Set<number>): number | null {
  return placed.size ? Math.min(...placed) : null;
}

function unknownLayout(fileName: string, lines: Line[]): DocumentError {
  const marker = lines.find((l) => JOB_DESCRIPTION_MARKERS.test(l.text));
  if (!marker) {
    const first = lines.find((l) => l.text);
    return new DocumentError(
      fileName,
      first?.number ?? null,
      'not a job description: no AMETIJUHEND heading and no header block (Ametinimetus, Struktuuriüksus, Vahetu juht) found',
    );
  }
  return new DocumentError(
    fileName,
    marker.number,
    `unknown layout: "${marker.text}" looks like a job description, but no known header block follows ` +
      '(expected "1.1 Ametinimetus 1.2 Struktuuriüksus" and "1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab")',
  );
}
