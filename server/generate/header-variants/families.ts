/**
 * The six layout families the reader knows, each rendering a model in its arrangements.
 */
import type { Random } from '../random.js';
import { inflect, unitGenitive } from './inflection.js';
import { type Block, type FamilyRenderer, type Numbering, generalHeading, rowNumber } from './layout.js';
import { backReference, titleReference, type HeaderModel } from './model.js';
import { arrangeRows, headerRows, ROW_ARRANGEMENTS, type RowArrangement, titleHeading } from './rows.js';
import { lowerFirst, upper, upperFirst, wrap } from './text.js';
import { labelsOf, lexiconLabel } from './words.js';
import { unitStyles, writeList, writeUnits } from './writing.js';

const pickNumbering = (random: Random, options: Numbering[]): Numbering => random.pick(options);
const wordsOf = (label: string) => label.replace(/^[\d.]+\s*/, '').split(' ');

/** "1.1 Ametinimetus 1.2 Struktuuriüksus" / values, "1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab" / values. */
const table: FamilyRenderer = {
  family: 'table',
  arrangements: ['merged', 'own-lines', 'wrapped'],
  unstated: ['subordinates'],
  render(random, model, arrangement) {
    const numbering = pickNumbering(random, ['decimal', 'decimal-dot']);
    const n = (i: number) => rowNumber(numbering, i);
    const units = model.unitPath.length ? writeUnits(random, model.unitPath, random.pick(unitStyles(model.unitPath))) : '-';
    // Every cell of the table starts with a capital: what tells the flattened columns apart to a reader.
    const first = { labels: [`${n(1)}Ametinimetus`, `${n(2)}Struktuuriüksus`], values: [model.title, units].map(upperFirst) };
    const manager = model.manager ? model.manager.write('base') : '-';
    const second = {
      labels: [`${n(3)}Vahetu juht`, `${n(4)}Kes asendab`, `${n(5)}Keda asendab`],
      values: [manager, writeList(random, model.substitutedBy, 'base'), writeList(random, model.substitutes, 'partitive')].map(upperFirst),
    };
    const blank = () => (random.chance(0.5) ? [''] : []);
    const width = random.int(22, 45);
    const pair = (p: { labels: string[]; values: string[] }): string[] => {
      if (arrangement === 'own-lines') return [...p.labels, ...p.values];
      if (arrangement === 'wrapped') return [p.labels.join(' '), ...blank(), ...p.values.flatMap((v) => [...wrap(v, width), ...blank()])];
      return [p.labels.join(' '), ...blank(), p.values.join(' ')];
    };
    const blocks: Block[] = [
      { lines: [...pair(first), ...blank()], fields: ['title', 'unitPath'] },
      { lines: pair(second), fields: ['manager', 'substitutedBy', 'substitutes'] },
    ];
    return { above: ['AMETIJUHEND', '', generalHeading(random, 'decimal'), ''], blocks, numbering: 'decimal', nextLabelWords: ['Vahetu'] };
  },
};

function rowsFamily(family: 'labelled-rows' | 'colon-rows', colon: boolean): FamilyRenderer {
  return {
    family,
    arrangements: ROW_ARRANGEMENTS,
    render(random, model, arrangement) {
      const numbering = pickNumbering(random, colon ? ['decimal-dot', 'none', 'decimal'] : ['none', 'none', 'decimal-dot']);
      const rows = headerRows(random, model, { titleLabel: true, unitLabel: true, proseRows: colon, bullets: arrangement === 'next-line' && random.chance(0.4) });
      const blocks = arrangeRows(random, rows, arrangement as RowArrangement, numbering, colon);
      const sectionNumbering = numbering === 'none' ? pickNumbering(random, ['decimal', 'roman', 'none']) : 'decimal';
      const above = [...(random.chance(0.5) ? [upper(model.organization)] : []), 'AMETIJUHEND', generalHeading(random, sectionNumbering)];
      return { above, blocks, numbering: sectionNumbering, nextLabelWords: wordsOf(random.pick(labelsOf('substitutedBy')).text) };
    },
  };
}

/** The unit chain as an upper-case genitive heading: "VEETEEDE TEENISTUSE" / "SADAMATE OSAKONNA". */
const genitiveHeading = (units: string[]) => units.map((unit) => upper(unitGenitive(unit)));

/** "1.1. Struktuuriüksuse nimetus sadamate osakond" … under a heading naming the parent units and the title. */
const numbered: FamilyRenderer = {
  family: 'numbered-rows',
  arrangements: ['same-line', 'labels-then-values'],
  render(random, model, arrangement) {
    const numbering = pickNumbering(random, ['decimal-dot', 'decimal']);
    const path = model.unitPath;
    const inHeading = path.length > 1 ? path.slice(0, -1) : random.chance(0.3) ? path : [];
    const alias = model.manager && random.chance(0.5) ? lowerFirst(model.manager.expected.replace(/\s+\p{L}+\s+alal$/u, '')).split(' ').pop() : undefined;
    // After "(edaspidi juhataja)" the lists name the manager by the alias, and a reader answers the alias.
    if (alias && model.manager) {
      const named = model.manager.expected;
      // "tema" in "või tema määratud teenistuja" then points back to the alias.
      for (const list of [model.substitutedBy, model.substitutes]) {
        list.items = list.items.map((item, i, items) => {
          if (item.expected === named) return titleReference(alias, false);
          return item.before && items[i - 1]?.expected === named ? backReference(alias) : item;
        });
      }
    }
    const rowUnits = path.slice(inHeading.length ? Math.min(inHeading.length, path.length - 1) : 0);
    // A row may misspell a unit the heading spells right ("koolitus osakond" under "KOOLITUSE OSAKONNA"): the heading's form is the unit.
    const sameUnit = inHeading.length === 1 && path.length === 1;
    const units = sameUnit && /^\p{L}+use /u.test(path[0]) && random.chance(0.5) ? [path[0].replace(/^(\p{L}+)use /u, '$1us ')] : rowUnits;
    const rows = headerRows(random, model, {
      titleLabel: true,
      unitLabel: true,
      bullets: false,
      units,
      managerAlias: alias,
      fixed: random.chance(0.5)
        ? {
            unit: lexiconLabel('Struktuuriüksuse nimetus'),
            title: lexiconLabel('Teenistuskoha nimetus'),
            manager: lexiconLabel('Allub'),
            substitutedBy: lexiconLabel('Asendaja'),
            substitutes: lexiconLabel('Asendab'),
          }
        : undefined,
    });
    for (const row of rows) if (row.fields.includes('title') || row.fields.includes('unitPath')) row.value = row.value.map((v) => (random.chance(0.7) ? lowerFirst(v) : v));
    const blocks = arrangeRows(random, rows, arrangement as RowArrangement, numbering, false);
    const heading = [upper(model.organization), ...genitiveHeading(inHeading), ...(random.chance(0.5) ? [titleHeading(model.title)] : []), 'AMETIJUHEND'];
    return { above: [...heading, generalHeading(random, 'decimal')], blocks, numbering: 'decimal', nextLabelWords: ['1.7.', 'Asendab'] };
  },
};

/** "VANEMINSPEKTOR" / "(kosmeetikatooted)": a heading prints the specialisation on a line of its own, as written. */
function titleLines(random: Random, title: string): string[] {
  const match = /^(.*?)\s*(\([^()]*\))$/.exec(title);
  if (!match || random.chance(0.5)) return [upper(title)];
  return [upper(match[1]), match[2]];
}

/** The title only in a heading ("AUTOJUHI AMETIJUHEND", or "OSAKOND / BÜROO / TITLE" lines); rows below. */
const heading: FamilyRenderer = {
  family: 'heading-rows',
  arrangements: ['genitive-title', 'nominative-lines'],
  render(random, model, arrangement) {
    const ordinals = model.substitutedBy.items.length === 2 && random.chance(0.5);
    // "OSAKONNA JURISTI AMETIJUHEND": the department only in the heading, the row naming the unit below it.
    const parentInHeading = arrangement === 'genitive-title' && model.unitPath.length > 1 && random.chance(0.3);
    const units = parentInHeading ? model.unitPath.slice(1) : model.unitPath;
    const rows = headerRows(random, model, { titleLabel: false, unitLabel: true, bullets: false, units });
    if (ordinals && rows.some((row) => row.fields.length === 1 && row.fields[0] === 'substitutedBy')) {
      const index = rows.findIndex((row) => row.fields.length === 1 && row.fields[0] === 'substitutedBy');
      const [a, b] = model.substitutedBy.items;
      rows.splice(index, 1, { label: lexiconLabel('Esimene asendaja').text, value: [a.write('base')], fields: ['substitutedBy'] }, { label: lexiconLabel('Teine asendaja').text, value: [b.write('base')], fields: ['substitutedBy'] });
    }
    const numbering = pickNumbering(random, ['none', 'none', 'roman', 'decimal']);
    const blocks = arrangeRows(random, rows, random.pick(['same-line', 'same-line', 'two-column'] as const), 'none', false);
    const above =
      arrangement === 'genitive-title'
        ? [...(random.chance(0.5) ? ['1', `${model.organization} peadirektori käskkirja lisa 2`] : []), `${parentInHeading ? `${upper(unitGenitive(model.unitPath[0]))} ` : ''}${titleHeading(model.title)} AMETIJUHEND`]
        : ['AMETIJUHEND', ...model.unitPath.map(upper), ...titleLines(random, model.title)];
    return { above: [...above, generalHeading(random, numbering)], blocks, numbering, nextLabelWords: ['Keda'] };
  },
};

/** Relations as numbered sentences under "<TITLE> AMETIJUHEND"; only case endings carry direction. */
const sentences: FamilyRenderer = {
  family: 'sentences',
  arrangements: ['title-subject', 'generic-subject', 'subject-once'],
  render(random, model, arrangement) {
    const title = model.title.replace(/\s*\([^()]*\)$/, '');
    // Narrative documents space the hyphen of a compound title: "Sekretär - asjaajaja" is "Sekretär-asjaajaja".
    const written = /\p{Ll}-\p{Ll}/u.test(title) && !title.startsWith('IT-') && random.chance(0.5) ? title.replace('-', ' - ') : title;
    const subject = arrangement === 'generic-subject' ? random.pick(['Ametnik', 'Teenistuja', 'Töötaja']) : written;
    const s = (c: 'base' | 'partitive' | 'allative' | 'genitive') => inflect(subject, c).replace(/^./, (ch) => ch.toLocaleUpperCase('et'));
    // After the first sentence a narrative may leave the subject out: "Allub …", "Teda asendab …", "Asendab …".
    const once = arrangement === 'subject-once';
    const numbering = pickNumbering(random, ['decimal-dot', 'decimal']);
    const lines: { line: string; field: Block['fields'][number] | null }[] = [];
    if (model.unitPath.length === 1) lines.push({ line: `${s('base')} on ${unitGenitive(model.unitPath[0])} koosseisus olev ametnik.`, field: 'unitPath' });
    lines.push({ line: `${s('base')} nimetatakse ametisse vallavanema käskkirjaga.`, field: null });
    const adverb = () => random.pick(['', 'vahetult '])
    if (model.manager) lines.push({ line: `${once ? 'Allub' : `${s('base')} allub`} ${adverb()}${model.manager.write('allative')}.`, field: 'manager' });
    const subs = model.subordinates;
    const listed = subs.items.length ? `${once ? 'Talle' : s('allative')} alluvad ${writeList(random, subs, 'plural')}.` : once ? 'Alluvaid ei ole.' : `${s('genitive')}l alluvaid ei ole.`;
    lines.push({ line: listed, field: 'subordinates' });
    const absence = () => random.pick(['', 'tema äraolekul '])
    if (model.substitutedBy.items.length) lines.push({ line: `${once ? 'Teda' : s('partitive')} asendab ${absence()}${writeList(random, model.substitutedBy, 'base')}.`, field: 'substitutedBy' });
    if (model.substitutes.items.length) lines.push({ line: `${once ? 'Asendab' : `${s('base')} asendab`} ${writeList(random, model.substitutes, 'partitive')}.`, field: 'substitutes' });
    const blocks = lines.map(({ line, field }, i) => ({ lines: [`${rowNumber(numbering, i + 1)}${line}`], fields: field ? [field] : [] }));
    return { above: [`${upper(model.organization)}`, `${titleHeading(written)} AMETIJUHEND`, generalHeading(random, 'decimal')], blocks, numbering: 'decimal', nextLabelWords: [] };
  },
};

export const FAMILY_RENDERERS: readonly FamilyRenderer[] = [table, rowsFamily('labelled-rows', false), numbered, heading, rowsFamily('colon-rows', true), sentences];
