/**
 * The pure-ish first half of an import: every file turned into parsed job descriptions, or a
 * clear reason why not. Nothing is written here.
 */
import type { ParsedDocument, ParseWarning } from '../ingest/document.js';
import { DocumentError } from '../ingest/errors.js';
import { extractTexts, type ExtractedText } from '../ingest/formats/index.js';
import { parseDocuments } from '../ingest/parse.js';

export interface ImportFile {
  name: string;
  content: string | Uint8Array;
}

export type FileStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED' | 'SKIPPED';

/** What became of one job description (or of a file that yielded none). */
export interface FileOutcome {
  name: string;
  status: FileStatus;
  organization: string | null;
  title: string | null;
  warnings: ParseWarning[];
  error: { line: number | null; message: string } | null;
}

export interface ReadFile {
  name: string;
  text: string;
  parsed: ParsedDocument;
}

/** The texts inside a file: one for text, PDF and DOCX files; one per document in a signed container. */
async function textsOf(file: ImportFile): Promise<ExtractedText[]> {
  if (typeof file.content === 'string') return [{ name: file.name, text: file.content, container: null }];
  return extractTexts(file.name, file.content);
}

const failed = (name: string, error: DocumentError | { line: number | null; message: string }): FileOutcome => ({
  name,
  status: 'FAILED',
  organization: null,
  title: null,
  warnings: [],
  error: { line: error.line, message: error.message },
});

/** Reads every file; returns the readable documents and an outcome per document or failed file. */
export async function readBatch(files: ImportFile[], organization: string | null): Promise<{ read: ReadFile[]; outcomes: FileOutcome[] }> {
  const read: ReadFile[] = [];
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      for (const { name, text, container } of await textsOf(file)) {
        for (const parsed of parseDocuments(name, text, { organization })) {
          if (container) parsed.container = container;
          read.push({ name: parsed.fileName, text, parsed });
          outcomes.push({ name: parsed.fileName, status: 'UNCHANGED', organization: parsed.organization, title: parsed.title, warnings: parsed.warnings, error: null });
        }
      }
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      outcomes.push(failed(file.name, error));
    }
  }
  // Documents that name no organisation belong to the one the rest of the batch names.
  const named = [...new Set(read.map((r) => r.parsed.organization).filter(Boolean))];
  for (const file of read) {
    if (file.parsed.organization) continue;
    const outcome = outcomes.find((o) => o.name === file.name)!;
    if (named.length === 1) {
      file.parsed.organization = named[0];
      outcome.organization = named[0];
    } else {
      Object.assign(outcome, failed(file.name, { line: null, message: `${file.name}: the text names no organisation; give one (--org NAME, or "organization" in the import)` }));
    }
  }
  const good = new Set(outcomes.filter((o) => o.status !== 'FAILED').map((o) => o.name));
  return { read: read.filter((r) => good.has(r.name)), outcomes };
}
