import type { ImportFile, ImportResult } from './import.service.js';
import type { DocumentFileInput } from './import.types.js';

/** Files as the API receives them: text, or base64 bytes for PDF, DOCX and containers. */
export function toImportFiles(files: DocumentFileInput[]): ImportFile[] {
  return files.map((f) => ({ name: f.name, content: f.contentBase64 ? new Uint8Array(Buffer.from(f.contentBase64, 'base64')) : (f.content ?? '') }));
}
import { FileStatus, type ImportDocumentsPayload } from './import.types.js';

/** The GraphQL shape of an import result: file failures become user errors. */
export function toPayload(result: ImportResult): ImportDocumentsPayload {
  const files = result.files.map((f) => ({
    ...f,
    status: f.status as FileStatus,
    error: f.error ? { message: f.error.message, file: f.name, line: f.error.line } : null,
  }));
  const errors = files.flatMap((f) => (f.error && f.status === 'FAILED' ? [f.error] : []));
  if (!result.ok && result.files.length === 0) errors.push({ message: 'no files were given', file: '', line: null });
  const summary = {
    ...result.summary,
    crossUnitReferences: result.summary.crossUnitReferences.map((r) => ({ ...r, document: r.documentKey })),
    ambiguousReferences: result.summary.ambiguousReferences.map((r) => ({ ...r, document: r.documentKey })),
  };
  return { ok: result.ok, summary, files, errors };
}
