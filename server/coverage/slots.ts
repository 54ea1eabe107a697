/**
 * Position id → slot. Ids from the database are dense integers, so a table indexed by id usually
 * stands in for a hash map; at 100,000 positions the map's lookups were a tenth of the analysis.
 * Sparse, negative or fractional ids fall back to a Map.
 */
import type { PositionId } from './model.js';

/** A table may be this much larger than the number of positions. */
const SPREAD = 4;

export class Slots {
  private readonly table: Int32Array | null;
  private readonly map: Map<PositionId, number> | null;

  constructor(positionIds: readonly PositionId[]) {
    let max = -1;
    let dense = true;
    for (const id of positionIds) {
      if (!isTableIndex(id)) dense = false;
      else if (id > max) max = id;
    }
    dense &&= max < SPREAD * positionIds.length + 1024;
    this.table = dense ? new Int32Array(max + 1).fill(-1) : null;
    this.map = dense ? null : new Map();
  }

  /** The slot, or -1. */
  get(id: PositionId): number {
    if (this.table) return isTableIndex(id) && id < this.table.length ? this.table[id] : -1;
    return this.map!.get(id) ?? -1;
  }

  set(id: PositionId, slot: number): void {
    if (this.table) this.table[id] = slot;
    else this.map!.set(id, slot);
  }
}

function isTableIndex(id: number): boolean {
  return id >>> 0 === id;
}
