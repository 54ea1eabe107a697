/**
 * The pure-ish first half of an import: every file turned into parsed job descriptions, or a
 * clear reason why not. Nothing is written here.
 */
import type { ParsedDocument, ParseWarning } from '../ingest/document.js';
import { Deadline } from '../limits/deadline.js';
import { readInline, type FileReader, type ImportFile } from './read-file.js';

export type { FileReader, ImportFile } from './read-file.js';

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

const failed = (name: string, error: { line: number | null; message: string }): FileOutcome => ({
  name,
  status: 'FAILED',
  organization: null,
  title: null,
  warnings: [],
  error: { line: error.line, message: error.message },
});

/**
 * Reads every file (all at once: a worker reader spreads them over the cores); returns the readable
 * documents and an outcome per document or failed file, in the order given.
 */
export async function readBatch(
  files: ImportFile[],
  organization: string | null,
  readFile: FileReader = readInline,
  deadline: Deadline = Deadline.none(),
): Promise<{ read: ReadFile[]; outcomes: FileOutcome[] }> {
  const read: ReadFile[] = [];
  const outcomes: FileOutcome[] = [];
  const results = await Promise.all(files.map((file) => readFile(file, organization, deadline)));
  results.forEach((result, i) => {
    if (result.error) return void outcomes.push(failed(files[i].name, result.error));
    for (const { text, parsed } of result.documents) {
      read.push({ name: parsed.fileName, text, parsed });
      outcomes.push({ name: parsed.fileName, status: 'UNCHANGED', organization: parsed.organization, title: parsed.title, warnings: parsed.warnings, error: null });
    }
  });
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
