/**
 * Fixture organisations for coverage tests, written as sentences:
 *
 *   org()
 *     .unit('Osakond A')
 *     .unit('Tiim 1', { parent: 'Osakond A' })
 *     .position('Tiimijuht', { unit: 'Tiim 1' })
 *     .position('Koordinaator', { unit: 'Tiim 1', manager: 'Tiimijuht' })
 *     .line({ substitute: 'Tiimijuht', substituted: 'Koordinaator', statedBy: 'both' })
 *     .build();
 *
 * Positions are referred to by title, or by `as` when two share a title. Positions are documented
 * unless told otherwise; ids are numbers assigned in declaration order (units from 1, positions from 101).
 */
import type { CefrLevel, EducationLevel } from '../../server/ingest/document.js';
import type { CoverageReport } from '../../server/coverage/index.js';
import type { CoverageGraph, CoverageLine, CoveragePosition, GapKind, SubstituteRef } from '../../server/coverage/model.js';

/** A position's key, a group of a unit's staff, or a placeholder. */
export type Ref = string | { group: string; label?: string } | { placeholder: string };

export interface PositionOptions {
  /** The key to refer to this position by, when the title is not unique. */
  as?: string;
  unit?: string;
  manager?: string;
  documented?: boolean;
  vacant?: boolean | null;
  education?: EducationLevel;
  languages?: Record<string, CefrLevel | null>;
}

export interface LineOptions {
  substitute: Ref;
  substituted: Ref;
  /** Which documents state the line. */
  statedBy: 'both' | 'substituted' | 'substitute';
  order?: number;
}

export function org(): OrgBuilder {
  return new OrgBuilder();
}

class OrgBuilder {
  private readonly units: { name: string; parent?: string }[] = [];
  private readonly positions: { title: string; options: PositionOptions }[] = [];
  private readonly lines: LineOptions[] = [];

  unit(name: string, options: { parent?: string } = {}): this {
    this.units.push({ name, parent: options.parent });
    return this;
  }

  position(title: string, options: PositionOptions = {}): this {
    this.positions.push({ title, options });
    return this;
  }

  line(line: LineOptions): this {
    this.lines.push(line);
    return this;
  }

  build(): Fixture {
    const unitIds = new Map(this.units.map((u, i) => [u.name, i + 1]));
    const positionIds = new Map(this.positions.map((p, i) => [p.options.as ?? p.title, 101 + i]));
    if (positionIds.size !== this.positions.length) throw new Error('Two positions share a key: give one of them `as`');
    const unit = (name: string) => must(unitIds.get(name), `unit ${name}`);
    const position = (key: string) => must(positionIds.get(key), `position ${key}`);
    const ref = (r: Ref): SubstituteRef =>
      typeof r === 'string'
        ? { kind: 'POSITION', positionId: position(r) }
        : 'group' in r
          ? { kind: 'GROUP', unitId: unit(r.group), label: r.label ?? 'osakonna teenistujad' }
          : { kind: 'PLACEHOLDER', label: r.placeholder };
    const graph: CoverageGraph = {
      units: this.units.map((u) => ({ id: unit(u.name), name: u.name, parentId: u.parent ? unit(u.parent) : null })),
      positions: this.positions.map(({ title, options: o }): CoveragePosition => {
        const documented = o.documented ?? true;
        const hasRequirements = documented && (o.education !== undefined || o.languages !== undefined);
        return {
          id: position(o.as ?? title),
          title,
          unitId: o.unit ? unit(o.unit) : null,
          managerId: o.manager ? position(o.manager) : null,
          documented,
          vacant: o.vacant ?? null,
          requirements: hasRequirements
            ? { educationLevel: o.education ?? null, languages: Object.entries(o.languages ?? {}).map(([language, level]) => ({ language, level })) }
            : null,
          documentName: documented ? `${o.as ?? title}.txt` : null,
        };
      }),
      lines: this.lines.map(
        (l, i): CoverageLine => ({
          substitute: ref(l.substitute),
          substituted: ref(l.substituted),
          statedBySubstituted: l.statedBy !== 'substitute',
          statedBySubstitute: l.statedBy !== 'substituted',
          order: l.order ?? i,
        }),
      ),
    };
    return new Fixture(graph, unitIds, positionIds);
  }
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Fixture has no ${what}`);
  return value;
}

export class Fixture {
  private readonly keys: Map<number, string>;

  constructor(
    readonly graph: CoverageGraph,
    private readonly unitIds: Map<string, number>,
    private readonly positionIds: Map<string, number>,
  ) {
    this.keys = new Map([...positionIds].map(([key, id]) => [id, key]));
  }

  /** The id of the position with this key. */
  id(key: string): number {
    return must(this.positionIds.get(key), `position ${key}`);
  }

  ids(...keys: string[]): number[] {
    return keys.map((key) => this.id(key));
  }

  unit(name: string): number {
    return must(this.unitIds.get(name), `unit ${name}`);
  }

  /** The key of the position with this id. */
  key(id: number): string {
    return must(this.keys.get(id), `position id ${id}`);
  }

  keysOf(ids: number[]): string[] {
    return ids.map((id) => this.key(id));
  }

  /** Each reported position's gap kinds, most severe first, by key. */
  gapKinds(report: CoverageReport): Record<string, GapKind[]> {
    return Object.fromEntries(report.positions.map((p) => [this.key(p.positionId), p.gaps.map((g) => g.kind)]));
  }

  /** The position's entry in a report. */
  entry(report: CoverageReport, key: string) {
    return must(
      report.positions.find((p) => p.positionId === this.id(key)),
      `report entry for ${key}`,
    );
  }

  /** The related positions of one gap of one position, by key. */
  related(report: CoverageReport, key: string, kind: GapKind): string[] {
    const gap = must(this.entry(report, key).gaps.find((g) => g.kind === kind), `${kind} on ${key}`);
    return this.keysOf(gap.relatedPositionIds);
  }
}

/**
 * A synthetic organisation of `size` positions for the performance smoke check: departments of
 * teams of 20, each position substituted by its team neighbours, with team groups, placeholders
 * and a few cross-department lines mixed in.
 */
export function syntheticOrganisation(size: number): CoverageGraph {
  const teamSize = 20;
  const teamsPerDepartment = 10;
  const units: CoverageGraph['units'] = [];
  const positions: CoveragePosition[] = [];
  const lines: CoverageLine[] = [];
  const teams = Math.ceil(size / teamSize);
  const teamUnit = new Map<number, number>();
  let departmentId = 0;
  for (let t = 0; t < teams; t++) {
    if (t % teamsPerDepartment === 0) {
      departmentId = units.length + 1;
      units.push({ id: departmentId, name: `Osakond ${t / teamsPerDepartment + 1}`, parentId: null });
    }
    teamUnit.set(t, units.length + 1);
    units.push({ id: units.length + 1, name: `Tiim ${t + 1}`, parentId: departmentId });
  }
  for (let i = 0; i < size; i++) {
    const team = Math.floor(i / teamSize);
    const lead = team * teamSize + 1;
    positions.push({
      id: i + 1,
      title: i % teamSize === 0 ? 'Tiimijuht' : 'Spetsialist',
      unitId: teamUnit.get(team)!,
      managerId: i % teamSize === 0 ? null : lead,
      documented: i % 3 !== 0,
      vacant: i % 17 === 0 ? true : null,
      requirements: { educationLevel: i % 2 ? 'HIGHER' : 'SECONDARY', languages: [{ language: 'eesti', level: i % 4 ? 'C1' : 'B2' }] },
      documentName: `doc-${i + 1}.txt`,
    });
  }
  for (let i = 0; i < size; i++) {
    const team = Math.floor(i / teamSize);
    const first = team * teamSize;
    const neighbour = first + ((i - first + 1) % teamSize);
    const at = (id: number): SubstituteRef => ({ kind: 'POSITION', positionId: id + 1 });
    if (neighbour < size && neighbour !== i) lines.push({ substitute: at(neighbour), substituted: at(i), statedBySubstituted: true, statedBySubstitute: i % 5 !== 0, order: 0 });
    if (i % 7 === 0) lines.push({ substitute: { kind: 'PLACEHOLDER', label: 'vastavalt asendusskeemile' }, substituted: at(i), statedBySubstituted: true, statedBySubstitute: false, order: 1 });
    if (i % 11 === 0) lines.push({ substitute: { kind: 'GROUP', unitId: teamUnit.get(team)!, label: 'osakonna teenistujad' }, substituted: at(i), statedBySubstituted: true, statedBySubstitute: false, order: 2 });
    if (i % 13 === 0) lines.push({ substitute: at((i + 500) % size), substituted: at(i), statedBySubstituted: false, statedBySubstitute: true, order: 3 });
  }
  return { units, positions, lines };
}

/**
 * One organisation in which every gap kind occurs (ids 101… in this order):
 *
 * Osakond A                       Juhataja: Abiline (undocumented, other department) + a placeholder;
 *   Tiim 1  Tiimijuht             stands in for four: overloaded.
 *           Koordinaator ×2       Tiimijuht: Juhataja + Jurist (vacant, lower education, Osakond B).
 *           Spetsialist           The two coordinators stand in only for each other (self-named peers).
 *   Tiim 2  Analüütik, Referent,  Spetsialist: only its manager Tiimijuht.
 *           Nõunik                Tiim 2: first substitutes form a three-position cycle, Juhataja second.
 * Osakond B                       Jurist: only Spetsialist (contradicted; English level lower).
 *   Tiim 3  Jurist, Abiline       Abiline: nobody.
 *   Tiim 4  Raamatupidaja         Raamatupidaja: only its own one-member team as a group.
 */
export function everyGapOrganisation(): Fixture {
  return org()
    .unit('Osakond A')
    .unit('Tiim 1', { parent: 'Osakond A' })
    .unit('Tiim 2', { parent: 'Osakond A' })
    .unit('Osakond B')
    .unit('Tiim 3', { parent: 'Osakond B' })
    .unit('Tiim 4', { parent: 'Osakond B' })
    .position('Juhataja', { unit: 'Osakond A' })
    .position('Tiimijuht', { unit: 'Tiim 1', manager: 'Juhataja', education: 'HIGHER', languages: { eesti: 'C1', inglise: 'B1' } })
    .position('Koordinaator', { as: 'Koordinaator 1', unit: 'Tiim 1', manager: 'Tiimijuht' })
    .position('Koordinaator', { as: 'Koordinaator 2', unit: 'Tiim 1', manager: 'Tiimijuht' })
    .position('Spetsialist', { unit: 'Tiim 1', manager: 'Tiimijuht', education: 'HIGHER', languages: { eesti: 'C1', inglise: 'B1' } })
    .position('Analüütik', { unit: 'Tiim 2', manager: 'Juhataja' })
    .position('Referent', { unit: 'Tiim 2', manager: 'Juhataja' })
    .position('Nõunik', { unit: 'Tiim 2', manager: 'Juhataja' })
    .position('Jurist', { unit: 'Tiim 3', vacant: true, education: 'SECONDARY', languages: { eesti: 'C1', inglise: 'B2' } })
    .position('Abiline', { unit: 'Tiim 3', documented: false })
    .position('Raamatupidaja', { unit: 'Tiim 4' })
    .line({ substitute: 'Koordinaator 2', substituted: 'Koordinaator 1', statedBy: 'both' })
    .line({ substitute: 'Koordinaator 1', substituted: 'Koordinaator 2', statedBy: 'both' })
    .line({ substitute: 'Tiimijuht', substituted: 'Spetsialist', statedBy: 'both' })
    .line({ substitute: 'Referent', substituted: 'Analüütik', statedBy: 'both' })
    .line({ substitute: 'Juhataja', substituted: 'Analüütik', statedBy: 'both' })
    .line({ substitute: 'Nõunik', substituted: 'Referent', statedBy: 'both' })
    .line({ substitute: 'Juhataja', substituted: 'Referent', statedBy: 'both' })
    .line({ substitute: 'Analüütik', substituted: 'Nõunik', statedBy: 'both' })
    .line({ substitute: 'Juhataja', substituted: 'Nõunik', statedBy: 'both' })
    .line({ substitute: 'Juhataja', substituted: 'Tiimijuht', statedBy: 'both' })
    .line({ substitute: 'Jurist', substituted: 'Tiimijuht', statedBy: 'both' })
    .line({ substitute: 'Abiline', substituted: 'Juhataja', statedBy: 'substituted' })
    .line({ substitute: { placeholder: 'valdkonnajuhi määratud ametnik' }, substituted: 'Juhataja', statedBy: 'substituted' })
    .line({ substitute: 'Spetsialist', substituted: 'Jurist', statedBy: 'substituted' })
    .line({ substitute: { group: 'Tiim 4' }, substituted: 'Raamatupidaja', statedBy: 'substituted' })
    .build();
}
