/**
 * The row families: a label and its value per row (labelled rows, colon rows, numbered rows and
 * the rows under a title heading), in every arrangement documents print them.
 */
import type { LabelField } from '../../ingest/estonian/lexicon.js';
import type { MeasuredField } from '../../ingest/accuracy.js';
import type { Random } from '../random.js';
import { inflect, type Case } from './inflection.js';
import type { HeaderModel, ReferenceList } from './model.js';
import { type Block, type Numbering, rowNumber } from './layout.js';
import { BULLETS, lowerFirst, wrap } from './text.js';
import { labelsOf, type LabelWording } from './words.js';
import { unitStyles, writeBullets, writeList, writeUnits } from './writing.js';

/** Header rows that fill no measured field, with values they take. */
const OTHER_ROWS: [string, string[]][] = [
  ['Ametisse nimetab', ['peadirektor', 'peadirektori asetäitja']],
  ['Teenistuskoha asukoht', ['Tallinn', 'Tartu linn']],
  ['Töökoha asukoht', ['Pärnu', 'Tallinn']],
];

export const ROW_ARRANGEMENTS = ['same-line', 'next-line', 'labels-then-values', 'two-column'] as const;
export type RowArrangement = (typeof ROW_ARRANGEMENTS)[number];

/** One row before arrangement: its label, its value lines, the fields it states. */
export interface Row {
  label: string;
  value: string[];
  fields: MeasuredField[];
}

const FIELD_OF: Record<LabelField, MeasuredField | null> = {
  title: 'title',
  unit: 'unitPath',
  manager: 'manager',
  subordinates: 'subordinates',
  substitutedBy: 'substitutedBy',
  substitutes: 'substitutes',
  other: null,
};

/** A subject label ("Teenistuja asendab") is printed with nominative values as often as with partitive ones. */
function valueCase(random: Random, wording: LabelWording): Case {
  if (wording.field === 'substitutes' && /^(teenistuja|töötaja|ametnik) asendab$/i.test(wording.text) && random.chance(0.5)) return 'base';
  return wording.valueCase;
}

function listRow(random: Random, wording: LabelWording, list: ReferenceList, bullets: boolean): Row {
  const grammaticalCase = valueCase(random, wording);
  const value = bullets && list.items.length > 1 ? writeBullets(list, grammaticalCase, random.pick(BULLETS)) : [writeList(random, list, grammaticalCase)];
  const field = FIELD_OF[wording.field];
  return { label: wording.text, value, fields: field ? [field] : [] };
}

/** "Alluvad uurijad ja vanemuurijad": kinds of subordinates in the plural, as often as single titles. */
function subordinatesRow(random: Random, wording: LabelWording, list: ReferenceList, bullets: boolean): Row {
  const row = listRow(random, wording, list, bullets);
  if (list.items.length && !bullets && random.chance(0.25)) row.value = [writeList(random, list, 'plural')];
  return row;
}

/** "Alluvus: allub osakonna juhatajale, alluvaid ei ole": the subordination told in one prose value. */
function subordinationRow(random: Random, model: HeaderModel): Row {
  const count = model.subordinates.items.length;
  // The verb agrees with the subordinates: "talle allub referent", "temale alluvad referent ja jurist".
  const below = count ? `${count === 1 ? random.pick(['talle allub', 'temale allub']) : 'temale alluvad'} ${writeList(random, model.subordinates, 'base')}` : 'alluvaid ei ole';
  return { label: 'Alluvus', value: [`allub ${model.manager!.write('allative')}, ${below}`], fields: ['manager', 'subordinates'] };
}

/** "Asendamine: teda asendab X; tema asendab Y-t": both directions in one prose value, told by case. */
function substitutionRow(random: Random, model: HeaderModel): Row {
  const by = `teda asendab ${writeList(random, model.substitutedBy, 'base')}`;
  const them = `tema asendab ${writeList(random, model.substitutes, 'partitive')}`;
  return { label: 'Asendamine', value: [random.chance(0.5) ? `${by}; ${them}` : `${them}; ${by}`], fields: ['substitutedBy', 'substitutes'] };
}

export interface RowOptions {
  /** Rows whose value is prose ("Alluvus:", "Asendamine:"), as municipal templates print them. */
  proseRows?: boolean;
  titleLabel: boolean;
  unitLabel: boolean;
  /** Wordings to use instead of a random one, per field. */
  fixed?: Partial<Record<LabelField, LabelWording>>;
  bullets: boolean;
  /** An alias after the manager: "(edaspidi juhataja)". */
  managerAlias?: string;
  units?: string[];
}

/** The rows of a header, in document order, with the model's values written for each label. */
export function headerRows(random: Random, model: HeaderModel, options: RowOptions): Row[] {
  const wording = (field: LabelField) => options.fixed?.[field] ?? random.pick(labelsOf(field));
  const rows: Row[] = [];
  const units = options.units ?? model.unitPath;
  if (options.unitLabel && units.length) rows.push({ label: wording('unit').text, value: [writeUnits(random, units, random.pick(unitStyles(units)))], fields: ['unitPath'] });
  if (options.titleLabel) {
    const title = random.chance(0.3) ? lowerFirst(model.title) : model.title;
    rows.splice(random.int(0, rows.length), 0, { label: wording('title').text, value: [random.chance(0.1) ? `${title} (edaspidi ametnik)` : title], fields: ['title'] });
  }
  if (random.chance(0.3)) {
    const [other, value] = random.pick(OTHER_ROWS);
    rows.push({ label: other, value: [random.pick(value)], fields: [] });
  }
  if (options.proseRows && model.manager && random.chance(0.15)) rows.push(subordinationRow(random, model));
  else {
    if (model.manager) {
      const w = wording('manager');
      const alias = options.managerAlias ? ` (edaspidi ${options.managerAlias})` : '';
      rows.push({ label: w.text, value: [model.manager.write(w.valueCase) + alias], fields: ['manager'] });
    }
    if (random.chance(0.8) || model.subordinates.items.length) rows.push(subordinatesRow(random, wording('subordinates'), model.subordinates, options.bullets));
  }
  const substitution = [listRow(random, wording('substitutedBy'), model.substitutedBy, options.bullets), listRow(random, wording('substitutes'), model.substitutes, options.bullets)];
  if (options.proseRows && model.substitutedBy.items.length && model.substitutes.items.length && random.chance(0.15)) rows.push(substitutionRow(random, model));
  else rows.push(...(random.chance(0.6) ? substitution : substitution.reverse()));
  if (random.chance(0.08)) for (const row of rows) row.label = row.label.toLocaleUpperCase('et');
  if (random.chance(0.2)) rows.push({ label: random.pick(['Teenistustingimuste erisused', 'Töötingimuste erisused']), value: ['puuduvad'], fields: [] });
  return rows;
}

const fields = (rows: Row[]) => rows.flatMap((row) => row.fields);

/** Rows arranged as printed: each row a block, or a run of labels followed by a run of values. */
export function arrangeRows(random: Random, rows: Row[], arrangement: RowArrangement, numbering: Numbering, colon: boolean, firstNumber = 1): Block[] {
  const label = (row: Row, i: number) => `${rowNumber(numbering, firstNumber + i)}${row.label}${colon ? ':' : ''}`;
  // Between a label and its value on one line: a space, a tab or spaces from a table cell, or a dash.
  const gap = colon ? ' ' : random.chance(0.08) ? random.pick([' – ', ' - ']) : random.pick([' ', ' ', ' ', ' ', '\t', '     ']);
  const sameLine = (text: string, value: string[], width = Infinity) => (value.length > 1 ? [text, ...value] : wrap(`${text}${gap}${value[0]}`, width));
  if (arrangement === 'labels-then-values') {
    const split = random.int(Math.max(0, rows.length - 3), rows.length - 2);
    const head = rows.slice(0, split).map((row, i) => ({ lines: sameLine(label(row, i), row.value), fields: fields([row]) }));
    const tail = rows.slice(split);
    const width = random.int(25, 60);
    const tailLines = [...tail.map((row, i) => label(row, split + i)), ...tail.flatMap((row) => row.value.flatMap((v) => wrap(v, width)))];
    return [...head, { lines: tailLines, fields: fields(tail) }];
  }
  const width = random.chance(0.3) ? random.int(45, 90) : Infinity;
  return rows.map((row, i) => {
    if (arrangement === 'next-line') return { lines: [label(row, i), ...row.value], fields: fields([row]) };
    if (arrangement === 'two-column') return { lines: twoColumns(label(row, i), row.value, random.int(12, 22), random.int(18, 40)), fields: fields([row]) };
    // A long row wraps at the page's width; the continuation starts a line of its own.
    return { lines: sameLine(label(row, i), row.value, width), fields: fields([row]) };
  });
}


/** A two-column table flattened: the label column and the value column wrapped, then read across. */
function twoColumns(label: string, value: string[], labelWidth: number, valueWidth: number): string[] {
  // A row number stays with the label's first word: the cell is at least that wide.
  const words = label.split(' ');
  const lead = /^[\d.]+$/.test(words[0]) ? words.slice(0, 2).join(' ') : words[0];
  const left = wrap(label, Math.max(labelWidth, lead.length));
  const right = value.flatMap((v) => wrap(v, valueWidth));
  const lines: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) lines.push([left[i], right[i]].filter(Boolean).join(' '));
  return lines;
}

/** The genitive of a title for a heading: "JUHTIVSPETSIALISTI AMETIJUHEND". */
export function titleHeading(title: string): string {
  return inflect(title, 'genitive').toLocaleUpperCase('et');
}
