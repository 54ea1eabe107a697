/**
 * Text → typed job descriptions. Pure: no I/O, no database.
 * A file may hold one job description or a directive with several as annexes.
 */
import type { Line, ParsedDocument, ParseWarning } from './document.js';
import { DocumentError } from './errors.js';
import { capWarnings, checkSize, DOCUMENT_CAPS, quote, type DocumentCaps } from './caps.js';
import { toLines } from './lines.js';
import { detectLayout, readableLayout } from './layouts/index.js';
import { parsePreamble } from './preamble.js';
import { parseBody } from './sections/index.js';
import { detectOrganization } from './estonian/organizations.js';
import { splitBundle, type Annex, type DirectiveFacts } from './bundle.js';
import { assessConfidence } from './confidence.js';

export interface ParseOptions {
  /** The organisation to assume when the text names none. */
  organization?: string | null;
  /** How much of a document is read (default DOCUMENT_CAPS). */
  caps?: Partial<DocumentCaps>;
}

const JOB_DESCRIPTION_MARKERS = /AMETIJUHEND|Ametinimetus|Teenistuskoht|Struktuuriüksus|Vahetu juht/i;
/** Structural lines that carry no value: numbered upper-case headings, "1. Üldosa", "I Üldsätted", "Üldsätted". */
const HEADING = /^(?:\d{1,2}\.\s*\p{Lu}{3,}[\p{Lu}\s,-]*|(?:\d{1,2}\.?\s*|[IVX]{1,4}\.?\s+)?(?:üldosa|üldsätted))$/iu;

/** Every job description in a file: one, or one per annex of a directive. */
export function parseDocuments(fileName: string, text: string, options: ParseOptions = {}): ParsedDocument[] {
  if (!text.trim()) throw new DocumentError(fileName, null, 'the file is empty');
  const caps = { ...DOCUMENT_CAPS, ...options.caps };
  checkSize(fileName, text, caps);
  const lines = toLines(text);
  const bundle = splitBundle(lines);
  const organization = detectOrganization(text) ?? options.organization ?? null;
  const several = bundle.annexes.length > 1;
  const documents = bundle.annexes.map((annex, i) =>
    parseAnnex(several ? `${fileName}#lisa-${annex.number ?? i + 1}` : fileName, fileName, annex, lines, bundle.directive, organization),
  );
  if (bundle.directive) checkListedAnnexes(fileName, bundle.directive, bundle.annexes, documents);
  for (const document of documents) document.warnings = capWarnings(document.warnings, caps.warnings);
  return documents;
}

/** The single job description of a file (the first annex of a directive). */
export function parseDocument(fileName: string, text: string, options: ParseOptions = {}): ParsedDocument {
  return parseDocuments(fileName, text, options)[0];
}

function parseAnnex(name: string, fileName: string, annex: Annex, all: Line[], directive: DirectiveFacts | null, organization: string | null): ParsedDocument {
  const lines = annex.lines;
  const known = detectLayout(lines);
  const layout = known ?? readableLayout(lines);
  if (!layout) throw unknownLayout(fileName, lines.length ? lines : all);
  const head = layout.parseHeader(lines);
  if (!known) head.warnings.push({ line: firstPlaced(head.placed) ?? 1, message: 'the header follows no known layout: only what its heading and labels say was read' });
  if (!head.header.title) {
    throw new DocumentError(fileName, firstPlaced(head.placed), 'the header names no position title (Ametinimetus / Teenistuskoht)');
  }
  const headerStart = smallest(head.placed);
  const preamble = parsePreamble(lines.filter((l) => l.number < headerStart));
  const body = parseBody(lines.slice(head.bodyStart));

  const placed = new Set([...head.placed, ...preamble.placed]);
  const unplaced: ParseWarning[] = lines
    .slice(0, head.bodyStart)
    .filter((l) => l.text && !placed.has(l.number) && !HEADING.test(l.text) && l.number >= headerStart)
    .map((l) => ({ line: l.number, message: `could not be placed: ${quote(l.text)}` }));
  const truncated: ParseWarning[] =
    !body.value.purpose && body.value.duties.length === 0 && body.value.signatures.length === 0
      ? [{ line: lastText(lines), message: 'the document ends inside or right after its header (truncated?): only the header was read' }]
      : [];

  const fromDirective = directive && (directive.approval.date || directive.approval.number) ? { ...directive.approval, signer: directive.signer } : null;
  const approval = preamble.value.approval ?? fromDirective;
  const document: ParsedDocument = {
    fileName: name,
    layout: head.layout ?? layout.name,
    ...head.header,
    organization,
    approval,
    contractAnnex: preamble.value.contractAnnex,
    ...body.value,
    sources: { ...preamble.sources, ...head.sources, ...body.sources },
    warnings: [...head.warnings, ...preamble.warnings, ...unplaced, ...body.warnings, ...truncated].sort((a, b) => a.line - b.line),
    readingNotes: head.notes ?? [],
  };
  return { ...document, fieldConfidence: assessConfidence(document, lines, document.readingNotes) };
}

/** The directive's own list of annexes must match the annexes found, unless the text was cut off. */
function checkListedAnnexes(fileName: string, directive: DirectiveFacts, annexes: Annex[], documents: ParsedDocument[]) {
  const found = new Set(annexes.map((a, i) => a.number ?? i + 1));
  const missing = directive.listed.filter((l) => !found.has(l.annex));
  if (!missing.length) return;
  const last = documents[documents.length - 1];
  const cutOff = last.signatures.length === 0 && !last.amendment;
  for (const item of missing) {
    const message = `the directive lists annex ${item.annex} (${quote(item.title)}) but the file does not contain it`;
    if (!cutOff) throw new DocumentError(fileName, item.line, message);
    last.warnings.push({ line: item.line, message: `${message} (the text appears cut off)` });
  }
}

/** The last line with text: where a cut-off document ends, not the trailing blank line. */
function lastText(lines: Line[]): number {
  return [...lines].reverse().find((l) => l.text)?.number ?? lines[lines.length - 1]?.number ?? 1;
}

function firstPlaced(placed: Set<number>): number | null {
  return placed.size ? smallest(placed) : null;
}

/** The smallest number (Math.min(...set) overflows the stack on a large set). */
function smallest(numbers: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const n of numbers) if (n < min) min = n;
  return min;
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
    `unknown layout: ${quote(marker.text)} looks like a job description, but no known header block follows ` +
      '(expected labelled rows such as "Ametinimetus", "Struktuuriüksus", "Vahetu juht", "Asendaja" or the table "1.1 Ametinimetus 1.2 Struktuuriüksus")',
  );
}
