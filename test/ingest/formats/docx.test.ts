/**
 * DOCX files built in the test run (with the docx package) import as the seed's text does,
 * with tables read as tables and Word's list numbering and bullets written out.
 */
import { describe, expect, it } from 'vitest';
import { Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { extractTexts } from '../../../server/ingest/formats/index.js';
import { parseDocument } from '../../../server/ingest/parse.js';
import { content, docxOf, essentials, GOLDEN_000, makeDocx, OUTLINE_NUMBERING, SAMPLE_000_HEADER, seedBlocks, seedText } from './build.js';

const SEED = '000_fedac296925412a5.txt';
const seed = seedText(SEED);
const fromText = parseDocument(SEED, seed);

const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((text) => new Paragraph(text)) });

describe('a DOCX of sample 000', () => {
  it('reads the header table row by row, cells separated by a tab, and imports like the text', async () => {
    const bytes = await makeDocx(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: true }));
    const [extracted] = await extractTexts('000.docx', bytes);

    expect(extracted).toMatchObject({ name: '000.docx', container: null });
    const lines = extracted.text.split('\n');
    expect(lines).toContain('1.1 Ametinimetus\t1.2 Struktuuriüksus');
    expect(lines).toContain('Koordinaator\tOhvriabi ja ennetusteenuste osakond, ennetustalitus (KLAT ja abivajava lapse SRT tiim)');
    expect(lines).toContain('Tiimijuht\tKoordinaator, tiimijuht\tKoordinaatorit, tiimijuhti');

    const doc = parseDocument(extracted.name, extracted.text);
    expect(essentials(doc)).toEqual(GOLDEN_000);
    expect(content(doc)).toEqual(content(fromText));
  });

  it('reads a header row the same as the seed once the parser folds the tab', async () => {
    const bytes = await makeDocx(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: false }));
    const [extracted] = await extractTexts('000.docx', bytes);
    const folded = extracted.text.split('\n').map((line) => line.replace(/\t/g, ' '));
    expect(folded).toContain('1.1 Ametinimetus 1.2 Struktuuriüksus');
    expect(folded).toContain('1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab');
  });

  it('writes a duty beside its list of results cell after cell, with Word bullets as "•"', async () => {
    const bytes = await makeDocx(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: true }));
    const [extracted] = await extractTexts('000.docx', bytes);
    const text = extracted.text;
    const start = text.indexOf('3.2 Sotsiaalse');
    expect(text.slice(start, text.indexOf('3.3 Sotsiaalse'))).toBe(
      '3.2 Sotsiaalse rehabilitatsiooni teenuse vajaduse väljaselgitamine ja otsuse vormistamine.\n\n' +
        '•\tLapse rehabilitatsiooni teenuse vajadus on väljaselgitatud seadusega sätestatud korras.\n' +
        '•\tOtsused on vormistatud õigeaegselt.\n' +
        '•\tTeenuse taotleja saab aru ja on teadlik otsuses kajastuvast infost.\n\n',
    );
    expect(parseDocument('000.docx', text).duties).toEqual(fromText.duties);
  });
});

describe('DOCX structure', () => {
  it("writes Word's list numbering out, counting levels as Word does", async () => {
    const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'outline', level } });
    const bytes = await docxOf(
      [numbered('ÜLDOSA', 0), numbered('Ametinimetus', 1), numbered('Struktuuriüksus', 1), numbered('TEENISTUSÜLESANDED', 0), numbered('Koostöö', 1)],
      OUTLINE_NUMBERING,
    );
    const [extracted] = await extractTexts('numbered.docx', bytes);
    expect(extracted.text).toBe('1.\tÜLDOSA\n1.1\tAmetinimetus\n1.2\tStruktuuriüksus\n2.\tTEENISTUSÜLESANDED\n2.1\tKoostöö\n');
  });

  it('joins the runs of a paragraph, keeps tabs and line breaks, and leaves hidden text out', async () => {
    const bytes = await docxOf([
      new Paragraph({
        children: [
          new TextRun('Vahetu '),
          new TextRun({ text: 'juht', bold: true }),
          new TextRun({ text: ' (peidetud)', vanish: true }),
          new TextRun({ text: 'Tiimijuht', break: 1 }),
          new TextRun({ children: ['\t', 'osakond'] }),
        ],
      }),
    ]);
    const [extracted] = await extractTexts('runs.docx', bytes);
    expect(extracted.text).toBe('Vahetu juht\nTiimijuht\tosakond\n');
  });

  it('reads a table nested in a cell as that cell’s lines', async () => {
    const inner = new Table({ rows: [new TableRow({ children: [cell('a'), cell('b')] }), new TableRow({ children: [cell('c'), cell('d')] })] });
    const bytes = await docxOf([new Table({ rows: [new TableRow({ children: [cell('Vasak'), new TableCell({ children: [inner] })] })] })]);
    const [extracted] = await extractTexts('nested.docx', bytes);
    expect(extracted.text).toBe('Vasak\n\na\tb\nc\td\n');
  });
});
