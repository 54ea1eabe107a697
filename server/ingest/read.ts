/**
 * Bytes to text. Job descriptions arrive as UTF-8 or, from older Windows tools, Windows-1257.
 */
import { DocumentError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const baltic = new TextDecoder('windows-1257');

export function decodeText(fileName: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentError(fileName, null, 'the file is empty');
  if (looksBinary(bytes)) throw new DocumentError(fileName, null, 'the file is binary, not text (expected a plain-text job description)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = baltic.decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** NUL bytes or many control characters in the first 8 KiB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.05;
}
