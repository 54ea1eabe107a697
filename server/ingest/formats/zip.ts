/**
 * Reading a ZIP (DOCX, ASiC-E/BDOC) from memory without trusting it: the entry count is capped,
 * and every entry is inflated as a stream that is cut off as soon as it passes what the budget allows,
 * whatever size its header declares.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { DocumentError } from '../errors.js';
import { type Budget, expandsTooFar } from './limits.js';

export class ZipArchive {
  private constructor(
    private readonly fileName: string,
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly budget: Budget,
  ) {}

  /** Lists the entries (no more than the budget's maxEntries) of the ZIP in `bytes`. */
  static async open(fileName: string, bytes: Uint8Array, budget: Budget): Promise<ZipArchive> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let zip: ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
    } catch {
      throw unreadable(fileName);
    }
    const { maxEntries } = budget.limits;
    if (zip.entryCount > maxEntries) {
      zip.close();
      throw new DocumentError(fileName, null, `the container holds more than ${maxEntries} files`);
    }
    const entries = new Map<string, Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: Entry) => {
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.on('end', () => resolve());
        zip.on('error', reject);
        zip.readEntry();
      });
    } catch {
      zip.close();
      throw unreadable(fileName);
    }
    return new ZipArchive(fileName, zip, entries, budget);
  }

  /** Entry names as stored, folders included ("word/", "META-INF/manifest.xml"). */
  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflates one entry, counting its bytes against the budget; stops at the first byte past it. */
  async read(name: string): Promise<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) throw unreadable(this.fileName, `no entry ${name}`);
    if (entry.isEncrypted()) throw new DocumentError(this.fileName, null, `the container's file ${name} is encrypted: remove the password and import again`);
    const allowed = Math.min(this.budget.expandedLeft, this.budget.limits.maxExpandedBytes);
    if (entry.uncompressedSize > allowed) throw expandsTooFar(this.fileName, this.budget);

    let stream: NodeJS.ReadableStream & { destroy(): void };
    try {
      stream = (await this.zip.openReadStreamPromise(entry)) as typeof stream;
    } catch {
      throw unreadable(this.fileName);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > allowed) {
          stream.destroy();
          reject(expandsTooFar(this.fileName, this.budget));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => resolve());
      // An entry that inflates past the size its header declares (yauzl checks), a bad CRC, broken deflate data.
      stream.on('error', (error: Error) =>
        reject(unreadable(this.fileName, /too many bytes/i.test(error.message) ? `${name} is larger than its header declares` : undefined)),
      );
    });
    this.budget.expandedLeft -= size;
    const out = Buffer.concat(chunks, size);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  /** Reads an entry as UTF-8 text (a BOM dropped). */
  async readText(name: string): Promise<string> {
    return new TextDecoder('utf-8').decode(await this.read(name)).replace(/^\uFEFF/, '');
  }

  close(): void {
    this.zip.close();
  }
}

function unreadable(fileName: string, detail?: string): DocumentError {
  return new DocumentError(fileName, null, `not a readable ZIP container${detail ? ` (${detail})` : ''}`);
}
