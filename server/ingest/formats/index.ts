/**
 * Uploaded file → the text (or texts) to import. The type is told from the bytes, never from the
 * name: `%PDF` is a PDF, a ZIP is a DOCX (word/document.xml) or a signed container (ASiC-E/BDOC),
 * anything else must be text (UTF-8 or Windows-1257, see decodeText). Every failure is a
 * DocumentError naming the file (for a file inside a container, "container.asice/inner.pdf").
 */
import { DocumentError } from '../errors.js';
import { decodeText } from '../read.js';
import { ASIC_MIMETYPES, dataFiles, hasSignatureFiles, readSigners } from './asice.js';
import { docxText } from './docx.js';
import { type Budget, type FormatLimits, formatSize, newBudget } from './limits.js';
import { pdfText } from './pdf.js';
import { ZipArchive } from './zip.js';

export { DEFAULT_LIMITS, type FormatLimits } from './limits.js';

export interface ExtractedText {
  /** Name to import the text under: the file name, or "container.asice/inner.pdf" for a file inside a container. */
  name: string;
  text: string;
  /** For documents taken from a signed container: the container's name and its signers' names (personal data). */
  container: { name: string; signers: string[] } | null;
}

export type FileFormat = 'pdf' | 'zip' | 'ole' | 'rtf' | 'text';

/** Containers inside containers, at most this deep. */
const MAX_DEPTH = 2;

export async function extractTexts(fileName: string, bytes: Uint8Array, limits?: Partial<FormatLimits>): Promise<ExtractedText[]> {
  return extract(fileName, bytes, newBudget(limits), null);
}

/** What the bytes are, from their first bytes. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  // The header may follow a few bytes of junk (the specification allows it within the first 1024).
  if (/%PDF-[12]\.\d/.test(head)) return 'pdf';
  if (/^PK(\x03\x04|\x05\x06|\x07\x08)/.test(head)) return 'zip';
  if (head.startsWith('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1')) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return 'text';
}

async function extract(fileName: string, bytes: Uint8Array, budget: Budget, container: ExtractedText['container']): Promise<ExtractedText[]> {
  try {
    if (bytes.byteLength > budget.limits.maxFileBytes) {
      throw new DocumentError(fileName, null, `the file is larger than ${formatSize(budget.limits.maxFileBytes)}`);
    }
    const one = (text: string): ExtractedText[] => [{ name: fileName, text, container }];
    switch (detectFormat(bytes)) {
      case 'pdf':
        return one(await pdfText(fileName, bytes));
      case 'zip':
        return await fromZip(fileName, bytes, budget, container);
      case 'ole':
        throw new DocumentError(
          fileName,
          null,
          hasUtf16(bytes, 'EncryptedPackage')
            ? 'password-protected Office document: remove the password and import again'
            : 'a Word 97–2003 document (.doc) or other old Office file: save it as .docx or PDF and import again',
        );
      case 'rtf':
        throw new DocumentError(fileName, null, 'an RTF document: save it as .docx, PDF or plain text and import again');
      case 'text':
        return one(readText(fileName, bytes));
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(fileName, null, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function readText(fileName: string, bytes: Uint8Array): string {
  let text: string;
  // UTF-16 with a byte-order mark (Notepad's "Unicode"): decodeText would take its zero bytes for binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = decodeText(fileName, bytes);
  if (!text.trim()) throw new DocumentError(fileName, null, 'the file is empty');
  if (/<SignedDoc\b/.test(text.slice(0, 4096))) {
    throw new DocumentError(fileName, null, 'a DigiDoc (.ddoc) container is not supported: open it in DigiDoc4, save the documents as .asice and import again');
  }
  return text;
}

async function fromZip(fileName: string, bytes: Uint8Array, budget: Budget, container: ExtractedText['container']): Promise<ExtractedText[]> {
  const zip = await ZipArchive.open(fileName, bytes, budget);
  try {
    const mimetype = zip.has('mimetype') ? (await zip.readText('mimetype')).trim() : null;
    const isContainer = mimetype !== null && ASIC_MIMETYPES.includes(mimetype);
    if (isContainer || (!zip.has('word/document.xml') && hasSignatureFiles(zip))) {
      return await fromContainer(fileName, zip, budget);
    }
    if (zip.has('word/document.xml')) return [{ name: fileName, text: await docxText(fileName, zip), container }];
    if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
      throw new DocumentError(fileName, null, 'an OpenDocument file (.odt): save it as .docx or PDF and import again');
    }
    throw new DocumentError(fileName, null, 'a ZIP archive that is neither a Word document (.docx) nor a signed container (.asice, .bdoc)');
  } finally {
    zip.close();
  }
}

/** Every data file in the container, each through the same extraction, carrying the container's signers. */
async function fromContainer(fileName: string, zip: ZipArchive, budget: Budget): Promise<ExtractedText[]> {
  if (budget.depth >= MAX_DEPTH) throw new DocumentError(fileName, null, 'signed containers are nested too deeply');
  const files = dataFiles(zip);
  if (!files.length) throw new DocumentError(fileName, null, 'the signed container holds no documents');
  const container = { name: fileName, signers: await readSigners(fileName, zip) };
  const out: ExtractedText[] = [];
  budget.depth++;
  try {
    for (const name of files) {
      const bytes = await zip.read(name);
      out.push(...(await extract(`${fileName}/${name}`, bytes, budget, container)));
    }
  } finally {
    budget.depth--;
  }
  return out;
}

function hasUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}
