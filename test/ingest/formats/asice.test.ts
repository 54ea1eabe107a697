/**
 * Signed containers (ASiC-E .asice, BDOC .bdoc) built in the test run: every document inside is
 * imported through the same extraction, and the signers' names are read from the signatures.
 */
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../server/ingest/formats/index.js';
import { parseRfc2253, personName } from '../../../server/ingest/formats/asice.js';
import { parseDocument } from '../../../server/ingest/parse.js';
import {
  content,
  essentials,
  GOLDEN_000,
  makeAsice,
  makeDocx,
  makePdf,
  makeZip,
  rejection,
  SAMPLE_000_HEADER,
  seedBlocks,
  seedText,
  signatureXml,
} from './build.js';

const SEED = '000_fedac296925412a5.txt';
const seed = seedText(SEED);
const fromText = parseDocument(SEED, seed);
const blocks = seedBlocks(seed, { header: SAMPLE_000_HEADER, dutyTable: true });
const JAAN = { C: 'EE', CN: 'TAMM,JAAN,38001010000', SN: 'TAMM', GN: 'JAAN', serialNumber: 'PNOEE-38001010000' };

describe('an ASiC-E container', () => {
  it('imports every document inside it, named after the container, with the signer from the certificate', async () => {
    const [docx, pdf] = await Promise.all([makeDocx(blocks), makePdf(blocks)]);
    const bytes = makeAsice({ 'ametijuhend.docx': docx, 'ametijuhend.pdf': pdf }, { 'signatures0.xml': signatureXml([{ subject: JAAN }]) });
    const texts = await extractTexts('koordinaator.asice', bytes);

    expect(texts.map((t) => t.name)).toEqual(['koordinaator.asice/ametijuhend.docx', 'koordinaator.asice/ametijuhend.pdf']);
    for (const text of texts) {
      expect(text.container).toEqual({ name: 'koordinaator.asice', signers: ['Jaan Tamm'] });
      const doc = parseDocument(text.name, text.text);
      expect(essentials(doc)).toEqual(GOLDEN_000);
      expect(content(doc)).toEqual(content(fromText));
    }
  });

  it('records every signer once, in signature order, also from an X509SubjectName alone', async () => {
    const bytes = makeAsice(
      { 'ametijuhend.txt': new TextEncoder().encode(seed) },
      {
        'signatures0.xml': signatureXml([{ subject: JAAN }]),
        'signatures1.xml': signatureXml([
          { subject: { C: 'EE', CN: 'TÕNISSON,MARI-LIIS,49001010000', SN: 'TÕNISSON', GN: 'MARI-LIIS' } },
          { subject: { C: 'EE', CN: 'KASK,PEETER,37001010000' }, subjectNameOnly: true },
          { subject: JAAN, subjectNameOnly: true },
        ]),
      },
    );
    const [text] = await extractTexts('kinnitatud.asice', bytes);
    expect(text.container?.signers).toEqual(['Jaan Tamm', 'Mari-Liis Tõnisson', 'Peeter Kask']);
    expect(text.text).toBe(seed);
  });

  it('reads a .bdoc the same way, telling it from the content and not the name', async () => {
    const docx = await makeDocx(blocks);
    const bytes = makeAsice({ 'ametijuhend.docx': docx }, { 'signatures0.xml': signatureXml([{ subject: JAAN }]) });
    const [text] = await extractTexts('vana.bdoc', bytes);
    expect(text.name).toBe('vana.bdoc/ametijuhend.docx');
    expect(text.container?.signers).toEqual(['Jaan Tamm']);
    expect(essentials(parseDocument(text.name, text.text))).toEqual(GOLDEN_000);
  });

  it('is recognised by its signature files when the mimetype entry is missing', async () => {
    const docx = await makeDocx(blocks);
    const bytes = makeZip({
      'ametijuhend.docx': docx,
      'META-INF/manifest.xml': '<manifest/>',
      'META-INF/signatures0.xml': signatureXml([{ subject: JAAN, subjectNameOnly: true }]),
    });
    const [text] = await extractTexts('ilma-mimetype.asice', bytes);
    expect(text.container).toEqual({ name: 'ilma-mimetype.asice', signers: ['Jaan Tamm'] });
  });

  it('names the document inside the container when that document cannot be read', async () => {
    const bytes = makeAsice({ 'pilt.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 0]) }, {});
    const error = await rejection(extractTexts('lisad.asice', bytes));
    expect(error.fileName).toBe('lisad.asice/pilt.png');
    expect(error.message).toMatch(/^lisad\.asice\/pilt\.png: the file is binary/);
  });

  it('rejects a container with no documents in it', async () => {
    const bytes = makeAsice({}, { 'signatures0.xml': signatureXml([{ subject: JAAN, subjectNameOnly: true }]) });
    const error = await rejection(extractTexts('tuhi.asice', bytes));
    expect(error.message).toBe('tuhi.asice: the signed container holds no documents');
  });
});

describe("a signer's name", () => {
  it('comes from the given name and surname, or else from an ID-card common name, without the personal code', () => {
    expect(personName(parseRfc2253('serialNumber=PNOEE-38001010000,GN=JAAN,SN=TAMM,CN=TAMM\\,JAAN\\,38001010000,C=EE'))).toBe('Jaan Tamm');
    expect(personName(parseRfc2253('CN=TAMM\\,JAAN\\,38001010000,C=EE'))).toBe('Jaan Tamm');
    expect(personName(parseRfc2253('CN=O\\27CONNOR-SAAR\\,ANNE MAI\\,48001010000'))).toBe("Anne Mai O'Connor-Saar");
    expect(personName(parseRfc2253('CN=Sotsiaalkindlustusamet,O=Sotsiaalkindlustusamet,C=EE'))).toBe('Sotsiaalkindlustusamet');
  });
});
