/**
 * The labelled layout fixtures (test/fixtures/layouts): their text, their hand labels, and the
 * header fields the labels measure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../../server/ingest/document.js';
import type { LabelledFile } from '../../../server/ingest/accuracy.js';
import { decodeText } from '../../../server/ingest/read.js';
import { parseDocuments } from '../../../server/ingest/parse.js';

const folder = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));

export const labels: LabelledFile[] = JSON.parse(readFileSync(`${folder}labels.json`, 'utf8'));

/** A fixture's text, decoded as the command line decodes files. */
export function fixtureText(file: string): string {
  return decodeText(file, new Uint8Array(readFileSync(`${folder}${file}`)));
}

export function parseFixture(file: string): ParsedDocument[] {
  return parseDocuments(file, fixtureText(file));
}

/** The fields a golden test pins down: the layout reported and the whole header. */
export function headerOf(doc: ParsedDocument) {
  const { layout, title, unitPath, manager, subordinates, substitutedBy, substitutes } = doc;
  return { layout, title, unitPath, manager, subordinates, substitutedBy, substitutes };
}
