/**
 * PDFs built in the test run from seed 000 import as the seed's text does.
 */
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../server/ingest/formats/index.js';
import { parseDocument } from '../../../server/ingest/parse.js';
import { content, essentials, GOLDEN_000, makePdf, SAMPLE_000_HEADER, seedBlocks, seedText } from './build.js';

const SEED = '000_fedac296925412a5.txt';
const seed = seedText(SEED);
const fromText = parseDocument(SEED, seed);

describe('a PDF of sample 000', () => {
  it('keeps the two header columns apart on one line and imports like the text', async () => {
    const bytes = await makePdf(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: false }));
    const [extracted] = await extractTexts('000.pdf', bytes);

    expect(extracted.name).toBe('000.pdf');
    expect(extracted.container).toBeNull();
    const lines = extracted.text.split('\n');
    expect(lines).toContain('1.1 Ametinimetus\t1.2 Struktuuriüksus');
    expect(lines).toContain('1.3 Vahetu juht\t1.4 Kes asendab\t1.5 Keda asendab');
    expect(lines).toContain('Tiimijuht\tKoordinaator, tiimijuht\tKoordinaatorit, tiimijuhti');

    const doc = parseDocument(extracted.name, extracted.text);
    expect(doc.layout).toBe('table');
    expect(essentials(doc)).toEqual(GOLDEN_000);
    expect(content(doc)).toEqual(content(fromText));
  });

  it('reads a bordered duty table cell by cell, so that each duty keeps its own results', async () => {
    const bytes = await makePdf(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: true }));
    const [extracted] = await extractTexts('000-table.pdf', bytes);
    const doc = parseDocument(extracted.name, extracted.text);

    expect(essentials(doc)).toEqual(GOLDEN_000);
    expect(doc.duties).toEqual(fromText.duties);
    expect(content(doc)).toEqual(content(fromText));
  });

  it('reads a borderless header line by line with the columns kept apart by a tab', async () => {
    const bytes = await makePdf(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: false }), { borderless: true });
    const [extracted] = await extractTexts('000-borderless.pdf', bytes);
    const lines = extracted.text.split('\n');

    expect(lines).toContain('1.1 Ametinimetus\t1.2 Struktuuriüksus');
    expect(lines).toContain('Koordinaator\tOhvriabi ja ennetusteenuste osakond,');
    expect(lines).toContain('ennetustalitus (KLAT ja abivajava lapse SRT tiim)');
    expect(content(parseDocument(extracted.name, extracted.text))).toEqual(content(fromText));
  });

  it('orders cells by their position on the page, not by the order the PDF draws them', async () => {
    const bytes = await makePdf(seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: true }), { cellsRightToLeft: true });
    const [extracted] = await extractTexts('000-reversed.pdf', bytes);

    expect(extracted.text.split('\n')).toContain('1.1 Ametinimetus\t1.2 Struktuuriüksus');
    expect(essentials(parseDocument(extracted.name, extracted.text))).toEqual(GOLDEN_000);
  });

  it('keeps Estonian letters from an embedded TrueType font', async () => {
    const bytes = await makePdf([{ kind: 'line', text: 'Õigusnõunik žüriis, šveitsi äriühing', bullet: false }]);
    const [extracted] = await extractTexts('letters.pdf', bytes);
    expect(extracted.text).toBe('Õigusnõunik žüriis, šveitsi äriühing\n');
  });
});
