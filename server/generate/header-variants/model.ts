/**
 * What a rendered header states, before it is written: the position's title and unit path and
 * its references, each able to write itself in any case. The expected answer is read from this
 * model, never from the rendered text.
 */
import type { Random } from '../random.js';
import { inflect, unitGenitive, type Case } from './inflection.js';
import { lowerFirst, upperFirst } from './text.js';
import { DEPARTMENTS, DIVISIONS, HEAD_NOUNS, NO_ONE_SUBSTITUTED, NO_SUBORDINATES, NO_SUBSTITUTE, ORGANIZATION_STAFF, SCOPES, UNDASHED_SCOPE, SERVICES, SPECIALISATIONS, TEAMS, TITLES, TOP_MANAGERS } from './words.js';

/** One reference in a list: what a reader must answer, and how the document writes it. */
export interface Reference {
  /** Base nominative form, as labels.json holds it. */
  expected: string;
  write(grammaticalCase: Case): string;
  /** The separator the document must print before this item ("või" before "tema määratud teenistuja"). */
  before?: string;
}

/** A list field: references, or a written "nobody" (empty expected list). */
export interface ReferenceList {
  items: Reference[];
  /** "puuduvad", "-", "vastavalt asendusskeemile": printed instead of items. */
  none?: string;
}

export interface HeaderModel {
  title: string;
  /** Top unit first, the organisation left out. */
  unitPath: string[];
  manager: Reference | null;
  subordinates: ReferenceList;
  substitutedBy: ReferenceList;
  substitutes: ReferenceList;
  organization: string;
}


/** A title written in running text: lower-case first letter unless the document capitalises. */
export function titleReference(title: string, capitalised: boolean): Reference {
  return {
    expected: upperFirst(title),
    write: (c) => {
      const form = inflect(title, c);
      return capitalised ? upperFirst(form) : lowerFirst(form);
    },
  };
}

/** "osakonna teenistujad": a group keeps its plural (nominative "-d", partitive "-id"). */
function groupReference(unitGen: string, staff: 'teenistuja' | 'töötaja'): Reference {
  return {
    expected: upperFirst(`${unitGen} ${staff}d`),
    write: (c) => `${unitGen} ${staff}${c === 'partitive' ? 'id' : c === 'allative' ? 'tele' : 'd'}`,
  };
}

/** "talituse juhataja poolt määratud teenistuja": one placeholder, inflected on its last word. */
function placeholderReference(designator: string, noun: 'teenistuja' | 'ametnik', poolt: boolean): Reference {
  const text = `${lowerFirst(inflect(designator, 'genitive'))}${poolt ? ' poolt' : ''} määratud ${noun}`;
  return { expected: upperFirst(text), write: (c) => inflect(text, c) };
}

/**
 * "osakonna juhataja või tema määratud teenistuja": "tema" points back to the alternative before
 * it, so the second is the placeholder "Osakonna juhataja määratud teenistuja".
 */
function pronounPlaceholder(designator: string, capitalised: boolean): Reference[] {
  return [titleReference(designator, capitalised), backReference(designator)];
}

/** "või tema määratud teenistuja" after the designator it points back to. */
export function backReference(designator: string): Reference {
  const noun = 'teenistuja';
  return { expected: upperFirst(`${lowerFirst(inflect(designator, 'genitive'))} määratud ${noun}`), write: (c) => `tema määratud ${inflect(noun, c)}`, before: ' või ' };
}

/** A reference followed by a scope after a dash ("Nõunik – igapäevastes küsimustes"): the scope is not the title. */
export function scoped(reference: Reference, scope: string, dash: string): Reference {
  return { expected: reference.expected, write: (c) => `${reference.write(c)} ${dash} ${scope}` };
}

function specialised(random: Random, title: string): string {
  return random.chance(0.25) ? `${title} (${random.pick(SPECIALISATIONS)})` : title;
}

function unitNoun(unit: string): string {
  const lower = unit.toLocaleLowerCase('et');
  return Object.keys(HEAD_NOUNS).find((n) => lower.endsWith(n)) ?? 'osakond';
}

/** The head of a unit: generic ("Talituse juhataja") or naming it ("Hüvitiste talituse juhataja"). */
export function unitHead(random: Random, unit: string): string {
  const noun = unitNoun(unit);
  const head = random.pick(HEAD_NOUNS[noun]);
  const owner = random.chance(0.5) ? unitGenitive(unit) : unitGenitive(noun);
  if ((noun === 'tiim' || noun === 'grupp') && random.chance(0.5)) return noun === 'tiim' ? 'Tiimijuht' : 'Grupijuht';
  return upperFirst(`${owner} ${head}`);
}

function unitPath(random: Random): string[] {
  const shape = random.int(0, 9);
  if (shape === 0) return [];
  if (shape <= 2) return [random.pick(DEPARTMENTS)];
  if (shape <= 5) return [random.pick(DEPARTMENTS), random.pick(DIVISIONS)];
  if (shape <= 7) return [random.pick(SERVICES), random.pick(DEPARTMENTS)];
  return [random.pick(DEPARTMENTS), random.pick(DIVISIONS), random.pick(TEAMS)];
}

/** Titles of colleagues, distinct from each other and from the position's own title. */
function colleagues(random: Random, own: string, count: number): string[] {
  return random
    .shuffle(TITLES.filter((t) => t !== own))
    .slice(0, count)
    .map((t) => specialised(random, t));
}

function list(random: Random, references: Reference[], noneWords: readonly string[], emptyChance: number): ReferenceList {
  if (random.chance(emptyChance)) return { items: [], none: random.pick(noneWords) };
  return { items: references };
}

export interface ModelOptions {
  capitalised: boolean;
}

/** A random position with every list field filled by titles, groups, placeholders or "nobody". */
export function randomModel(random: Random, options: ModelOptions, organization: string): HeaderModel {
  const path = unitPath(random);
  const title = specialised(random, random.pick(TITLES));
  const lowest = path[path.length - 1];
  const managerTitle = lowest && random.chance(0.85) ? unitHead(random, lowest) : random.pick(TOP_MANAGERS);
  const manager = random.chance(0.95) ? titleReference(managerTitle, options.capitalised) : null;
  const ref = (t: string) => titleReference(t, options.capitalised);
  const unitGen = lowest ? unitGenitive(unitNoun(lowest)) : 'ameti';

  const substituteRefs = (): Reference[] => {
    const refs = colleagues(random, title, random.int(1, 2)).map(ref);
    if (manager && random.chance(0.4)) refs.splice(random.int(0, refs.length), 0, ref(managerTitle));
    // The staff of the unit, or of the whole organisation ("ameti teenistujad"), maybe with a scope without a dash.
    if (random.chance(0.12)) {
      const group = groupReference(random.chance(0.8) ? unitGen : random.pick(ORGANIZATION_STAFF), random.pick(['teenistuja', 'töötaja'] as const));
      refs.push(random.chance(0.2) ? { ...group, write: (c) => `${group.write(c)} ${UNDASHED_SCOPE}` } : group);
    }
    if (random.chance(0.1)) refs.push(placeholderReference(managerTitle, random.pick(['teenistuja', 'ametnik'] as const), random.chance(0.5)));
    if (random.chance(0.1)) refs[0] = scoped(refs[0], random.pick(SCOPES), random.pick(['–', '-', '—']));
    if (random.chance(0.05)) {
      // The pair names the manager and its placeholder, so the list holds each once.
      const pair = pronounPlaceholder(managerTitle, options.capitalised);
      const others = refs.filter((r) => !pair.some((p) => p.expected === r.expected));
      refs.splice(0, refs.length, ...others, ...pair);
    }
    return refs;
  };
  const subordinates =
    random.chance(0.55)
      ? { items: [], none: random.pick(NO_SUBORDINATES) }
      : { items: random.chance(0.15) ? [groupReference(unitGen, 'teenistuja')] : colleagues(random, title, random.int(1, 3)).map(ref) };
  return {
    title,
    unitPath: path,
    manager,
    subordinates,
    substitutedBy: list(random, substituteRefs(), NO_SUBSTITUTE, 0.06),
    substitutes: list(random, substituteRefs(), NO_ONE_SUBSTITUTED, 0.1),
    organization,
  };
}
