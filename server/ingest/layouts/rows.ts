/**
 * Header rows with labels: "Struktuuriüksus …", "1.2. Teenistuskoha nimetus …", "Allub: …".
 * Covers the labelled rows of Sotsiaalkindlustusamet (2024–), the numbered rows of Transpordiamet
 * (values on the label's line, or all labels first and their values after), colon labels, and
 * "Esimene/Teine asendaja". Only the label tells the direction of a substitution row.
 */
import type { DocumentHeader, Line, ParseWarning } from '../document.js';
import { rangeOf } from '../lines.js';
import { baseTitle, splitSpecialization } from '../estonian/titles.js';
import { splitUnitPath, unitKey } from '../estonian/units.js';
import { isInflectedItem, isNone, splitItems, titleList } from '../estonian/lists.js';
import type { HeaderResult, Layout } from './layout.js';
import { isJobDescriptionTitle, readHeading } from './heading.js';

type Field = 'title' | 'unit' | 'manager' | 'subordinates' | 'substitutedBy' | 'substitutes' | 'other';

/** The one label table, longest labels first within each field. */
const LABELS: [string, Field][] = [
  ['teenistuskoha nimetus', 'title'],
  ['ametikoha nimetus', 'title'],
  ['töökoha nimetus', 'title'],
  ['ametinimetus', 'title'],
  ['teenistuskoht', 'title'],
  ['ametikoht', 'title'],
  ['struktuuriüksuse nimetus', 'unit'],
  ['struktuuriüksus', 'unit'],
  ['vahetu juht', 'manager'],
  ['otsene juht', 'manager'],
  ['kellele allub', 'manager'],
  ['allub', 'manager'],
  ['temale alluvad', 'subordinates'],
  ['alluvad', 'subordinates'],
  ['teenistuja asendaja', 'substitutedBy'],
  ['tema asendaja', 'substitutedBy'],
  ['esimene asendaja', 'substitutedBy'],
  ['teine asendaja', 'substitutedBy'],
  ['kolmas asendaja', 'substitutedBy'],
  ['kes asendab', 'substitutedBy'],
  ['asendajad', 'substitutedBy'],
  ['asendaja', 'substitutedBy'],
  ['teenistuja asendab', 'substitutes'],
  ['tema asendab', 'substitutes'],
  ['keda asendab', 'substitutes'],
  ['asendab', 'substitutes'],
  ['ametisse nimetab', 'other'],
  ['teenistuskoha asukoht', 'other'],
  ['ametikoha asukoht', 'other'],
  ['töökoha asukoht', 'other'],
  ['teenistustingimuste erisused', 'other'],
  ['töötingimuste erisused', 'other'],
  ['teenistuskoha kood', 'other'],
];
const LABEL_PATTERN = new RegExp(
  `^(\\d+(?:\\.\\d+)*\\.?\\s*)?(${LABELS.map(([label]) => label).join('|')})(?=\\s|:|$)\\s*:?\\s*(.*)$`,
  'iu',
);
/** Where the header ends: the purpose row or the next numbered section. */
const HEADER_END = /^(\d+\.?\s*)?(teenistuskoha|ametikoha|töökoha)\s+(põhi)?eesmärk|^[2-9]\.\s*\p{L}/iu;
const ALIAS = /\s*\(edaspidi[^)]*\)?/giu;

interface Row {
  field: Field;
  label: string;
  numbered: boolean;
  colon: boolean;
  parts: string[];
  lines: Line[];
}

function readLabel(line: Line): { field: Field; label: string; numbered: boolean; colon: boolean; value: string } | null {
  const match = LABEL_PATTERN.exec(line.text);
  if (!match) return null;
  const field = LABELS.find(([label]) => label === match[2].toLocaleLowerCase('et'))![1];
  return { field, label: match[2], numbered: !!match[1], colon: line.text.includes(':'), value: match[3].trim() };
}

export const rowsLayout: Layout = {
  name: 'rows',
  detect: (lines) => {
    const fields = new Set(lines.slice(0, 200).map(readLabel).filter(Boolean).map((l) => l!.field));
    return ['title', 'unit', 'manager', 'substitutedBy', 'substitutes'].filter((f) => fields.has(f as Field)).length >= 2;
  },
  parseHeader,
};

function parseHeader(lines: Line[]): HeaderResult {
  const warnings: ParseWarning[] = [];
  const first = lines.findIndex((l) => readLabel(l));
  let end = lines.findIndex((l, i) => i > first && HEADER_END.test(l.text) && !readLabel(l));
  if (end < 0) end = lines.length;
  const rows = collectRows(lines.slice(first, end), warnings);
  const placed = new Set(rows.flatMap((r) => r.lines.map((l) => l.number)));

  const headingIndex = lines.findIndex((l, i) => i < first && isJobDescriptionTitle(l));
  const heading = headingIndex >= 0 ? readHeading(lines, headingIndex) : { units: [], title: null, placed: [] };
  heading.placed.forEach((n) => placed.add(n));

  const value = (field: Field) => rows.filter((r) => r.field === field).map((r) => r.parts.join(' ').replace(ALIAS, '').trim());
  const [titleText] = value('title');
  const [unitText] = value('unit');
  const [managerText] = value('manager');
  const title = titleText ? baseTitle(titleText) : (heading.title ?? '');
  const rowUnits = unitText && !isNone(unitText) ? splitUnitPath(unitText) : [];
  const manager = managerText && !isNone(managerText) ? (titleList(managerText)[0] ?? null) : null;

  const header: DocumentHeader = {
    title,
    specialization: splitSpecialization(title).specialization,
    unitPath: joinUnitPaths(heading.units, rowUnits),
    manager,
    subordinates: value('subordinates').flatMap(titleList),
    substitutedBy: unique(value('substitutedBy').flatMap(titleList).filter((t) => !isScheme(t))),
    substitutes: unique(value('substitutes').flatMap(titleList).filter((t) => !isScheme(t))),
  };
  if ([...value('substitutedBy'), ...value('substitutes')].some(isScheme)) {
    warnings.push({ line: rows.find((r) => r.parts.some(isScheme))!.lines[0].number, message: 'substitutes are set by a substitution scheme (asendusskeem), not named here' });
  }
  const sources: HeaderResult['sources'] = {};
  for (const field of ['title', 'manager', 'subordinates', 'substitutedBy', 'substitutes'] as const) {
    const fieldRows = rows.filter((r) => r.field === field);
    if (fieldRows.length) sources[field] = rangeOf(fieldRows.flatMap((r) => r.lines).sort((a, b) => a.number - b.number));
  }
  const unitRow = rows.find((r) => r.field === 'unit');
  if (unitRow) sources.unitPath = rangeOf(unitRow.lines);
  const style = rows.some((r) => r.colon) ? 'colon-rows' : rows.some((r) => r.numbered) ? 'numbered-rows' : 'labelled-rows';
  return { header, sources, warnings, placed, bodyStart: end, layout: style };
}

/** "Vastavalt asendusskeemile": the substitutes are set elsewhere; it names no one. */
function isScheme(text: string): boolean {
  return /asendusskeem/i.test(text);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * Assigns header lines to rows. A label with no value on its line waits for a value; when
 * several labels wait ("1.5. Asendaja", "1.6. Asendab", then the values), the values are given
 * out in order: one line each when the counts match, else a line in partitive starts the
 * "Asendab" value and other lines continue the previous one.
 */
function collectRows(lines: Line[], warnings: ParseWarning[]): Row[] {
  const rows: Row[] = [];
  let waiting: Row[] = [];
  let open: Row | null = null;
  const valueLines = (from: number) => lines.slice(from).filter((l) => l.text && !readLabel(l)).length;
  lines.forEach((line, index) => {
    if (!line.text) return;
    const label = readLabel(line);
    if (label) {
      if (waiting.every((r) => r.parts.length)) waiting = [];
      const row: Row = { field: label.field, label: label.label, numbered: label.numbered, colon: label.colon, parts: label.value ? [label.value] : [], lines: [line] };
      rows.push(row);
      if (label.value) open = row;
      else {
        waiting.push(row);
        open = null;
      }
      return;
    }
    if (waiting.length) {
      const target = waiting[0];
      const remainingLines = lines.slice(index).filter((l) => l.text && !readLabel(l)).length;
      const startsNext =
        target.parts.length > 0 && (remainingLines <= waiting.length - 1 || (waiting[1]?.field === 'substitutes' && isInflectedItem(splitItems(line.text)[0] ?? '')));
      if (startsNext) {
        waiting.shift();
        waiting[0].parts.push(line.text);
        waiting[0].lines.push(line);
      } else {
        target.parts.push(line.text);
        target.lines.push(line);
      }
      if (waiting.length === 1 && valueLines(index + 1) === 0) waiting = [];
      return;
    }
    // A value wrapped onto the next line ("direktorile (edaspidi" / "direktor)").
    const last: Row | null = open;
    if (last) {
      last.parts.push(line.text);
      last.lines.push(line);
      return;
    }
    warnings.push({ line: line.number, message: `could not be placed: "${line.text}"` });
  });
  return rows;
}

/** Units from the heading (parents) and from the unit row (the unit itself), top first. */
function joinUnitPaths(heading: string[], row: string[]): string[] {
  if (!row.length) return heading;
  if (!heading.length) return row;
  const at = heading.findIndex((u) => unitKey(u) === unitKey(row[0]));
  return at >= 0 ? [...heading.slice(0, at), ...row] : [...heading, ...row];
}
