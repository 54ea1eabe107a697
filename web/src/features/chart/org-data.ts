import type { ChartPositionFragment, ChartUnitFragment } from '../../gql/graphql';

/**
 * Everything the chart draws from: every unit, and the positions fetched so far, as the API
 * returned them. A small organisation comes whole; a large one unit by unit, as units are opened.
 */
export interface OrgData {
  units: ChartUnitFragment[];
  positions: ChartPositionFragment[];
  /** Units whose positions are here; absent when every position is (a small organisation). */
  loadedUnits?: ReadonlySet<string>;
  /** Units whose positions are being fetched. */
  loadingUnits?: ReadonlySet<string>;
  /** Units whose positions could not be fetched. */
  failedUnits?: ReadonlySet<string>;
}

export type ChartUnit = ChartUnitFragment;
export type ChartPosition = ChartPositionFragment;

/** Lookups over OrgData. A unit whose parent is unknown, or a position without a unit, sits at the top. */
export interface OrgIndex {
  unit(id: string): ChartUnit | undefined;
  position(id: string): ChartPosition | undefined;
  /** Units directly below `unitId` (null: the top departments), in API order. */
  childUnits(unitId: string | null): ChartUnit[];
  /** Positions directly in `unitId` (null: positions with no unit). */
  positionsIn(unitId: string | null): ChartPosition[];
  /** Parent unit ID, null at the top. */
  parentOf(unitId: string): string | null;
  /** 0 for a top department. */
  depth(unitId: string): number;
  /** Positions in the unit and every unit below it (counted by the API where not fetched yet). */
  totalPositions(unitId: string): number;
  /** True when the unit's own positions are here. */
  isLoaded(unitId: string): boolean;
  /** The unit and every unit above it, up to the top department. */
  unitAncestry(unitId: string | null): string[];
  /** True when the unit is `ancestorId` or lies below it. */
  isWithin(unitId: string | null, ancestorId: string): boolean;
}

export function indexOrg(data: OrgData): OrgIndex {
  const units = new Map(data.units.map((u) => [u.id, u]));
  const positions = new Map(data.positions.map((p) => [p.id, p]));
  const parentOf = (id: string): string | null => {
    const parent = units.get(id)?.parent?.id ?? null;
    return parent && units.has(parent) && parent !== id ? parent : null;
  };

  const childUnits = new Map<string | null, ChartUnit[]>();
  for (const unit of data.units) push(childUnits, parentOf(unit.id), unit);
  const positionsIn = new Map<string | null, ChartPosition[]>();
  for (const position of data.positions) {
    const unitId = position.unit && units.has(position.unit.id) ? position.unit.id : null;
    push(positionsIn, unitId, position);
  }

  const depths = new Map<string, number>();
  const depth = (id: string): number => {
    let d = depths.get(id);
    if (d === undefined) {
      // Guard against a cycle in bad data: a unit is never deeper than there are units.
      d = 0;
      for (let p = parentOf(id); p && d < units.size; p = parentOf(p)) d++;
      depths.set(id, d);
    }
    return d;
  };

  const isLoaded = (id: string) => !data.loadedUnits || data.loadedUnits.has(id);
  const totals = new Map<string, number>();
  const totalPositions = (id: string, guard = 0): number => {
    let total = totals.get(id);
    if (total === undefined) {
      total = isLoaded(id) ? (positionsIn.get(id)?.length ?? 0) : (units.get(id)?.positionCount ?? 0);
      if (guard < units.size) for (const child of childUnits.get(id) ?? []) total += totalPositions(child.id, guard + 1);
      totals.set(id, total);
    }
    return total;
  };

  const ancestry = (unitId: string | null): string[] => {
    const path: string[] = [];
    for (let u = unitId; u && path.length <= units.size; u = parentOf(u)) path.push(u);
    return path;
  };

  return {
    unit: (id) => units.get(id),
    position: (id) => positions.get(id),
    childUnits: (id) => childUnits.get(id) ?? [],
    positionsIn: (id) => positionsIn.get(id) ?? [],
    parentOf,
    depth,
    totalPositions: (id) => totalPositions(id),
    isLoaded,
    unitAncestry: ancestry,
    isWithin: (unitId, ancestorId) => ancestry(unitId).includes(ancestorId),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
