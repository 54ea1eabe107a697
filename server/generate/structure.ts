/**
 * The shape of a generated organisation: a head with deputies, departments › divisions › teams,
 * each unit with a head, 3–12 direct reports per head, and peers that share a title.
 */
import { titleKey } from '../ingest/estonian/titles.js';
import { isLikelySameUnit } from '../org/unit-merge.js';
import type { GenOrganization, GenPosition, GenRole, GenUnit, GenUnitKind } from './model.js';
import type { Random } from './random.js';
import { planTop, planUnit } from './sizes.js';
import {
  DEPARTMENT_DOMAINS, DIVISION_NAMES, HEAD_TITLES, MAX_DEPUTIES, ORGANIZATION_HEAD, REGIONS, SPECIALISATIONS,
  STAFF_TITLES, TEAM_NAMES, TOP_ADVISER, deputyTitle, type TitleWords,
} from './vocabulary.js';

const CHILD_KIND: Partial<Record<GenUnitKind, GenUnitKind>> = { DEPARTMENT: 'DIVISION', DIVISION: 'TEAM' };

export function buildStructure(random: Random, total: number, name: string): GenOrganization {
  const positions: GenPosition[] = [];
  const units: GenUnit[] = [];
  const keys = new Map<string, string>();

  const add = (title: TitleWords, unit: GenUnit | null, manager: GenPosition | null, role: GenRole): GenPosition => {
    let key = keys.get(title.base);
    if (key === undefined) keys.set(title.base, (key = titleKey(title.base)));
    const position: GenPosition = {
      id: positions.length, title, key, unit, manager, reports: [], role, documented: true, file: null,
      kes: [], keda: [], first: null, load: 0, closed: false, education: 'Kõrgharidus', english: 'B1',
    };
    positions.push(position);
    unit?.positions.push(position);
    manager?.reports.push(position);
    return position;
  };

  const buildUnit = (kind: GenUnitKind, size: number, unitName: string, parent: GenUnit | null, manager: GenPosition) => {
    const unit: GenUnit = { id: units.length, kind, name: unitName, parent, children: [], positions: [] };
    units.push(unit);
    parent?.children.push(unit);
    const head = add(HEAD_TITLES[kind], unit, manager, 'HEAD');
    const plan = planUnit(random, kind, size);
    for (const title of staffTitles(random, plan.staff)) add(title, unit, head, kind === 'TEAM' ? 'MEMBER' : 'STAFF');
    const childKind = CHILD_KIND[kind];
    if (!childKind) return;
    const names = distinctNames(random.shuffle(childKind === 'TEAM' ? TEAM_NAMES : DIVISION_NAMES), plan.children.length);
    plan.children.forEach((childSize, i) => buildUnit(childKind, childSize, names[i], unit, head));
  };

  const plan = planTop(random, total, MAX_DEPUTIES);
  const head = add(ORGANIZATION_HEAD, null, null, 'HEAD');
  const deputies = Array.from({ length: plan.deputies }, (_, i) => add(deputyTitle(i), null, head, 'DEPUTY'));
  const specialisations = random.shuffle(SPECIALISATIONS);
  for (let i = 0; i < plan.advisers; i++) add(plan.advisers === 1 ? TOP_ADVISER : specialised(TOP_ADVISER, specialisations[i]), null, head, 'ADVISER');
  const names = distinctNames(departmentNames(random), plan.departments.length);
  plan.departments.forEach((size, i) => {
    const manager = deputies.length ? deputies[Math.floor((i * deputies.length) / plan.departments.length)] : head;
    buildUnit('DEPARTMENT', size, names[i], null, manager);
  });
  return { name, positions, units, top: positions.filter((p) => p.unit === null) };
}

/**
 * Titles for the staff of one unit. A base title drawn twice is either an exact pair of peers
 * ("Koordinaator", "Koordinaator") or told apart by specialisations; never three exact peers,
 * whose documents could not name each other apart.
 */
function staffTitles(random: Random, count: number): TitleWords[] {
  const drawn = Array.from({ length: count }, () => random.pick(STAFF_TITLES));
  const counts = new Map<TitleWords, number>();
  for (const title of drawn) counts.set(title, (counts.get(title) ?? 0) + 1);
  const queues = new Map<TitleWords, TitleWords[]>();
  for (const [title, n] of counts) {
    if (n === 1) queues.set(title, [random.chance(0.15) ? specialised(title, random.pick(SPECIALISATIONS)) : title]);
    else if (n === 2 && random.chance(0.4)) queues.set(title, [title, title]);
    else queues.set(title, random.shuffle(SPECIALISATIONS).slice(0, n).map((s) => specialised(title, s)));
  }
  return drawn.map((title) => queues.get(title)!.shift()!);
}

function specialised(title: TitleWords, specialisation: string): TitleWords {
  return { base: `${title.base} (${specialisation})`, partitive: `${title.partitive} (${specialisation})` };
}

/** Department names: by domain first, then by region and domain for large organisations. */
function departmentNames(random: Random): string[] {
  const plain = random.shuffle(DEPARTMENT_DOMAINS).map((d) => `${d[0].toLocaleUpperCase('et')}${d.slice(1)} osakond`);
  const regional = random.shuffle(REGIONS.flatMap((r) => DEPARTMENT_DOMAINS.map((d) => `${r} ${d} osakond`)));
  return [...plain, ...regional];
}

/** Whether two names would be merged by the importer as one unit spelt two ways; names repeat, so answers are kept. */
const similar = new Map<string, boolean>();
function likelySame(a: string, b: string): boolean {
  const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = similar.get(pair);
  if (same === undefined) similar.set(pair, (same = isLikelySameUnit(a, b)));
  return same;
}

/** The first `count` names of which no two would be merged by the importer. */
function distinctNames(candidates: string[], count: number): string[] {
  const chosen: string[] = [];
  for (const name of candidates) {
    if (chosen.length === count) break;
    if (!chosen.some((other) => likelySame(name, other))) chosen.push(name);
  }
  if (chosen.length < count) throw new Error(`only ${chosen.length} distinct unit names for ${count} units`);
  return chosen;
}
