/**
 * Whether a title is shared by two positions in units of the same name, so that a sentence must
 * add the id to tell them apart. Titles are counted per unit name when first asked, over the
 * units of that name only: a few sentences never need every position's label.
 */
import type { GraphIndex } from './graph-index.js';
import type { UnitId } from './model.js';

export class Twins {
  private unitsByName: Map<string, UnitId[]> | null = null;
  private readonly titles = new Map<string, Map<string, number>>();

  constructor(private readonly ix: GraphIndex) {}

  /** True when two or more positions have the title in units of the name ('' also counts positions without a unit). */
  shared(title: string, unitName: string): boolean {
    return (this.titleCounts(unitName).get(title) ?? 0) > 1;
  }

  private titleCounts(unitName: string): Map<string, number> {
    const known = this.titles.get(unitName);
    if (known) return known;
    const counts = new Map<string, number>();
    const add = (slot: number) => counts.set(this.ix.positionAt[slot].title, (counts.get(this.ix.positionAt[slot].title) ?? 0) + 1);
    for (const unitId of this.unitsNamed(unitName)) {
      // The unit's own positions lie in its run of the tour, among those of its sub-units.
      const { start, end } = this.ix.run(unitId);
      for (let i = start; i < end; i++) {
        const slot = this.ix.slot(this.ix.tour[i]);
        if (this.ix.unitAt[slot] === unitId) add(slot);
      }
    }
    if (unitName === '') for (let slot = 0; slot < this.ix.ids.length; slot++) if (this.ix.unitAt[slot] === null) add(slot);
    this.titles.set(unitName, counts);
    return counts;
  }

  private unitsNamed(name: string): UnitId[] {
    if (!this.unitsByName) {
      this.unitsByName = new Map();
      for (const unit of this.ix.units.values()) {
        const same = this.unitsByName.get(unit.name);
        if (same) same.push(unit.id);
        else this.unitsByName.set(unit.name, [unit.id]);
      }
    }
    return this.unitsByName.get(name) ?? [];
  }
}
