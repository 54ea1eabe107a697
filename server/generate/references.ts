/**
 * Which position a title written in a document will name once imported. The importer resolves a
 * title to the nearest position with it (server/org/graph.ts): in the writer's unit or below,
 * then in each enclosing unit, then at the top; documented positions first, then in document
 * order; never the writer itself. The generator only writes a reference after checking here
 * that it names the position meant, so the imported graph is the one generated.
 */
import type { GenOrganization, GenPosition, GenUnit } from './model.js';

/** The first two documented and undocumented holders of a title, and how many undocumented there are. */
interface Holders {
  documented: GenPosition[];
  undocumented: GenPosition[];
  undocumentedCount: number;
}

/** Two positions of different undocumented units could resolve either way: the generator never relies on it. */
export const AMBIGUOUS = 'AMBIGUOUS';

export class TitleIndex {
  private readonly subtree = new Map<GenUnit, Map<string, Holders>>();
  private readonly direct = new Map<GenUnit | null, Map<string, Holders>>();

  constructor(organization: GenOrganization) {
    for (const position of organization.top) add(this.holders(this.direct, null), position);
    for (const unit of [...organization.units].reverse()) {
      const own = this.holders(this.direct, unit);
      for (const position of unit.positions) add(own, position);
      const below = new Map<string, Holders>();
      for (const [key, holders] of own) merge(below, key, holders);
      for (const child of unit.children) for (const [key, holders] of this.subtree.get(child)!) merge(below, key, holders);
      this.subtree.set(unit, below);
    }
  }

  /** The position a title with `key` written in `from`'s document resolves to. */
  nearest(from: GenPosition, key: string): GenPosition | typeof AMBIGUOUS | null {
    if (from.unit) {
      const found = pick(this.subtree.get(from.unit)!.get(key), from);
      if (found) return found;
      for (let unit = from.unit.parent; unit; unit = unit.parent) {
        const above = pick(this.direct.get(unit)?.get(key), from);
        if (above) return above;
      }
    }
    return pick(this.direct.get(null)?.get(key), from);
  }

  /** True when `from`'s document can name `to` by its title. */
  names(from: GenPosition, to: GenPosition): boolean {
    return this.nearest(from, to.key) === to;
  }

  /** True when each of the two documents can name the other: a line between them can be confirmed. */
  mutual(a: GenPosition, b: GenPosition): boolean {
    return a.documented && b.documented && this.names(a, b) && this.names(b, a);
  }

  private holders(map: Map<GenUnit | null, Map<string, Holders>>, unit: GenUnit | null): Map<string, Holders> {
    let byKey = map.get(unit);
    if (!byKey) map.set(unit, (byKey = new Map()));
    return byKey;
  }
}

function add(byKey: Map<string, Holders>, position: GenPosition) {
  let holders = byKey.get(position.key);
  if (!holders) byKey.set(position.key, (holders = { documented: [], undocumented: [], undocumentedCount: 0 }));
  if (position.documented) {
    if (holders.documented.length < 2) holders.documented.push(position);
  } else {
    holders.undocumentedCount++;
    if (holders.undocumented.length < 2) holders.undocumented.push(position);
  }
}

/**
 * Adds a sub-unit's holders after those already there. Positions are numbered in document order
 * (a unit's own before its sub-units', sub-units one after another), so appending keeps id order.
 */
function merge(byKey: Map<string, Holders>, key: string, from: Holders) {
  const holders = byKey.get(key);
  if (!holders) {
    byKey.set(key, { documented: from.documented.slice(), undocumented: from.undocumented.slice(), undocumentedCount: from.undocumentedCount });
    return;
  }
  for (const p of from.documented) if (holders.documented.length < 2) holders.documented.push(p);
  for (const p of from.undocumented) if (holders.undocumented.length < 2) holders.undocumented.push(p);
  holders.undocumentedCount += from.undocumentedCount;
}

function pick(holders: Holders | undefined, from: GenPosition): GenPosition | typeof AMBIGUOUS | null {
  if (!holders) return null;
  const documented = holders.documented.find((p) => p !== from);
  if (documented) return documented;
  const others = holders.undocumentedCount - (holders.undocumented.includes(from) ? 1 : 0);
  if (others === 0) return null;
  return others === 1 ? holders.undocumented.find((p) => p !== from)! : AMBIGUOUS;
}
