/**
 * One uploaded file → its job descriptions, or why it cannot be read: extraction (PDF, DOCX,
 * containers) and parsing, no I/O. The task a parse worker runs (parse-worker.mjs), and what an
 * import runs inline when no worker is wanted (the command line, the bundled samples).
 * Its result is plain data, so that it crosses a thread boundary whole.
 */
import type { ParsedDocument } from '../ingest/document.js';
import { DocumentError } from '../ingest/errors.js';
import { extractTexts, type ExtractedText } from '../ingest/formats/index.js';
import { parseDocuments } from '../ingest/parse.js';
import type { Deadline } from '../limits/deadline.js';

export interface ImportFile {
  name: string;
  content: string | Uint8Array;
}

export interface ReadDocument {
  /** The text it was read from (a container's document: that document's text). */
  text: string;
  parsed: ParsedDocument;
}

export type FileRead = { documents: ReadDocument[]; error: null } | { documents: null; error: { line: number | null; message: string } };

/** Reads one file of an import; a deadline stops the work (throwing DeadlineExceededError). */
export type FileReader = (file: ImportFile, organization: string | null, deadline: Deadline) => Promise<FileRead>;

/** The texts inside a file: one for text, PDF and DOCX files; one per document in a signed container. */
async function textsOf(file: ImportFile): Promise<ExtractedText[]> {
  if (typeof file.content === 'string') return [{ name: file.name, text: file.content, container: null }];
  return extractTexts(file.name, file.content);
}

/** Extracts and parses one file. A file that is no readable job description is a result, not an error. */
export async function readImportFile(file: ImportFile, organization: string | null): Promise<FileRead> {
  try {
    const documents: ReadDocument[] = [];
    for (const { name, text, container } of await textsOf(file)) {
      for (const parsed of parseDocuments(name, text, { organization })) {
        if (container) parsed.container = container;
        documents.push({ text, parsed });
      }
    }
    return { documents, error: null };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { documents: null, error: { line: error.line, message: error.message } };
  }
}

/** Reads on this thread, checking the deadline before each file. */
export const readInline: FileReader = async (file, organization, deadline) => {
  deadline.check();
  return readImportFile(file, organization);
};
