/**
 * A deterministic synthetic organisation as job descriptions in the seed layout, for benchmarks
 * and tests: `generateOrganization({ positions: 1000, seed: 1 })`. Pure: no I/O. The same seed
 * gives the same bytes; the documents import cleanly into exactly `positions` positions.
 */
import { addBackgroundLines } from './background.js';
import type { GenEnd, GenOrganization, GenPosition, GenUnit } from './model.js';
import { planGaps, plantGaps, type PlantedKind } from './plant.js';
import { seededRandom } from './random.js';
import { TitleIndex } from './references.js';
import { renderDocument } from './render.js';
import { countStats, type GenerationStats } from './stats.js';
import { buildStructure } from './structure.js';
import { leaveHeadsUndocumented } from './undocumented.js';

export type { GenerationStats } from './stats.js';
export type { PlantedKind } from './plant.js';
export { PLANTED_KINDS } from './plant.js';

export const DEFAULT_ORGANIZATION = 'Näidisamet';
/** Department names run out beyond this (about 420 departments of 1,200 positions). */
export const MAX_POSITIONS = 500_000;

export interface GenerateOptions {
  /** Positions in the imported graph, documented and undocumented: a positive integer. */
  positions: number;
  /** Any safe integer. */
  seed: number;
  /** The organisation's name (default "Näidisamet"). */
  organization?: string;
}

/** The header as the parser should read it back: every title in base form. */
export interface GeneratedHeader {
  title: string;
  unitPath: string[];
  manager: string | null;
  substitutedBy: string[];
  substitutes: string[];
}

export interface GeneratedOrganization {
  /** One job description per documented position, in document order: "0042-koordinaator.txt" (wider numbers beyond 9,999). */
  files: { name: string; content: string }[];
  /** What each file's header says, in the same order as `files` (read-only: positions of a unit share its path). */
  headers: GeneratedHeader[];
  /** The document of each position on which a gap of `kind` was planted. */
  planted: { kind: PlantedKind; file: string }[];
  stats: GenerationStats;
}

export function generateOrganization(options: GenerateOptions): GeneratedOrganization {
  const { positions, seed } = options;
  if (!Number.isInteger(positions) || positions < 1 || positions > MAX_POSITIONS) {
    throw new RangeError(`positions must be an integer from 1 to ${MAX_POSITIONS.toLocaleString('en')}, not ${positions}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  const random = seededRandom(seed);
  const organization = buildStructure(random, positions, options.organization?.trim() || DEFAULT_ORGANIZATION);
  leaveHeadsUndocumented(organization, random);
  const plan = planGaps(organization, random);
  const index = new TitleIndex(organization);
  const planted = plantGaps(organization, plan, index, random);
  addBackgroundLines(organization, index, random);
  assertNamed(organization);

  const documented = organization.positions.filter((p) => p.documented);
  const width = Math.max(4, String(documented.length).length);
  const slugs = new Map<string, string>();
  for (const [i, p] of documented.entries()) {
    let name = slugs.get(p.title.base);
    if (name === undefined) slugs.set(p.title.base, (name = slug(p.title.base)));
    p.file = `${String(i + 1).padStart(width, '0')}-${name}.txt`;
  }
  const paths = unitPaths(organization);
  const context = { random, organizationGenitive: genitive(organization.name), employerSigner: 1 };
  return {
    files: documented.map((p, i) => ({ name: p.file!, content: renderDocument(p, i + 1, context) })),
    headers: documented.map((p) => header(p, paths)),
    planted: planted.map(({ kind, position }) => ({ kind, file: position.file! })),
    stats: countStats(organization, seed, planted),
  };
}

function header(position: GenPosition, paths: Map<GenUnit | null, string[]>): GeneratedHeader {
  return {
    title: position.title.base,
    unitPath: paths.get(position.unit)!,
    manager: position.manager?.title.base ?? null,
    substitutedBy: position.kes.flatMap((end: GenEnd) => (end.kind === 'POSITION' ? [end.position.title.base] : end.kind === 'SCHEME' ? [] : [end.label])),
    substitutes: position.keda.map((p) => p.title.base),
  };
}

/** Each unit's path of names, top first, shared by the headers of its positions. */
function unitPaths(organization: GenOrganization): Map<GenUnit | null, string[]> {
  const paths = new Map<GenUnit | null, string[]>([[null, []]]);
  for (const unit of organization.units) paths.set(unit, [...paths.get(unit.parent)!, unit.name]);
  return paths;
}

/** An undocumented position exists in the graph only if a document names it; one that none names would be missing. */
function assertNamed(organization: GenOrganization) {
  const named = new Set<GenPosition>();
  for (const p of organization.positions) {
    if (!p.documented) continue;
    if (p.manager) named.add(p.manager);
    for (const end of p.kes) if (end.kind === 'POSITION') named.add(end.position);
    for (const other of p.keda) named.add(other);
  }
  const missing = organization.positions.find((p) => !p.documented && !named.has(p));
  if (missing) throw new Error(`undocumented position ${missing.id} ("${missing.title.base}") is named by no document`);
}

/** "Näidisamet" → "Näidisameti", as the approval line names the agency; other names stay as given. */
export function genitive(organization: string): string {
  return /(amet|inspektsioon)$/i.test(organization) ? `${organization}i` : organization;
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[õö]/g, 'o')
    .replace(/ä/g, 'a')
    .replace(/ü/g, 'u')
    .replace(/š/g, 's')
    .replace(/ž/g, 'z')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
