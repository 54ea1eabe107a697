/**
 * DOCX → text, read from word/document.xml so that tables stay tables.
 *
 * - A paragraph is a line (a manual line break starts another); Word's list numbering and bullets are
 *   written out ("3.1 ", "• "), since the text parser reads duty numbers and bullets from the text.
 * - A table row whose cells hold one line each is one line, cells separated by a tab: the row
 *   `1.1 Ametinimetus | 1.2 Struktuuriüksus` reads "1.1 Ametinimetus\t1.2 Struktuuriüksus", which the
 *   parser (tabs fold to spaces) sees exactly as the seeds' flattened line.
 * - A row with a cell of several lines (a duty beside its list of results) is written cell after cell,
 *   each cell's lines in order and a blank line between cells, as the seeds flatten the duty table.
 * Deleted revisions, hidden text and field codes are left out; text boxes and headers/footers are not read.
 */
import { DocumentError } from '../errors.js';
import { DOCUMENT_CAPS } from '../caps.js';
import { child, childrenOf, parseXml, textOf, type XmlNode } from './xml.js';
import type { ZipArchive } from './zip.js';

const DOCUMENT = 'word/document.xml';

export async function docxText(fileName: string, zip: ZipArchive): Promise<string> {
  const document = await readPart(fileName, zip, DOCUMENT, checkTextRuns);
  const body = document && child(document, 'body');
  if (!body) throw new DocumentError(fileName, null, `not a readable Word document (${DOCUMENT} has no body)`);
  const numbering = zip.has('word/numbering.xml') ? await readPart(fileName, zip, 'word/numbering.xml') : undefined;
  const styles = zip.has('word/styles.xml') ? await readPart(fileName, zip, 'word/styles.xml') : undefined;

  const reader = new DocxReader(new Numbering(numbering), styleNumbering(styles));
  const lines = reader.blocks(body.children);
  const text = tidy(lines);
  if (!text.trim()) throw new DocumentError(fileName, null, 'no text in the document');
  return text;
}

/** A part's root element (<document>, <numbering>, <styles>). */
async function readPart(fileName: string, zip: ZipArchive, part: string, check?: (fileName: string, xml: string) => void): Promise<XmlNode | undefined> {
  const xml = await zip.readText(part);
  check?.(fileName, xml);
  let nodes: XmlNode[];
  try {
    nodes = parseXml(xml);
  } catch {
    throw new DocumentError(fileName, null, `not a readable Word document (${part} is not XML)`);
  }
  return nodes.find((n) => n.tag !== '#text');
}

/** Stored characters per character of text, at most: "&#128512;" is 9 for one emoji (two UTF-16 units). */
const MOST_XML_PER_CHARACTER = 10;

/**
 * A run of text between two tags so long that its line must be over the line cap is refused before
 * the XML is parsed: the parser takes seconds (and gigabytes) over a 45 MB run, the line cap would
 * refuse it anyway. Only runs longer than any line the cap lets through, entities and all, count.
 */
function checkTextRuns(fileName: string, xml: string): void {
  const most = DOCUMENT_CAPS.lineCharacters * MOST_XML_PER_CHARACTER;
  for (let end = xml.indexOf('>'); end >= 0; ) {
    const next = xml.indexOf('<', end + 1);
    const stop = next < 0 ? xml.length : next;
    if (stop - end - 1 > most) {
      throw new DocumentError(
        fileName,
        null,
        `the document holds a run of text of ${(stop - end - 1).toLocaleString('en')} characters; a line may have at most ${DOCUMENT_CAPS.lineCharacters.toLocaleString('en')} (is this a job description?)`,
      );
    }
    if (next < 0) break;
    end = xml.indexOf('>', next + 1);
  }
}

/** Blank lines at most two in a row, none at the ends, no trailing spaces. */
function tidy(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines.flatMap((l) => l.split('\n'))) {
    const line = raw.replace(/[ \t]+$/, '');
    if (!line && (out.length === 0 || (out[out.length - 1] === '' && out[out.length - 2] === ''))) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

const val = (node: XmlNode | undefined): string | undefined => node?.attrs.val;
/** A present on/off property (<w:vanish/>, <w:isLgl w:val="true"/>) that is not switched off. */
const isOn = (node: XmlNode | undefined): boolean => !!node && !['0', 'false', 'off'].includes(val(node) ?? '');

/** Elements whose content is read as if they were not there. */
const TRANSPARENT_INLINE = new Set(['hyperlink', 'ins', 'smartTag', 'sdtContent', 'customXml', 'fldSimple', 'moveTo', 'dir', 'bdo', 'oMath', 'oMathPara']);
const TRANSPARENT_BLOCK = new Set(['sdtContent', 'customXml', 'ins', 'moveTo']);

class DocxReader {
  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, NumberingRef>,
  ) {}

  /** Block content (a body or a table cell) as lines. */
  blocks(nodes: XmlNode[]): string[] {
    const lines: string[] = [];
    for (const node of nodes) {
      if (node.tag === 'p') lines.push(this.paragraph(node));
      else if (node.tag === 'tbl') lines.push(...this.table(node));
      else if (node.tag === 'sdt') lines.push(...this.blocks(child(node, 'sdtContent')?.children ?? []));
      else if (TRANSPARENT_BLOCK.has(node.tag)) lines.push(...this.blocks(node.children));
    }
    return lines;
  }

  private paragraph(p: XmlNode): string {
    const text = this.inline(p.children);
    const label = this.label(p);
    return label ? label + text : text;
  }

  private inline(nodes: XmlNode[]): string {
    let out = '';
    for (const node of nodes) {
      if (node.tag === 'r') out += this.run(node);
      else if (node.tag === 'sdt') out += this.inline(child(node, 'sdtContent')?.children ?? []);
      else if (TRANSPARENT_INLINE.has(node.tag)) out += this.inline(node.children);
    }
    return out;
  }

  private run(r: XmlNode): string {
    const rPr = child(r, 'rPr');
    if (isOn(rPr && child(rPr, 'vanish'))) return '';
    let out = '';
    for (const node of r.children) {
      switch (node.tag) {
        case 't':
          out += textOf(node);
          break;
        case 'tab':
        case 'ptab':
          out += '\t';
          break;
        case 'br':
        case 'cr':
          out += '\n';
          break;
        case 'noBreakHyphen':
          out += '-';
          break;
        case 'sym': {
          const code = parseInt(node.attrs.char ?? '', 16);
          if (Number.isFinite(code)) out += String.fromCharCode(code);
          break;
        }
        default:
        // rPr, delText, instrText, fldChar, drawing, footnote references: no text
      }
    }
    return out;
  }

  /** "3.1\t", "•\t": the label Word draws before a numbered or bulleted paragraph. */
  private label(p: XmlNode): string {
    const pPr = child(p, 'pPr');
    const direct = readNumPr(pPr ? child(pPr, 'numPr') : undefined);
    const styleId = pPr ? val(child(pPr, 'pStyle')) : undefined;
    const styled = styleId ? this.styles.get(styleId) : undefined;
    const numId = direct.numId ?? styled?.numId;
    if (!numId || numId === '0') return '';
    return this.numbering.next(numId, direct.ilvl ?? styled?.ilvl ?? 0);
  }

  private table(tbl: XmlNode): string[] {
    const lines: string[] = [];
    for (const row of flatten(tbl.children, 'tr')) {
      const cells = flatten(row.children, 'tc').map((tc) => this.cell(tc));
      if (cells.every((cell) => cell.length <= 1)) {
        const line = cells.map((cell) => cell[0] ?? '').join('\t').replace(/\t+$/, '');
        if (line.trim()) lines.push(line);
        continue;
      }
      lines.push('');
      for (const cell of cells.filter((c) => c.length)) lines.push(...cell, '');
    }
    return lines;
  }

  /** A cell's lines, without blank lines at its ends; a continued vertical merge is empty. */
  private cell(tc: XmlNode): string[] {
    const tcPr = child(tc, 'tcPr');
    const merge = tcPr && child(tcPr, 'vMerge');
    if (merge && val(merge) !== 'restart') return [];
    const lines = this.blocks(tc.children).flatMap((l) => l.split('\n')).map((l) => l.trimEnd());
    while (lines.length && !lines[0].trim()) lines.shift();
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
    return lines;
  }
}

/** Rows of a table or cells of a row, also when wrapped in content controls or custom XML. */
function flatten(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => {
    if (node.tag === tag) return [node];
    if (node.tag === 'sdt') return flatten(child(node, 'sdtContent')?.children ?? [], tag);
    if (node.tag === 'customXml' || node.tag === 'ins') return flatten(node.children, tag);
    return [];
  });
}

interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

function readNumPr(numPr: XmlNode | undefined): NumberingRef {
  if (!numPr) return {};
  const ilvl = val(child(numPr, 'ilvl'));
  return { numId: val(child(numPr, 'numId')), ilvl: ilvl === undefined ? undefined : Number(ilvl) || 0 };
}

/** Paragraph styles that number their paragraphs (headings linked to a list), with basedOn followed. */
function styleNumbering(styles: XmlNode | undefined): Map<string, NumberingRef> {
  const own = new Map<string, { ref: NumberingRef; basedOn?: string }>();
  for (const style of styles ? childrenOf(styles, 'style') : []) {
    const id = style.attrs.styleId;
    if (!id) continue;
    const pPr = child(style, 'pPr');
    own.set(id, { ref: readNumPr(pPr ? child(pPr, 'numPr') : undefined), basedOn: val(child(style, 'basedOn')) });
  }
  const resolved = new Map<string, NumberingRef>();
  for (const id of own.keys()) {
    const ref: NumberingRef = {};
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at); at = own.get(at)?.basedOn) {
      seen.add(at);
      const style = own.get(at)?.ref ?? {};
      ref.numId ??= style.numId;
      ref.ilvl ??= style.ilvl;
    }
    if (ref.numId) resolved.set(id, ref);
  }
  return resolved;
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

/**
 * Word's list counters: lists (w:num) that share an abstract list continue each other's count,
 * a list with a start override restarts it, and numbering a level resets the levels below it.
 */
class Numbering {
  private readonly abstracts = new Map<string, Map<number, Partial<Level>>>();
  private readonly nums = new Map<string, { abstractId: string; overrides: Map<number, Partial<Level>> }>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlNode | undefined) {
    if (!root) return;
    for (const abstract of childrenOf(root, 'abstractNum')) {
      const levels = new Map<number, Partial<Level>>();
      for (const lvl of childrenOf(abstract, 'lvl')) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
      this.abstracts.set(abstract.attrs.abstractNumId ?? '', levels);
    }
    for (const num of childrenOf(root, 'num')) {
      const overrides = new Map<number, Partial<Level>>();
      for (const override of childrenOf(num, 'lvlOverride')) {
        const level = Number(override.attrs.ilvl ?? 0);
        const start = val(child(override, 'startOverride'));
        const lvl = child(override, 'lvl');
        overrides.set(level, { ...(lvl ? readLevel(lvl) : {}), ...(start !== undefined ? { start: Number(start) } : {}) });
      }
      this.nums.set(num.attrs.numId ?? '', { abstractId: val(child(num, 'abstractNumId')) ?? '', overrides });
    }
  }

  /** Counts one more paragraph of list `numId` at `ilvl` and returns its label with the separator after it. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    if (!num || !levels) return '';
    const levelOf = (i: number): Level => ({ ...defaultLevel(i), ...levels.get(i), ...num.overrides.get(i) });
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, override] of num.overrides) if (override.start !== undefined) counters.length = Math.min(counters.length, i);
    }
    for (let i = 0; i < ilvl; i++) counters[i] ??= levelOf(i).start;
    counters[ilvl] = counters[ilvl] === undefined ? levelOf(ilvl).start : counters[ilvl] + 1;
    counters.length = ilvl + 1;

    const level = levelOf(ilvl);
    if (level.format === 'bullet') return '•' + level.suffix;
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1;
      const format = level.legal ? 'decimal' : levelOf(i).format;
      return formatNumber(counters[i] ?? levelOf(i).start, format);
    });
    return label ? label + level.suffix : '';
  }
}

function defaultLevel(ilvl: number): Level {
  return { start: 1, format: 'decimal', text: `%${ilvl + 1}.`, suffix: '\t', legal: false };
}

function readLevel(lvl: XmlNode): Partial<Level> {
  const level: Partial<Level> = {};
  const start = val(child(lvl, 'start'));
  if (start !== undefined) level.start = Number(start) || 0;
  const format = val(child(lvl, 'numFmt'));
  if (format !== undefined) level.format = format;
  const text = val(child(lvl, 'lvlText'));
  if (text !== undefined) level.text = text;
  const suffix = val(child(lvl, 'suff'));
  if (suffix !== undefined) level.suffix = suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t';
  if (child(lvl, 'isLgl')) level.legal = isOn(child(lvl, 'isLgl'));
  return level;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Word's letters: a … z, aa … zz, aaa … */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}
