/**
 * Files that cannot be imported get their own clear message naming the file, never a stack trace;
 * the type is told from the content, whatever the name says.
 */
import { describe, expect, it } from 'vitest';
import { Paragraph } from 'docx';
import { DocumentError } from '../../../server/ingest/errors.js';
import { detectFormat, extractTexts } from '../../../server/ingest/formats/index.js';
import { parseDocument } from '../../../server/ingest/parse.js';
import {
  declareSize,
  docxOf,
  essentials,
  GOLDEN_000,
  makeAsice,
  makeDocx,
  makePdf,
  makePdfWithoutText,
  makeZip,
  rejection,
  SAMPLE_000_HEADER,
  seedBlocks,
  seedText,
} from './build.js';

const seed = seedText('000_fedac296925412a5.txt');
const blocks = seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: true });
const MB = 1024 * 1024;

describe('bad files', () => {
  it('rejects a password-protected PDF, asking for the password to be removed', async () => {
    const bytes = await makePdf(blocks, { userPassword: 'salajane' });
    const error = await rejection(extractTexts('salajane.pdf', bytes));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.fileName).toBe('salajane.pdf');
    expect(error.line).toBeNull();
    expect(error.message).toBe('salajane.pdf: password-protected PDF: remove the password and import again');
  });

  it('rejects a PDF with no text layer, suggesting OCR', async () => {
    const error = await rejection(extractTexts('skaneeritud.pdf', await makePdfWithoutText()));
    expect(error.message).toBe('skaneeritud.pdf: no text layer (a scanned PDF?): run OCR first or import the text');
  });

  it('rejects a corrupt PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF body\n%%EOF');
    const error = await rejection(extractTexts('katki.pdf', bytes));
    expect(error.message).toMatch(/^katki\.pdf: not a readable PDF/);
  });

  it('rejects a corrupt ZIP', async () => {
    const docx = await makeDocx(blocks);
    const truncated = docx.slice(0, Math.floor(docx.length / 2));
    expect((await rejection(extractTexts('pooleli.docx', truncated))).message).toBe('pooleli.docx: not a readable ZIP container');
    const garbage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    expect((await rejection(extractTexts('prügi.asice', garbage))).message).toBe('prügi.asice: not a readable ZIP container');
  });

  it('stops a zip bomb at the expanded-size cap', async () => {
    const bomb = makeAsice({ 'ametijuhend.txt': new Uint8Array(60 * MB) }, {});
    expect(bomb.length).toBeLessThan(MB);
    const error = await rejection(extractTexts('pomm.asice', bomb, { maxExpandedBytes: MB }));
    expect(error.message).toBe('pomm.asice: the container expands beyond 1 MB');

    const docxBomb = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': new Uint8Array(60 * MB) });
    const docxError = await rejection(extractTexts('pomm.docx', docxBomb, { maxExpandedBytes: MB }));
    expect(docxError.message).toBe('pomm.docx: the container expands beyond 1 MB');
  });

  it('does not trust the sizes a ZIP declares', async () => {
    const honest = makeAsice({ 'ametijuhend.txt': new Uint8Array(60 * MB) }, {});
    const lying = declareSize(honest, 'ametijuhend.txt', 1000);
    const started = Date.now();
    const error = await rejection(extractTexts('valetav.asice', lying, { maxExpandedBytes: MB }));
    expect(error.message).toBe('valetav.asice: not a readable ZIP container (ametijuhend.txt is larger than its header declares)');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('counts everything inflated for one upload against the cap, across documents', async () => {
    const half = new Uint8Array(0.6 * MB).fill(0x61);
    const bytes = makeAsice({ 'a.txt': half, 'b.txt': half }, {});
    const error = await rejection(extractTexts('kaks.asice', bytes, { maxExpandedBytes: MB }));
    expect(error.message).toBe('kaks.asice: the container expands beyond 1 MB');
  });

  it('rejects a ZIP with more entries than allowed', async () => {
    const bytes = makeAsice(encodeAll({ '1.txt': seed, '2.txt': seed, '3.txt': seed }), {});
    const error = await rejection(extractTexts('palju.asice', bytes, { maxEntries: 3 }));
    expect(error.message).toBe('palju.asice: the container holds more than 3 files');
  });

  it('rejects a file larger than allowed', async () => {
    const error = await rejection(extractTexts('suur.txt', new TextEncoder().encode(seed), { maxFileBytes: 1024 }));
    expect(error.message).toBe('suur.txt: the file is larger than 1 KB');
  });

  it('rejects a DOCX with no text', async () => {
    const bytes = await docxOf([new Paragraph(''), new Paragraph('   ')]);
    const error = await rejection(extractTexts('tühi.docx', bytes));
    expect(error.message).toBe('tühi.docx: no text in the document');
  });

  it('rejects a ZIP that is neither a DOCX nor a signed container', async () => {
    const bytes = makeZip({ 'pildid/logo.png': new Uint8Array([1, 2, 3]), 'loe.txt': 'tere' });
    const error = await rejection(extractTexts('arhiiv.zip', bytes));
    expect(error.message).toBe('arhiiv.zip: a ZIP archive that is neither a Word document (.docx) nor a signed container (.asice, .bdoc)');
  });

  it('rejects an old Word .doc, RTF, a DigiDoc .ddoc and a binary file, each with its own message', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect((await rejection(extractTexts('vana.doc', ole))).message).toMatch(/^vana\.doc: a Word 97–2003 document \(\.doc\)/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await rejection(extractTexts('logo.png', png))).message).toMatch(/^logo\.png: the file is binary, not text/);
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi AMETIJUHEND}');
    expect((await rejection(extractTexts('ametijuhend.rtf', rtf))).message).toMatch(/^ametijuhend\.rtf: an RTF document/);
    const ddoc = new TextEncoder().encode('<?xml version="1.0"?>\n<SignedDoc format="DIGIDOC-XML" version="1.3" xmlns="http://www.sk.ee/DigiDoc/v1.3.0#">');
    expect((await rejection(extractTexts('vana.ddoc', ddoc))).message).toMatch(/^vana\.ddoc: a DigiDoc \(\.ddoc\) container is not supported/);
  });
});

describe('detection by content', () => {
  it('reads a PDF named .txt as a PDF', async () => {
    const bytes = await makePdf(blocks);
    expect(detectFormat(bytes)).toBe('pdf');
    const [text] = await extractTexts('ametijuhend.txt', bytes);
    expect(text.name).toBe('ametijuhend.txt');
    expect(essentials(parseDocument(text.name, text.text))).toEqual(GOLDEN_000);
  });

  it('reads a DOCX named .pdf as a DOCX, and text named .docx as text', async () => {
    const [docx] = await extractTexts('ametijuhend.pdf', await makeDocx(blocks));
    expect(essentials(parseDocument(docx.name, docx.text))).toEqual(GOLDEN_000);
    const [text] = await extractTexts('ametijuhend.docx', new TextEncoder().encode(seed));
    expect(text.text).toBe(seed);
  });

  it('reads plain text as UTF-8, Windows-1257 or UTF-16 with a byte-order mark', async () => {
    const baltic = new Uint8Array([0x41, 0x6d, 0x65, 0x74, 0x69, 0x6e, 0x69, 0x6d, 0x65, 0x74, 0x75, 0x73, 0x20, 0xf5, 0xd0]); // "Ametinimetus õŠ"
    expect((await extractTexts('vana.txt', baltic))[0].text).toBe('Ametinimetus õŠ');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Ametinimetus õš', 'utf16le')]);
    expect((await extractTexts('unicode.txt', utf16))[0].text).toBe('Ametinimetus õš');
  });
});

function encodeAll(files: Record<string, string>): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));
}
