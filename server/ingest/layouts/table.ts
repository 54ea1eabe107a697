/**
 * The table layout (Sotsiaalkindlustusamet until 2023): a two-row header table
 *   1.1 Ametinimetus 1.2 Struktuuriüksus
 *   <title> <unit path>
 *   1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab
 *   <manager> <substituted by …> <substitutes …>
 * flattened to text, so that the columns run into each other in unpredictable ways.
 */
import type { DocumentHeader, Line, ParseWarning } from '../document.js';
import { joinWrapped, rangeOf } from '../lines.js';
import { baseTitle, splitSpecialization } from '../estonian/titles.js';
import { splitUnitPath, isUnitWord } from '../estonian/units.js';
import { isInflectedItem, isNone, splitItems, titleList } from '../estonian/lists.js';
import type { HeaderResult, Layout } from './layout.js';
import { quote } from '../caps.js';
import { startsBody } from '../header/region.js';
import { stripInlineScopes } from '../header/scope.js';
import { CONJUNCTIONS } from '../estonian/lexicon.js';

/** Label rows hold labels only: "1.1 Ametinimetus 1.2 Struktuuriüksus", or each label on its own line.
 * "1.1. Ametinimetus jurist" (a value after the label) is the numbered-rows layout, not this table. */
const TITLE_ROW = /^1\.1\.?\s*Ametinimetus:?(?:\s+1\.2\.?\s*Struktuuriüksus:?)?$/i;
const RELATIONS_ROW = /^1\.3\.?\s*Vahetu juht:?(?:\s+1\.4\.?\s*Kes asendab:?(?:\s+1\.5\.?\s*Keda asendab:?)?)?$/i;
/** A line of the table's other labels, when the export put each label on its own line. */
const LABEL_LINE = /^(?:1\.[2-5]\.?\s*(?:Struktuuriüksus|Kes asendab|Keda asendab):?\s*)+$/i;
const SECTION_HEADING = /^\d{1,2}\.\s*\p{Lu}{3,}/u;

export const tableLayout: Layout = {
  name: 'table',
  // The relations row must follow the title row: the table is read top to bottom.
  detect: (lines) => {
    const titleRow = lines.findIndex((l) => TITLE_ROW.test(l.text));
    return titleRow >= 0 && lines.some((l, i) => i > titleRow && RELATIONS_ROW.test(l.text));
  },
  parseHeader,
};

function parseHeader(lines: Line[]): HeaderResult {
  const warnings: ParseWarning[] = [];
  const titleRow = lines.findIndex((l) => TITLE_ROW.test(l.text));
  const relationsRow = lines.findIndex((l, i) => i > titleRow && RELATIONS_ROW.test(l.text));
  let end = lines.findIndex((l, i) => i > relationsRow && (SECTION_HEADING.test(l.text) || startsBody(l.text)));
  if (end < 0) end = lines.length;

  const labelLines = lines.slice(titleRow, end).filter((l) => LABEL_LINE.test(l.text));
  const isCell = (l: Line) => !LABEL_LINE.test(l.text);
  const titleCell = lines.slice(titleRow + 1, relationsRow).filter((l) => l.text && isCell(l));
  const relationCell = lines.slice(relationsRow + 1, end).filter((l) => l.text && isCell(l));
  const placed = new Set<number>([lines[titleRow].number, lines[relationsRow].number]);
  [...titleCell, ...relationCell, ...labelLines].forEach((l) => placed.add(l.number));

  const { title, unit, none } = splitTitleAndUnit(lines.slice(titleRow + 1, relationsRow).filter(isCell), warnings);
  const relations = splitRelations(relationCell, warnings);
  const header: DocumentHeader = {
    title,
    specialization: splitSpecialization(title).specialization,
    unitPath: unit ? splitUnitPath(unit) : [],
    manager: relations.manager,
    subordinates: [],
    substitutedBy: relations.substitutedBy,
    substitutes: relations.substitutes,
  };
  const sources: HeaderResult['sources'] = {};
  if (titleCell.length) {
    sources.title = rangeOf(titleCell);
    sources.unitPath = rangeOf(titleCell);
  }
  if (relationCell.length) {
    for (const key of ['manager', 'substitutedBy', 'substitutes']) sources[key] = rangeOf(relationCell);
  }
  if (!unit && !none) warnings.push({ line: lines[titleRow].number, message: 'no structural unit (Struktuuriüksus) found beside the title' });
  return { header, sources, warnings, placed, bodyStart: end };
}

/** Words outside brackets, each with whether it is inside one. */
function words(text: string): { word: string; bracketed: boolean }[] {
  let depth = 0;
  return text.split(' ').filter(Boolean).map((word) => {
    const bracketed = depth > 0 || word.startsWith('(');
    depth += (word.match(/\(/g) ?? []).length - (word.match(/\)/g) ?? []).length;
    return { word, bracketed };
  });
}

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);

/**
 * "Teenuse juht Teenusete osakond, erihoolekande …": the unit begins at the last capitalised
 * word (outside brackets) before the first unit noun; titles continue in lower case.
 */
function splitTitleAndUnit(cell: Line[], warnings: ParseWarning[]): { title: string; unit: string | null; none?: boolean } {
  const text = joinWrapped(cell.map((l) => l.text));
  // "Peadirektor -": a dash for the unit places the position at the top of the organisation.
  const dash = /^(.*\S)\s+[-–—]$/.exec(text);
  if (dash && !words(dash[1]).some((w, i) => i > 0 && !w.bracketed && isUnitWord(w.word))) return { title: baseTitle(dash[1]), unit: null, none: true };
  const ws = words(text);
  const firstUnitWord = ws.findIndex((w, i) => i > 0 && !w.bracketed && isUnitWord(w.word));
  let start = -1;
  for (let i = firstUnitWord; i >= 1; i--) {
    if (!ws[i].bracketed && startsUpper(ws[i].word)) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    // No capitalised unit name: fall back to the blank line between the two cells.
    const paragraphs = splitParagraphs(cell);
    if (paragraphs.length >= 2) return { title: baseTitle(paragraphs[0]), unit: paragraphs.slice(1).join(', ') };
    warnings.push({ line: cell[0]?.number ?? 0, message: `could not tell the title from the unit in ${quote(text)}` });
    return { title: baseTitle(text), unit: null };
  }
  return {
    title: baseTitle(ws.slice(0, start).map((w) => w.word).join(' ')),
    unit: ws.slice(start).map((w) => w.word).join(' '),
  };
}

function splitParagraphs(cell: Line[]): string[] {
  const out: string[][] = [[]];
  for (const line of cell) {
    if (!line.text) out.push([]);
    else out[out.length - 1].push(line.text);
  }
  return out.filter((p) => p.length).map(joinWrapped);
}

interface Relations {
  manager: string | null;
  substitutedBy: string[];
  substitutes: string[];
}

/**
 * The three cells run together: "Tiimijuht Koordinaator, tiimijuht Koordinaatorit, tiimijuhti".
 * A new cell starts at a capitalised word (or a dash) that does not follow a comma.
 * When that does not give three cells, case endings decide: "Keda asendab" is partitive.
 */
function splitRelations(cell: Line[], warnings: ParseWarning[]): Relations {
  // A scope after a dash ("Peaekspert – tema puudumise ajal") would start a cell of its own, as a dash for "nobody" does.
  const scoped = stripInlineScopes(joinWrapped(cell.map((l) => l.text)));
  for (const scope of scoped.scopes) warnings.push({ line: cell[0]?.number ?? 0, message: `scope kept out of the substitutes: ${quote(scope)}` });
  const text = scoped.text;
  const cells: string[][] = [];
  let previous = ',';
  for (const { word, bracketed } of words(text)) {
    // "Juhtivspetsialist ja" / "IT-arendaja": after a comma or a conjunction the list goes on in the same cell.
    const startsCell = !bracketed && (startsUpper(word) || isNone(word)) && !previous.endsWith(',') && !CONJUNCTIONS.includes(previous);
    if (startsCell || cells.length === 0) cells.push([]);
    cells[cells.length - 1].push(word);
    previous = word;
  }
  const [managerCell = '', ...rest] = cells.map((c) => c.join(' '));
  const managerItems = isNone(managerCell) ? [] : splitItems(managerCell);
  const manager = managerItems[0] ? baseTitle(managerItems[0]) : null;

  if (rest.length === 2 && managerItems.length <= 1) {
    return { manager, substitutedBy: list(rest[0]), substitutes: list(rest[1]) };
  }
  warnings.push({
    line: cell[0]?.number ?? 0,
    message: `header cells ran together (${quote(text)}); substitutes were told apart by case endings`,
  });
  const items = [...managerItems.slice(1), ...rest.flatMap((c) => (isNone(c) ? [] : splitItems(c)))];
  return {
    manager,
    substitutedBy: items.filter((i) => !isInflectedItem(i)).flatMap(titleList),
    substitutes: items.filter(isInflectedItem).flatMap(titleList),
  };
}

function list(cellText: string): string[] {
  return titleList(cellText);
}
