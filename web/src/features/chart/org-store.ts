import type { ChartPosition, ChartUnit, OrgData } from './org-data';

/**
 * The positions fetched so far and, for an organisation fetched unit by unit, which units'
 * positions are here, on their way, or failed. `snapshot` gives the chart a new OrgData after
 * each change, so that it redraws.
 */
export class OrgStore {
  private readonly positions = new Map<string, ChartPosition>();
  private readonly loaded = new Set<string>();
  private readonly loading = new Set<string>();
  private readonly failed = new Set<string>();
  private everything: boolean;

  constructor(
    readonly units: ChartUnit[],
    /** Positions in the organisation, as the API counts them. */
    readonly total: number,
    /** True when positions are fetched as their units open; false when all are fetched at once. */
    readonly byUnit: boolean,
  ) {
    this.everything = !byUnit;
  }

  /** Of these units, those whose positions are neither here, on their way, nor failed. */
  toFetch(unitIds: readonly string[]): string[] {
    if (this.everything) return [];
    return [...new Set(unitIds)].filter((id) => !this.loaded.has(id) && !this.loading.has(id) && !this.failed.has(id));
  }

  start(unitIds: readonly string[]) {
    for (const id of unitIds) this.loading.add(id);
  }

  /** Everything is on its way: every unit not yet here shows as loading. */
  startAll() {
    for (const unit of this.units) if (!this.loaded.has(unit.id)) this.loading.add(unit.id);
  }

  addUnit(unitId: string, positions: readonly ChartPosition[]) {
    for (const position of positions) this.positions.set(position.id, position);
    this.loaded.add(unitId);
    this.loading.delete(unitId);
    this.failed.delete(unitId);
  }

  /** Positions of no particular unit; with `everything` (the default), every position is now here. */
  addAll(positions: readonly ChartPosition[], everything = true) {
    for (const position of positions) this.positions.set(position.id, position);
    if (!everything) return;
    this.everything = true;
    this.loading.clear();
    this.failed.clear();
  }

  fail(unitId: string) {
    this.loading.delete(unitId);
    this.failed.add(unitId);
  }

  failAll() {
    for (const id of this.loading) this.failed.add(id);
    this.loading.clear();
  }

  /** Forgets a failure, so that the unit can be fetched again. */
  forget(unitId: string) {
    this.failed.delete(unitId);
  }

  snapshot(): OrgData {
    const positions = [...this.positions.values()];
    if (this.everything) return { units: this.units, positions };
    return {
      units: this.units,
      positions,
      loadedUnits: new Set(this.loaded),
      loadingUnits: new Set(this.loading),
      failedUnits: new Set(this.failed),
    };
  }
}
