/**
 * A position's job description in the seed layout (the table layout of the bundled samples):
 * approval, the header table flattened to text, then purpose, duties with expected results,
 * rights, responsibilities, requirements, review and signatures.
 */
import { ancestorOf, lowerFirst, unitGenitive } from './ends.js';
import type { GenEnd, GenPosition, GenUnit } from './model.js';
import {
  AMENDMENT, HEAD_DUTIES, HEAD_EXPERIENCE, HEAD_PURPOSE, LAST_DUTY, ORGANIZATION_PURPOSES, RESPONSIBILITIES, RIGHTS,
  STAFF_DUTIES, STAFF_EXPERIENCE, STAFF_PURPOSES, type DutyText,
} from './phrases.js';
import type { Random } from './random.js';
import { REGIONS } from './vocabulary.js';

/** Header cells longer than this wrap onto further lines, as exported tables do. */
const LINE_WIDTH = 80;

export interface RenderContext {
  random: Random;
  /** The organisation in genitive, as the approval line names it: "Näidisameti". */
  organizationGenitive: string;
  /** The file number of the head of the organisation, who signs for the employer. */
  employerSigner: number;
}

export function renderDocument(position: GenPosition, fileNumber: number, context: RenderContext): string {
  const { random } = context;
  const head = position.role === 'HEAD' || position.role === 'DEPUTY';
  const title = `${position.title.base} ${unitCell(position.unit, random)}`;
  const relations = `${position.manager?.title.base ?? '-'} ${substitutedByCell(position.kes)} ${substitutesCell(position.keda)}`;
  // The body is a few shared blocks: concatenation keeps them shared, which keeps large organisations cheap.
  return (
    `KINNITATUD\n${context.organizationGenitive} peadirektori ${date(random)}\nkäskkirjaga nr 1-1/${random.int(1, 250)}\n\n` +
    `AMETIJUHEND\n\n1. ÜLDOSA\n\n1.1 Ametinimetus 1.2 Struktuuriüksus\n\n${wrap(title)}\n\n` +
    `1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab\n\n${wrap(relations)}\n\n` +
    `2. AMETIKOHA EESMÄRK\n\n${purpose(position, context)}\n\n` +
    random.pick(head ? BLOCKS.headDuties : BLOCKS.staffDuties) +
    random.pick(BLOCKS.rights) +
    random.pick(BLOCKS.responsibilities) +
    requirements(position, random.pick(head ? HEAD_EXPERIENCE : STAFF_EXPERIENCE)) +
    `7. AMETIJUHENDI MUUTMINE\n\n${AMENDMENT}\n\n` +
    `Poolte allkirjad:\n\nTööandja: Töötaja:\n\n(allkirjastatud digitaalselt)\nTeenistuja ${context.employerSigner}\npeadirektor\n\n` +
    `(allkirjastatud digitaalselt)\nTeenistuja ${fileNumber}\n`
  );
}

/** Every variant of the blocks documents share, written once. */
const BLOCKS = {
  staffDuties: dutyBlocks(STAFF_DUTIES),
  headDuties: dutyBlocks(HEAD_DUTIES),
  rights: listBlocks('4. ÕIGUSED', RIGHTS),
  responsibilities: listBlocks('5. VASTUTUS', RESPONSIBILITIES),
};

/** Two to four duties in a run through the list from each starting point, then the usual last one. */
function dutyBlocks(pool: readonly DutyText[]): string[] {
  const blocks: string[] = [];
  for (let start = 0; start < pool.length; start++) {
    for (let count = 2; count <= 4; count++) {
      const duties = [...Array.from({ length: count }, (_, i) => pool[(start + i * 5) % pool.length]), LAST_DUTY];
      const rows = duties.map((d, i) => `3.${i + 1} ${d.text}\n\n${d.results.map((r) => `▪ ${r}\n`).join('')}\n`);
      blocks.push(`3. TEENISTUSÜLESANDED\n\nPõhiülesanded Oodatavad tulemused\n\n${rows.join('')}`);
    }
  }
  return blocks;
}

/** Two or three items of a list, in list order, leaving out one. */
function listBlocks(heading: string, pool: readonly string[]): string[] {
  const blocks: string[] = [];
  for (let skip = 0; skip < pool.length; skip++) {
    for (let count = 2; count <= 3; count++) {
      const items = pool.filter((_, i) => i !== skip).slice(0, count);
      blocks.push(`${heading}\n\n${items.map((item) => `▪ ${item}\n`).join('')}\n`);
    }
  }
  return blocks;
}

function requirements(position: GenPosition, experience: string): string {
  return (
    `6. AMETIKOHALE ESITATAVAD NÕUDED\n\nHaridus\n\n${position.education}\n\nTöökogemus\n\n${experience}\n\n` +
    `Keeleoskus\n\nEesti keele oskus vähemalt tasemel C1. Inglise keele oskus vähemalt tasemel ${position.english}.\n\n`
  );
}

/**
 * The Struktuuriüksus cell, written in one of the ways the samples do: "Osakond, talitus, tiim",
 * "Osakond, talitus (tiim)" or "Osakonna talitus, tiim". A dash: the position sits at the top.
 */
function unitCell(unit: GenUnit | null, random: Random): string {
  if (!unit) return '-';
  const department = ancestorOf(unit, 'DEPARTMENT')!;
  const division = ancestorOf(unit, 'DIVISION');
  const team = unit.kind === 'TEAM' ? unit : null;
  if (!division) return department.name;
  const style = random.int(0, 2);
  const top = style === 2 ? `${unitGenitive(department)} ${lowerFirst(division.name)}` : `${department.name}, ${lowerFirst(division.name)}`;
  if (!team) return top;
  return style === 1 ? `${top} (${lowerFirst(team.name)})` : `${top}, ${lowerFirst(team.name)}`;
}

/** Kes asendab, in nominative; "-" when it names no one. */
function substitutedByCell(ends: GenEnd[]): string {
  return list(ends.map((end) => (end.kind === 'POSITION' ? end.position.title.base : end.kind === 'SCHEME' ? 'vastavalt asendusskeemile' : end.written)));
}

/** Keda asendab, in partitive as the samples write it. */
function substitutesCell(positions: GenPosition[]): string {
  return list(positions.map((p) => p.title.partitive));
}

/** A list cell: the first item capitalised (it starts the cell), the rest in lower case after commas. */
function list(items: string[]): string {
  if (items.length === 0) return '-';
  return items.map((item, i) => (i === 0 ? item[0].toLocaleUpperCase('et') + item.slice(1) : lowerFirst(item))).join(', ');
}

function purpose(position: GenPosition, context: RenderContext): string {
  const { random } = context;
  if (!position.unit) return ORGANIZATION_PURPOSES[position.role === 'DEPUTY' ? 'DEPUTY' : position.role === 'ADVISER' ? 'ADVISER' : 'HEAD'].replace('{organization}', context.organizationGenitive);
  const template = position.role === 'HEAD' ? HEAD_PURPOSE : random.pick(STAFF_PURPOSES);
  const unit = unitGenitive(position.unit);
  // Mid-sentence a unit name is in lower case, unless it starts with a region's name.
  const regional = REGIONS.some((region) => unit.startsWith(`${region} `));
  return template.replace('{unit}', template.startsWith('{unit}') || regional ? unit : lowerFirst(unit));
}

function date(random: Random): string {
  return `${String(random.int(1, 28)).padStart(2, '0')}.${String(random.int(1, 12)).padStart(2, '0')}.${random.int(2021, 2025)}`;
}

/** Breaks a long cell at spaces (never after a dash, which the parser would join to the next word). */
function wrap(text: string): string {
  if (text.length <= LINE_WIDTH) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > LINE_WIDTH && !line.endsWith('-')) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}
