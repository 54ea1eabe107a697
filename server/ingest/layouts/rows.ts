/**
 * Header rows with labels: "Struktuuriüksus …", "1.2. Teenistuskoha nimetus …", "Allub: …".
 * Covers the labelled rows of Sotsiaalkindlustusamet (2024–), the numbered rows of Transpordiamet
 * (values on the label's line, or all labels first and their values after), colon labels, and
 * "Esimene/Teine asendaja". Only the label tells the direction of a substitution row.
 */
import type { DocumentHeader, Line, ParseWarning } from '../document.js';
import { rangeOf } from '../lines.js';
import { baseTitle, splitSpecialization } from '../estonian/titles.js';
import { joinUnitPaths, splitTrailingUnit, splitUnitPath } from '../estonian/units.js';
import { isNone, isScheme, startsInflected, titleList } from '../estonian/lists.js';
import type { HeaderResult, Layout } from './layout.js';
import { isJobDescriptionTitle, readHeading } from './heading.js';
import { sentenceRelations } from './sentences.js';
import { readLabel, splitRows, type Field, type Label } from './row-labels.js';
import { joinWrappedLabels, wrapsLabel } from './wrapped-labels.js';
import { startsBody } from '../header/region.js';
import { assignRows } from '../header/assign.js';
import { readsAsProse } from '../header/prose.js';
import { cutTrailingLabel } from '../header/truncation.js';
import { assignValueLines } from '../header/value-block.js';
import { quote } from '../caps.js';
import { POSITION_GENITIVES, PURPOSE_WORDS } from '../estonian/lexicon.js';
import type { ReadingNote } from '../document.js';

/** A numbered row ("1.3. Ametikoha kood …") whose label is not known: never a wrapped value. */
const OTHER_ROW = /^\d+\.\d+\.?\s+\p{L}/u;
/** Where the header ends: the purpose row or the next section. */
const HEADER_END = new RegExp(`^(\\d+\\.?\\s*)?(${POSITION_GENITIVES.join('|')})\\s+(${PURPOSE_WORDS.join('|')})`, 'iu');
const ALIAS = /\s*\(edaspidi[^)]*\)?/giu;

interface Row {
  field: Field;
  label: string;
  numbered: boolean;
  colon: boolean;
  known: boolean;
  relation?: Label['relation'];
  /** Its place among the rows (found without searching the list). */
  order: number;
  parts: { text: string; bullet: boolean }[];
  lines: Line[];
}

/** A row's value; bulleted lines are items of a list, not wrapped text. */
function rowText(row: Row): string {
  return row.parts.map((p, i) => (i > 0 && p.bullet ? `; ${p.text}` : p.text)).join(' ');
}

/** "- Ekspert": a dash at a line's start is a list bullet, as a bullet glyph is. */
const DASH_BULLET = /^[-–—]\s+(?=\S)/u;

function append(row: Row, line: Line) {
  const dashed = DASH_BULLET.test(line.text);
  row.parts.push({ text: line.text.replace(DASH_BULLET, ''), bullet: line.bullet || dashed });
  row.lines.push(line);
}

export const rowsLayout: Layout = {
  name: 'rows',
  detect: (lines) => {
    const fields = new Set(joinWrappedLabels(lines.slice(0, 200)).lines.map(readLabel).filter(Boolean).map((l) => l!.field));
    return ['title', 'unit', 'manager', 'substitutedBy', 'substitutes'].filter((f) => fields.has(f as Field)).length >= 2;
  },
  parseHeader,
};

/** A label that fills a field: other rows ("Palgaaste:") stand apart, but do not start the header. */
const fillsField = (l: Line) => {
  const label = readLabel(l);
  return !!label && label.field !== 'other';
};

function parseHeader(lines: Line[]): HeaderResult {
  const warnings: ParseWarning[] = [];
  const notes: ReadingNote[] = [];
  const labelled = lines.findIndex((l, i) => fillsField(l) || (i + 1 < lines.length && wrapsLabel(l, lines[i + 1])));
  // With no label at all, the header is what follows the heading (a document read on its heading alone).
  const headingAt = lines.findIndex((l, i) => (labelled < 0 || i < labelled) && isJobDescriptionTitle(l));
  const first = labelled >= 0 ? labelled : Math.max(headingAt + 1, 0);
  let end = lines.findIndex((l, i) => i > first && (HEADER_END.test(l.text) || startsBody(l.text)) && !fillsField(l));
  if (end < 0) end = lines.length;
  const wrapped = joinWrappedLabels(lines.slice(first, end));
  const headerLines = wrapped.lines.flatMap(splitRows);
  // An excerpt cut inside a label ("… Ekspert (arendus) Teenistuja"): the label's start is no value.
  if (end === lines.length) cutTrailingLabel(headerLines, warnings);
  // Prose lines are warned about once, as prose, not again as lines that could not be placed.
  const prose: Line[] = [];
  const rows = collectRows(headerLines, warnings, prose);
  const placed = new Set([...rows, { lines: prose }].flatMap((r) => r.lines.map((l) => l.number)));
  wrapped.absorbed.forEach((n) => placed.add(n));

  const headingIndex = lines.findIndex((l, i) => i < first && isJobDescriptionTitle(l));
  const heading = headingIndex >= 0 ? readHeading(lines, headingIndex) : { units: [], title: null, placed: [] };
  heading.placed.forEach((n) => placed.add(n));

  const assigned = assignRows(
    rows.map((r) => ({ field: r.field, text: rowText(r).replace(ALIAS, '').trim(), lines: r.lines, known: r.known, relation: r.relation })),
    warnings,
    notes,
  );
  const value = (field: Field) => assigned.filter((a) => a.field === field).map((a) => a.text);
  const [titleCell] = value('title');
  const [unitText] = value('unit');
  // "Vaneminspektor Tugiteenuste osakond": with no unit row, a unit name closing the title row is the unit.
  const glued = titleCell && !(unitText && !isNone(unitText)) ? splitTrailingUnit(titleCell) : null;
  const titleText = glued?.title ?? titleCell;
  const [managerText] = value('manager');
  const title = titleText ? baseTitle(titleText) : (heading.title ?? '');
  const rowUnits = glued?.units ?? (unitText && !isNone(unitText) ? splitUnitPath(unitText) : []);
  const manager = managerText && !isNone(managerText) ? (titleList(managerText)[0] ?? null) : null;

  const header: DocumentHeader = {
    title,
    specialization: splitSpecialization(title).specialization,
    unitPath: joinUnitPaths(heading.units, rowUnits),
    manager,
    subordinates: value('subordinates').flatMap(titleList),
    substitutedBy: unique(value('substitutedBy').flatMap(titleList)),
    substitutes: unique(value('substitutes').flatMap(titleList)),
  };
  if ([...value('substitutedBy'), ...value('substitutes')].some(isScheme)) {
    warnings.push({ line: rows.find((r) => isScheme(rowText(r)))!.lines[0].number, message: 'substitutes are set by a substitution scheme (asendusskeem), not named here' });
  }
  const sources: HeaderResult['sources'] = {};
  for (const field of ['title', 'manager', 'subordinates', 'substitutedBy', 'substitutes'] as const) {
    const fieldLines = assigned.filter((a) => a.field === field).flatMap((a) => a.lines);
    if (fieldLines.length) sources[field] = rangeOf([...new Set(fieldLines)].sort((a, b) => a.number - b.number));
  }
  // Municipal templates mix rows with sentences ("1.3. Vallasekretär allub vallavanemale."): those fill what no row gave.
  // A sentence may stand between the heading and the first label ("1.1. Nõunik on … osakonna koosseisus olev ametnik").
  const toldFrom = headingAt >= 0 && headingAt < first ? headingAt + 1 : first;
  const told = sentenceRelations(lines.slice(toldFrom, end).filter((l) => !placed.has(l.number)), title);
  told.placed.forEach((n) => placed.add(n));
  for (const field of ['manager', 'subordinates', 'substitutedBy', 'substitutes'] as const) {
    const empty = field === 'manager' ? !header.manager : header[field].length === 0;
    if (!empty || !told.sources[field]) continue;
    if (field === 'manager') header.manager = told.manager;
    else header[field] = unique(told[field]);
    sources[field] = told.sources[field];
  }
  const unitRow = assigned.find((r) => r.field === 'unit');
  if (unitRow) sources.unitPath = rangeOf(unitRow.lines);
  // "1.1. Nõunik on välissuhete osakonna koosseisus olev ametnik": a sentence names the unit no row gave.
  if (!rowUnits.length && told.unitPath.length) {
    header.unitPath = joinUnitPaths(heading.units, told.unitPath);
    sources.unitPath = told.sources.unitPath;
  }
  // Named by how the rows are written; "heading-rows" when only the heading names the title ("AUTOJUHI AMETIJUHEND").
  const style = rows.some((r) => r.colon)
    ? 'colon-rows'
    : rows.some((r) => r.numbered)
      ? 'numbered-rows'
      : !titleText && heading.title
        ? 'heading-rows'
        : 'labelled-rows';
  return { header, sources, warnings, placed, bodyStart: end, layout: style, notes };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * Assigns header lines to rows. A label with no value on its line waits for a value; when
 * several labels wait ("1.5. Asendaja", "1.6. Asendab", then the values), the values are given
 * out in order: one line each when the counts match, else a line that starts in partitive starts
 * the "Asendab" value and other lines continue the previous one.
 */
function collectRows(lines: Line[], warnings: ParseWarning[], prose: Line[]): Row[] {
  const rows: Row[] = [];
  let waiting: Row[] = [];
  let open: Row | null = null;
  // Value lines from each index to the end, counted once (counting per line would be quadratic).
  const isValue = lines.map((l) => !!l.text && !readLabel(l) && !OTHER_ROW.test(l.text));
  const after = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) after[i] = after[i + 1] + (isValue[i] ? 1 : 0);
  const valueLines = (from: number) => after[Math.min(from, lines.length)];
  const owners = valueBlocks(lines);
  const rowAt = new Map<number, Row>();
  lines.forEach((line, index) => {
    if (!line.text) return;
    const owner = owners.get(index);
    if (owner !== undefined) {
      append(rowAt.get(owner)!, line);
      return;
    }
    const label = readLabel(line);
    // "Alluvus:" then "allub juhatajale, temale alluvad …": a clause that starts like a label is the relation's value.
    const clause = label && waiting.length === 1 && waiting[0].relation && !waiting[0].parts.length && /^\p{Ll}/u.test(line.text) && label.field !== 'other';
    if (clause) {
      append(waiting[0], line);
      open = waiting[0];
      waiting = [];
      return;
    }
    if (label) {
      // A label with its value on its line ends the block of labels: those still without a value get none.
      // Waiting rows get their values in order, so the last one having a value means all have (and costs no search).
      if (!waiting.length || waiting[waiting.length - 1].parts.length || label.value) waiting = [];
      const row: Row = {
        field: label.field,
        label: label.label,
        numbered: label.numbered,
        colon: label.colon,
        known: label.known,
        relation: label.relation,
        order: rows.length,
        parts: [],
        lines: [line],
      };
      if (label.value) row.parts.push({ text: label.value, bullet: false });
      rows.push(row);
      rowAt.set(index, row);
      if (label.value) open = row;
      else {
        waiting.push(row);
        open = null;
      }
      return;
    }
    // Left unplaced: a sentence may state it, else the parser reports it as a line it could not place.
    if (OTHER_ROW.test(line.text)) {
      open = null;
      return;
    }
    // A line after a label with its value continues that value, though labels above still wait for theirs.
    const openAfterWaiting = open !== null && waiting.length > 0 && open.order > waiting[waiting.length - 1].order;
    if (waiting.length && !openAfterWaiting) {
      const target = waiting[0];
      const remainingLines = valueLines(index);
      const startsNext =
        target.parts.length > 0 &&
        (remainingLines <= waiting.length - 1 ||
          (waiting[1]?.field === 'substitutes' && startsInflected(line.text)) ||
          (waiting[1] !== undefined && isNone(rowText(target))) ||
          (target.field === 'substitutes' && waiting[1]?.field === 'substitutedBy' && !startsInflected(line.text) && endsPartitiveItem(rowText(target))));
      if (startsNext) waiting.shift();
      append(waiting[0], line);
      if (waiting.length === 1 && valueLines(index + 1) === 0) waiting = [];
      return;
    }
    // A value wrapped onto the next line ("direktorile (edaspidi" / "direktor)"), or the next item of a bulleted list.
    const last: Row | null = open ?? (line.bullet ? (rows[rows.length - 1] ?? null) : null);
    // A sentence after a value is not its wrapped rest: the value ended with its line.
    if (last && readsAsProse(line.text)) {
      warnings.push({ line: line.number, message: `reads as prose, left out of the ${last.field} row: ${quote(line.text)}` });
      prose.push(line);
      open = null;
      return;
    }
    if (last) append(last, line);
  });
  return rows;
}

/**
 * Two or more labels without values, then their values: each value line's label line (by index),
 * placed by assignValueLines. Lines outside such blocks are not in the map.
 */
function valueBlocks(lines: Line[]): Map<number, number> {
  const owners = new Map<number, number>();
  const labels = lines.map((l) => (l.text ? readLabel(l) : null));
  let i = 0;
  while (i < lines.length) {
    const labelsAt: number[] = [];
    let j = i;
    for (; j < lines.length && (!lines[j].text || (labels[j] && !labels[j]!.value)); j++) if (lines[j].text) labelsAt.push(j);
    if (labelsAt.length < 2) {
      i = Math.max(j, i + 1);
      continue;
    }
    // Under "Alluvus:" or "Asendamine:" a value is a clause, which may itself start like a label ("allub juhatajale, …").
    const clauses = labelsAt.some((k) => labels[k]!.relation);
    const isValueLine = (k: number) => !labels[k] || (clauses && /^\p{Ll}/u.test(lines[k].text) && labels[k]!.field !== 'other');
    const valuesAt: number[] = [];
    for (; j < lines.length && (!lines[j].text || (isValueLine(j) && !OTHER_ROW.test(lines[j].text))); j++) if (lines[j].text) valuesAt.push(j);
    const owner = assignValueLines(
      valuesAt.map((k) => lines[k].text),
      labelsAt.map((k) => labels[k]!.field),
    );
    valuesAt.forEach((k, n) => owners.set(k, labelsAt[owner[n]]));
    i = j;
  }
  return owners;
}

/** "IT-arendajat", "eksperti või vanemjuristi": a partitive list whose last item is complete, so a nominative line starts the next value. */
function endsPartitiveItem(text: string): boolean {
  const last = text.trim().split(/\s+/u).pop() ?? '';
  return /[,;]$/u.test(last) || startsInflected(last);
}
