/**
 * Rendered header variants: a seeded, pure renderer that writes the header of a job description
 * in every layout family and arrangement the reader knows, with the variation real documents
 * show, together with the answer a careful human reader would give (labels.json's shape).
 */
import type { LabelledPosition, MeasuredField } from '../../ingest/accuracy.js';
import { seededRandom, type Random } from '../random.js';
import { FAMILY_RENDERERS } from './families.js';
import { type Block, type Family, type Numbering, FAMILIES } from './layout.js';
import { randomModel, type HeaderModel } from './model.js';
import { sprinkleNbsp } from './text.js';
import { BODY_SECTIONS, ORGANIZATION_GENITIVES, ORGANIZATIONS } from './words.js';

export { FAMILIES, type Family };

/** The answer a reader should give, in the shape of hand labels (labels.json). */
export interface ExpectedHeader extends LabelledPosition {
  /** The text ends inside the header. */
  truncated?: true;
}

export interface HeaderVariant {
  /** Reproduces the variant: renderHeaderVariant(seed) gives the same text. */
  seed: number;
  family: Family;
  arrangement: string;
  text: string;
  expected: ExpectedHeader;
}

/** The seed of the index-th variant of a run, so one miss of a run can be rendered alone. */
export function variantSeed(runSeed: number, index: number): number {
  return runSeed * 1_000_003 + index;
}

function expectedOf(model: HeaderModel): ExpectedHeader {
  return {
    title: model.title,
    unitPath: model.unitPath,
    manager: model.manager?.expected ?? null,
    subordinates: model.subordinates.items.map((r) => r.expected),
    substitutedBy: model.substitutedBy.items.map((r) => r.expected),
    substitutes: model.substitutes.items.map((r) => r.expected),
  };
}

/** The body straight after the header, numbered as the header is ("2. AMETIKOHA EESMÄRK", "II …"). */
function body(random: Random, numbering: Numbering): string[] {
  const [heading, sentence, next] = random.pick(BODY_SECTIONS);
  const number = (n: number) => (numbering === 'roman' ? `${'I'.repeat(n)} ` : numbering === 'none' ? '' : random.pick([`${n}. `, `${n} `]));
  const item = numbering === 'none' || numbering === 'roman' ? '' : '3.1. ';
  return [`${number(2)}${heading}`, sentence, `${number(3)}${next}`, `${item}Menetleb taotlusi ja koostab otsuste eelnõud.`];
}

/** What stands above a header in exported documents: a page number, the approving directive. */
function preamble(random: Random, organization: string): string[] {
  const lines: string[] = [];
  // A public register's export starts with its metadata table.
  if (random.chance(0.1)) {
    lines.push(`| Dokumendiregister | ${organization} |`, `| Viit | 1-${random.int(1, 9)}/${random.int(10, 99)} |`, '| Liik | Ametijuhend |', '| Originaal | Ava uues aknas |');
  }
  if (random.chance(0.15)) lines.push(random.pick(['1 (3)', '1', 'Lk 1 / 2']));
  if (random.chance(0.35)) {
    const date = `${random.int(10, 28)}.0${random.int(1, 9)}.202${random.int(3, 5)}`;
    lines.push('KINNITATUD', `${ORGANIZATION_GENITIVES[organization]} peadirektori ${date}`, `käskkirjaga nr 1-${random.int(1, 3)}/${random.int(10, 199)}`);
    if (random.chance(0.5)) lines.push('');
  }
  return lines;
}

/** A cut inside the header: the blocks before it stay, maybe with the first word of the next label. */
function cut(random: Random, blocks: Block[], nextLabelWords: string[]): { kept: Block[]; dropped: Block[]; tail: string[] } {
  const at = random.int(1, blocks.length - 1);
  const tail = nextLabelWords.length > 1 && random.chance(0.5) ? [nextLabelWords[0]] : [];
  return { kept: blocks.slice(0, at), dropped: blocks.slice(at), tail };
}

/** One rendered header from a seed, or from a seeded random (which draws the variant's own seed, so it can be rendered again). */
export function renderHeaderVariant(seedOrRandom: number | Random): HeaderVariant {
  const seed = typeof seedOrRandom === 'number' ? seedOrRandom : seedOrRandom.int(0, 2 ** 31);
  const random = seededRandom(seed);
  const renderer = random.pick(FAMILY_RENDERERS);
  const arrangement = random.pick(renderer.arrangements);
  // A table keeps list items lower-case: a capital is what starts the next column when cells are flattened.
  const capitalised = random.chance(0.3) && renderer.family !== 'table';
  const model = randomModel(random, { capitalised }, random.pick(ORGANIZATIONS));
  // A sentence names its subject without the bracketed specialisation, and only a single unit.
  if (renderer.family === 'sentences') {
    model.title = model.title.replace(/\s*\([^()]*\)$/, '');
    if (model.unitPath.length > 1) model.unitPath = [];
  }
  for (const field of renderer.unstated ?? []) model[field] = { items: [] };
  // A family may rename references as its documents do (an alias after "edaspidi"): the answer is read after.
  const layout = renderer.render(random, model, arrangement);
  const expected = expectedOf(model);
  let blocks = layout.blocks;
  let tail = body(random, layout.numbering);
  if (blocks.length > 1 && random.chance(0.06)) {
    const truncation = cut(random, blocks, layout.nextLabelWords);
    blocks = truncation.kept;
    tail = truncation.tail;
    const stated = new Set(blocks.flatMap((b) => b.fields));
    const uncounted = [...new Set(truncation.dropped.flatMap((b) => b.fields))].filter((f) => !stated.has(f));
    Object.assign(expected, { truncated: true as const }, uncounted.length ? { uncounted } : {});
  }
  const nbsp = random.chance(0.15) ? 0.25 : 0;
  const trailing = random.chance(0.2) ? ' ' : '';
  const lines = [...preamble(random, model.organization), ...layout.above, ...blocks.flatMap((b) => b.lines), ...tail].map((line) => sprinkleNbsp(random, line, nbsp) + (line ? trailing : ''));
  const text = lines.join(random.chance(0.1) ? '\r\n' : '\n') + '\n';
  return { seed, family: renderer.family, arrangement, text, expected };
}
