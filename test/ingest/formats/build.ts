/**
 * Builds real PDF, DOCX, ZIP and ASiC-E files inside the test run, from the seed texts in data/samples.
 *
 * A seed is laid out as a document: its lines, except that the header block becomes a real table
 * (cells side by side), and in a DOCX the duty table becomes a real two-column table with Word bullets.
 */
import { createRequire } from 'node:module';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { zipSync, type Zippable } from 'fflate';
import forge from 'node-forge';
import { DocumentError } from '../../../server/ingest/errors.js';

const require = createRequire(import.meta.url);

/** A TrueType font with Estonian letters (õ, š, ž), from an npm package so that CI needs nothing else. */
export const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

export function seedText(file: string): string {
  return readFileSync(new URL(`../../../data/samples/${file}`, import.meta.url), 'utf8');
}

/** A seed's content as blocks: single lines, or table rows whose cells hold lines. */
export type Block = { kind: 'line'; text: string; bullet: boolean } | { kind: 'row'; cells: string[][]; bullets?: boolean[] };

/** The seeds mark bullets with Symbol-font glyphs (U+F0A7 …) or "•". */
const BULLET = /^[\uE000-\uF8FF•▪◦●■]\s*/;

export interface SeedTable {
  /** The header table's rows: label rows and value rows, each cell's lines. */
  header: string[][][];
  /** Lay the duty table out as a table too (each duty beside its results). */
  dutyTable: boolean;
}

/**
 * Sample 000's header table as the original document drew it (read off the flattened seed):
 * two columns for title and unit, three for manager and the two substitution lists.
 */
export const SAMPLE_000_HEADER: string[][][] = [
  [['1.1 Ametinimetus'], ['1.2 Struktuuriüksus']],
  [['Koordinaator'], ['Ohvriabi ja ennetusteenuste osakond,', 'ennetustalitus (KLAT ja abivajava lapse SRT tiim)']],
  [['1.3 Vahetu juht'], ['1.4 Kes asendab'], ['1.5 Keda asendab']],
  [['Tiimijuht'], ['Koordinaator, tiimijuht'], ['Koordinaatorit, tiimijuhti']],
];

export function seedBlocks(text: string, table: SeedTable): Block[] {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+$/, ''));
  const headerStart = lines.findIndex((l) => /^\s*1\.1\.?\s*Ametinimetus/.test(l));
  const headerEnd = lines.findIndex((l, i) => i > headerStart && /^\s*2\.\s*\p{Lu}{3,}/u.test(l));
  if (headerStart < 0 || headerEnd < 0) throw new Error('seed has no table header');
  const dutyStart = lines.findIndex((l) => /^\s*Põhiülesanded\s+Oodatavad tulemused/.test(l));
  const dutyEnd = lines.findIndex((l, i) => i > dutyStart && /^\s*\d\.\s*\p{Lu}{3,}/u.test(l));

  const blocks: Block[] = [];
  const plain = (from: number, to: number) => {
    for (const line of lines.slice(from, to)) {
      const trimmed = line.trim();
      blocks.push({ kind: 'line', text: trimmed.replace(BULLET, ''), bullet: BULLET.test(trimmed) });
    }
  };
  plain(0, headerStart);
  for (const row of table.header) blocks.push({ kind: 'row', cells: row });
  if (table.dutyTable && dutyStart > 0) {
    plain(headerEnd, dutyStart);
    blocks.push({ kind: 'row', cells: [['Põhiülesanded'], ['Oodatavad tulemused']] });
    blocks.push(...dutyRows(lines.slice(dutyStart + 1, dutyEnd)));
    plain(dutyEnd, lines.length);
  } else {
    plain(headerEnd, lines.length);
  }
  return blocks;
}

/** A seed's lines as they are (no tables). */
export function seedLines(text: string): Block[] {
  return text.split(/\r?\n/).map((raw) => {
    const line = raw.trim();
    return { kind: 'line', text: line.replace(BULLET, ''), bullet: BULLET.test(line) };
  });
}

/** The flattened duty table back into rows: the duty's wrapped lines, then one paragraph per result. */
function dutyRows(lines: string[]): Block[] {
  const rows: { duty: string[]; results: string[][] }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/^\d+\.\d+\s/.test(line)) rows.push({ duty: [line], results: [] });
    else if (BULLET.test(line)) rows[rows.length - 1].results.push([line.replace(BULLET, '')]);
    else {
      const row = rows[rows.length - 1];
      const last = row.results[row.results.length - 1];
      (last ?? row.duty).push(line);
    }
  }
  return rows.map((row) => ({
    kind: 'row',
    cells: [[row.duty.join(' ')], row.results.map((r) => r.join(' '))],
    bullets: [false, true],
  }));
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

export interface PdfOptions {
  userPassword?: string;
  /** Draw each table row's cells right to left, to show that reading order comes from positions. */
  cellsRightToLeft?: boolean;
  /** Place table cells side by side without drawing their borders. */
  borderless?: boolean;
  /** Landscape pages, wide enough for the seeds' longest lines. */
  landscape?: boolean;
}

/** A PDF whose lines and table cells are placed like a printed job description. */
export async function makePdf(blocks: Block[], pdfOptions: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: pdfOptions.landscape ? 'landscape' : 'portrait',
    margin: 40,
    autoFirstPage: true,
    ...(pdfOptions.userPassword ? { userPassword: pdfOptions.userPassword, pdfVersion: '1.7' as const } : {}),
  });
  const done = collect(doc);
  doc.registerFont('body', FONT);
  doc.font('body').fontSize(9);
  const left = 40;
  const width = doc.page.width - 80;
  const lineHeight = 12;
  const bottom = doc.page.height - 40;
  let y = 40;
  const room = (height: number) => {
    if (y + height > bottom) {
      doc.addPage();
      y = 40;
    }
  };
  for (const block of blocks) {
    if (block.kind === 'line') {
      room(lineHeight);
      if (block.text) doc.text(block.bullet ? `•  ${block.text}` : block.text, left, y, { lineBreak: false });
      y += lineHeight;
      continue;
    }
    // Each cell's lines are paragraphs, wrapped to the cell's width as a word processor would.
    const cellWidth = width / block.cells.length;
    const paragraphs = block.cells.map((cell, i) => cell.map((line) => (block.bullets?.[i] ? `•  ${line}` : line)));
    const cellText = { width: cellWidth - 8, lineGap: 3 };
    const gap = 4;
    const heights = paragraphs.map((cell) => cell.reduce((sum, p) => sum + doc.heightOfString(p, cellText) + gap, 0));
    const height = Math.max(...heights) + 8;
    room(height);
    const order = paragraphs.map((cell, i) => ({ cell, i }));
    if (pdfOptions.cellsRightToLeft) order.reverse();
    for (const { cell, i } of order) {
      const x = left + i * cellWidth;
      if (!pdfOptions.borderless) doc.rect(x, y, cellWidth, height).stroke();
      let top = y + 4;
      for (const paragraph of cell) {
        doc.text(paragraph, x + 4, top, cellText);
        top += doc.heightOfString(paragraph, cellText) + gap;
      }
    }
    y += height;
  }
  doc.end();
  return done;
}

/** A PDF with only drawings, as a scan without OCR looks to a text extractor. */
export async function makePdfWithoutText(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const done = collect(doc);
  doc.rect(50, 50, 300, 200).fill('#888888');
  for (let i = 0; i < 40; i++) doc.moveTo(60, 300 + i * 8).lineTo(500, 300 + i * 8).stroke();
  doc.addPage();
  doc.circle(200, 200, 80).fill('#444444');
  doc.end();
  return done;
}

/** A DOCX with the seed's header (and duties) as real Word tables, bullets as Word bullets. */
export async function makeDocx(blocks: Block[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const endTable = () => {
    if (rows.length) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const block of blocks) {
    if (block.kind === 'line') {
      endTable();
      children.push(new Paragraph(block.bullet ? { text: block.text, bullet: { level: 0 } } : { text: block.text }));
    } else {
      rows.push(
        new TableRow({
          children: block.cells.map(
            (cell, i) =>
              new TableCell({
                // A cell's wrapped lines are one paragraph, unless they are a list.
                children: (block.bullets?.[i] ? cell : [cell.join(' ')]).map(
                  (text) => new Paragraph(block.bullets?.[i] ? { text, bullet: { level: 0 } } : { text }),
                ),
              }),
          ),
        }),
      );
    }
  }
  endTable();
  return docxOf(children);
}

export async function docxOf(children: (Paragraph | Table)[], numbering?: ConstructorParameters<typeof Document>[0]['numbering']): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }], ...(numbering ? { numbering } : {}) });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Word list numbering "1.", "1.1." on two levels. */
export const OUTLINE_NUMBERING = {
  config: [
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START },
      ],
    },
  ],
};

/** A ZIP; `stored` entries are not compressed (an ASiC-E's `mimetype` must be stored and first). */
export function makeZip(files: Record<string, Uint8Array | string>, stored: string[] = []): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    zippable[name] = [bytes, { level: stored.includes(name) ? 0 : 9 }];
  }
  return zipSync(zippable);
}

/**
 * Rewrites the uncompressed size an entry's headers declare (local header and central directory),
 * as a zip bomb does to get past a check of declared sizes.
 */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = Buffer.from(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && Buffer.from(out.subarray(i + 30, i + 30 + view.getUint16(i + 26, true))).equals(nameBytes)) {
      view.setUint32(i + 22, size, true);
    }
    if (signature === 0x02014b50 && Buffer.from(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))).equals(nameBytes)) {
      view.setUint32(i + 24, size, true);
    }
  }
  return out;
}

export interface Signer {
  /** Subject attributes, e.g. { CN: 'TAMM,JAAN,38001010000', SN: 'TAMM', GN: 'JAAN' }. */
  subject: Record<string, string>;
  /** Put only an X509SubjectName in the signature, no certificate. */
  subjectNameOnly?: boolean;
}

const OIDS: Record<string, string> = { C: '2.5.4.6', CN: '2.5.4.3', SN: '2.5.4.4', GN: '2.5.4.42', serialNumber: '2.5.4.5', O: '2.5.4.10' };

/** A certificate issued by a throwaway test CA; returns the signer's and the CA's certificates (base64 DER). */
export function makeCertificates(subject: Record<string, string>): { signer: string; ca: string } {
  const key = () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
      publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    };
  };
  const caKeys = key();
  const caName = [{ type: OIDS.C, value: 'EE' }, { type: OIDS.O, value: 'orgraph tests' }, { type: OIDS.CN, value: 'orgraph test CA' }];
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date('2024-01-01T00:00:00Z');
  ca.validity.notAfter = new Date('2034-01-01T00:00:00Z');
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([{ name: 'basicConstraints', cA: true }]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const signerKeys = key();
  const cert = forge.pki.createCertificate();
  cert.publicKey = signerKeys.publicKey;
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date('2024-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2029-01-01T00:00:00Z');
  // As UTF8String, as Estonian ID-card certificates write names with õ, ä, ö, ü, š, ž.
  cert.setSubject(Object.entries(subject).map(([k, v]) => ({ type: OIDS[k], value: v, valueTagClass: forge.asn1.Type.UTF8 as never })));
  cert.setIssuer(caName);
  cert.setExtensions([{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());

  const der = (c: forge.pki.Certificate) => forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes());
  return { signer: der(cert), ca: der(ca) };
}

/** A XAdES signature file as DigiDoc writes it (signature values are dummies: nothing here verifies them). */
export function signatureXml(signers: Signer[]): string {
  const signatures = signers.map((signer, i) => {
    const keyInfo = signer.subjectNameOnly
      ? `<ds:X509Data><ds:X509SubjectName>${escapeXml(rfc2253(signer.subject))}</ds:X509SubjectName></ds:X509Data>`
      : (() => {
          const { signer: cert, ca } = makeCertificates(signer.subject);
          // The CA certificate first, to show that the signing (end-entity) certificate is picked.
          return `<ds:X509Data><ds:X509Certificate>${wrap(ca)}</ds:X509Certificate><ds:X509Certificate>${wrap(cert)}</ds:X509Certificate></ds:X509Data>`;
        })();
    return `
  <ds:Signature Id="S${i}">
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2006/12/xml-c14n11"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference Id="S${i}-RefId0" URI="ametijuhend.docx">
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>AAAA</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue Id="S${i}-SIG">AAAA</ds:SignatureValue>
    <ds:KeyInfo>${keyInfo}</ds:KeyInfo>
    <ds:Object>
      <xades:QualifyingProperties Target="#S${i}">
        <xades:SignedProperties Id="S${i}-SignedProperties">
          <xades:SignedSignatureProperties>
            <xades:SigningTime>2024-02-12T10:00:00Z</xades:SigningTime>
          </xades:SignedSignatureProperties>
        </xades:SignedProperties>
      </xades:QualifyingProperties>
    </ds:Object>
  </ds:Signature>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:xades="http://uri.etsi.org/01903/v1.3.2#">${signatures.join('')}
</asic:XAdESSignatures>
`;
}

function wrap(base64: string): string {
  return base64.replace(/.{1,64}/g, '$&\n');
}

function rfc2253(subject: Record<string, string>): string {
  return Object.entries(subject)
    .reverse()
    .map(([k, v]) => `${k}=${v.replace(/([,+"\\<>;])/g, '\\$1')}`)
    .join(',');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const ASICE_MIMETYPE = 'application/vnd.etsi.asic-e+zip';

/** An ASiC-E container: `mimetype` stored first, the data files, the manifest and signature files. */
export function makeAsice(files: Record<string, Uint8Array>, signatureFiles: Record<string, string>): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
  <manifest:file-entry manifest:full-path="/" manifest:media-type="${ASICE_MIMETYPE}"/>
${Object.keys(files)
  .map((name) => `  <manifest:file-entry manifest:full-path="${name}" manifest:media-type="application/octet-stream"/>`)
  .join('\n')}
</manifest:manifest>
`;
  return makeZip(
    {
      mimetype: ASICE_MIMETYPE,
      ...files,
      'META-INF/manifest.xml': manifest,
      ...Object.fromEntries(Object.entries(signatureFiles).map(([name, xml]) => [`META-INF/${name}`, xml])),
    },
    ['mimetype'],
  );
}

/** Sample 000 read by hand (see test/ingest/body-sample-000.test.ts). */
export const GOLDEN_000 = {
  title: 'Koordinaator',
  unitPath: ['Ohvriabi ja ennetusteenuste osakond', 'Ennetustalitus', 'KLAT ja abivajava lapse SRT tiim'],
  manager: 'Tiimijuht',
  substitutedBy: ['Koordinaator', 'Tiimijuht'],
  substitutes: ['Koordinaator', 'Tiimijuht'],
  duties: 14,
};

/** The fields compared between a format's import and the text import. */
export function essentials(doc: {
  title: string | null;
  unitPath: string[];
  manager: string | null;
  substitutedBy: string[];
  substitutes: string[];
  duties: unknown[];
}) {
  return {
    title: doc.title,
    unitPath: doc.unitPath,
    manager: doc.manager,
    substitutedBy: doc.substitutedBy,
    substitutes: doc.substitutes,
    duties: doc.duties.length,
  };
}

/** Everything parsed except where it came from (line numbers differ between formats). */
export function content<T extends { fileName: string; sources: unknown; warnings: unknown }>(doc: T) {
  const { fileName: _name, sources: _sources, warnings: _warnings, ...rest } = doc;
  return rest;
}

/** The DocumentError a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}
