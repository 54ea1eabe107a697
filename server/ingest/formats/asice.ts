/**
 * Estonian digitally signed containers: ASiC-E (.asice) and BDOC 2.1 (.bdoc), also ASiC-S.
 * A ZIP with `mimetype` first, the signed data files, and META-INF/ holding manifest.xml and the
 * XAdES signatures (signatures0.xml, …). Signatures are not validated here: the signers' names are
 * read from each signature's signing certificate so that HR can see who signed.
 */
import { X509Certificate } from 'node:crypto';
import { DocumentError } from '../errors.js';
import { descendants, parseXml, textOf, type XmlNode } from './xml.js';
import type { ZipArchive } from './zip.js';

export const ASIC_MIMETYPES = ['application/vnd.etsi.asic-e+zip', 'application/vnd.etsi.asic-s+zip'];

const SIGNATURES = /^META-INF\/[^/]*signatures[^/]*\.xml$/i;

/** The ZIP looks like a signed container even without a `mimetype` entry. */
export function hasSignatureFiles(zip: ZipArchive): boolean {
  return zip.has('META-INF/manifest.xml') && zip.names.some((name) => SIGNATURES.test(name));
}

/** The signed documents: every file outside META-INF/ except `mimetype`. */
export function dataFiles(zip: ZipArchive): string[] {
  return zip.names.filter((name) => !name.endsWith('/') && name !== 'mimetype' && !/^META-INF\//i.test(name));
}

/** The signers' names, in signature order, each once ("Jaan Tamm"). */
export async function readSigners(fileName: string, zip: ZipArchive): Promise<string[]> {
  const names: string[] = [];
  for (const entry of zip.names.filter((name) => SIGNATURES.test(name)).sort(byNumber)) {
    let nodes: XmlNode[];
    try {
      nodes = parseXml(await zip.readText(entry));
    } catch (error) {
      if (error instanceof DocumentError) throw error;
      throw new DocumentError(fileName, null, `not a readable signed container (${entry} is not XML)`);
    }
    for (const signature of descendants(nodes, 'Signature')) {
      const name = signerOf(signature);
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** signatures2.xml before signatures10.xml. */
function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The signing certificate is the end-entity certificate in ds:KeyInfo (CA certificates may travel
 * with it); without a certificate, an X509SubjectName.
 */
function signerOf(signature: XmlNode): string | null {
  const keyInfo = descendants([signature], 'KeyInfo');
  const scope = keyInfo.length ? keyInfo : [signature];
  const certificates = descendants(scope, 'X509Certificate').flatMap((node) => {
    try {
      return [new X509Certificate(Buffer.from(textOf(node).replace(/\s+/g, ''), 'base64'))];
    } catch {
      return [];
    }
  });
  const signing = certificates.find((cert) => !cert.ca) ?? certificates[0];
  if (signing) return personName(parseNodeSubject(signing.subject));
  const subject = descendants([signature], 'X509SubjectName')[0];
  if (subject) return personName(parseRfc2253(textOf(subject).trim()));
  return null;
}

type Subject = Map<string, string>;

const KEYS: Record<string, string> = {
  CN: 'CN', COMMONNAME: 'CN', '2.5.4.3': 'CN',
  SN: 'SN', SURNAME: 'SN', '2.5.4.4': 'SN',
  GN: 'GN', G: 'GN', GIVENNAME: 'GN', '2.5.4.42': 'GN',
};

function put(subject: Subject, key: string, value: string): void {
  const known = KEYS[key.trim().toUpperCase()];
  if (known && !subject.has(known)) subject.set(known, value);
}

/** Node's X509Certificate#subject: one "KEY=value" per line, commas in values escaped ("TAMM\,JAAN\,…"). */
function parseNodeSubject(text: string): Subject {
  const subject: Subject = new Map();
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) put(subject, line.slice(0, eq), unescapeDn(line.slice(eq + 1)));
  }
  return subject;
}

/** "CN=TAMM\,JAAN\,38001010000,SN=TAMM,GN=JAAN,C=EE" (RFC 2253/4514, as in X509SubjectName). */
export function parseRfc2253(text: string): Subject {
  const subject: Subject = new Map();
  let part = '';
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      part += ch + text[++i];
    } else if (ch === ',' || ch === ';' || ch === '+') {
      parts.push(part);
      part = '';
    } else {
      part += ch;
    }
  }
  parts.push(part);
  for (const rdn of parts) {
    const eq = rdn.indexOf('=');
    if (eq > 0) put(subject, rdn.slice(0, eq), unescapeDn(rdn.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1')));
  }
  return subject;
}

/** Undoes DN escaping: "\," → ",", "\C3\B5" → "õ". */
function unescapeDn(value: string): string {
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length) out += Buffer.from(bytes).toString('utf8');
    bytes.length = 0;
  };
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
      continue;
    }
    flush();
    if (value[i] === '\\' && i + 1 < value.length) out += value[++i];
    else out += value[i];
  }
  flush();
  return out.trim();
}

/**
 * "Jaan Tamm" from GN and SN, or from an Estonian ID-card CN "TAMM,JAAN,38001010000"
 * (surname, given names, personal code: the code is not kept). Any other CN (an e-seal) as it is.
 */
export function personName(subject: Subject): string | null {
  const given = subject.get('GN');
  const surname = subject.get('SN');
  if (given && surname) return `${nameCase(given)} ${nameCase(surname)}`;
  const cn = subject.get('CN');
  if (!cn) return null;
  const parts = cn.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2 && parts.length <= 3 && (parts.length === 2 || /^[\dA-Z-]+$/.test(parts[2])) && parts.slice(0, 2).every(isPersonName)) {
    return `${nameCase(parts[1])} ${nameCase(parts[0])}`;
  }
  return cn;
}

function isPersonName(part: string): boolean {
  return /^[\p{L}][\p{L}' .-]*$/u.test(part);
}

/** "MARI-LIIS" → "Mari-Liis", "TÕNISSON" → "Tõnisson"; names already in mixed case stay as they are. */
function nameCase(name: string): string {
  if (name !== name.toLocaleUpperCase('et')) return name;
  return name.toLocaleLowerCase('et').replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('et'));
}
