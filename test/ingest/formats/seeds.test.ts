/**
 * Every seed, laid out line by line as a PDF page and as DOCX paragraphs, imports exactly as its text does:
 * the PDF reader rebuilds lines, bullets, blank lines and page breaks; the DOCX reader writes Word bullets out.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../server/ingest/formats/index.js';
import { parseDocument } from '../../../server/ingest/parse.js';
import { content, makeDocx, makePdf, seedLines, seedText } from './build.js';

const seeds = readdirSync(new URL('../../../data/samples/', import.meta.url)).filter((file) => file.endsWith('.txt'));

describe.each(seeds)('seed %s', (file) => {
  const seed = seedText(file);
  const fromText = content(parseDocument(file, seed));

  it('imports from a PDF as from its text', async () => {
    const [pdf] = await extractTexts(file.replace('.txt', '.pdf'), await makePdf(seedLines(seed), { landscape: true }));
    expect(content(parseDocument(pdf.name, pdf.text))).toEqual(fromText);
  });

  it('imports from a DOCX as from its text', async () => {
    const [docx] = await extractTexts(file.replace('.txt', '.docx'), await makeDocx(seedLines(seed)));
    expect(content(parseDocument(docx.name, docx.text))).toEqual(fromText);
  });
});
