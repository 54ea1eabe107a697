/** Reading import files from disk: files as given, folders expanded to the documents inside. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFile } from './import.service.js';

/** Extensions taken from a folder; a file named directly is always taken. */
const DOCUMENT_EXTENSIONS = /\.(txt|text|pdf|docx|asice|sce|bdoc)$/i;

export async function readDocumentFiles(paths: string[]): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => DOCUMENT_EXTENSIONS.test(n)).sort();
      for (const name of names) files.push({ name, content: new Uint8Array(await readFile(join(path, name))) });
    } else {
      files.push({ name: basename(path), content: new Uint8Array(await readFile(path)) });
    }
  }
  return files;
}
