/**
 * Distinguishing places of the positions a sentence names (server/org/distinguishing-place.ts):
 * positions are grouped by title when first asked, and a title's places are worked out only
 * when a sentence names one of its positions.
 */
import { titleKey } from '../ingest/estonian/titles.js';
import { distinguishingPlaces, type Peer, type Place } from '../org/distinguishing-place.js';
import type { GraphIndex } from './graph-index.js';
import type { PositionId, UnitId } from './model.js';

export class Places {
  private byTitle: Map<string, PositionId[]> | null = null;
  private readonly keys = new Map<string, string>();
  private readonly places = new Map<PositionId, Place | null>();
  private readonly paths = new Map<UnitId, string[]>();

  constructor(private readonly ix: GraphIndex) {}

  /** What tells the position apart from others with its title; null when its title is its own. */
  of(id: PositionId): Place | null {
    if (this.places.has(id)) return this.places.get(id)!;
    const position = this.ix.position(id);
    if (!position) return null;
    const ids = this.titles().get(this.key(position.title)) ?? [id];
    const peers: Peer[] = ids.map((peer) => {
      const p = this.ix.position(peer)!;
      return { id: peer, title: p.title, path: this.path(this.ix.unitOf(peer)), documentName: p.documentName };
    });
    const places = distinguishingPlaces(peers);
    for (const peer of ids) this.places.set(peer, places.get(peer) ?? null);
    return this.places.get(id) ?? null;
  }

  /** Unit names from the top down to the unit. */
  path(unitId: UnitId | null): string[] {
    if (unitId === null) return [];
    const known = this.paths.get(unitId);
    if (known) return known;
    const path: string[] = [];
    const seen = new Set<UnitId>();
    for (let id: UnitId | null = unitId; id !== null && !seen.has(id); ) {
      const unit = this.ix.units.get(id);
      if (!unit) break;
      seen.add(id);
      path.unshift(unit.name);
      id = unit.parentId;
    }
    this.paths.set(unitId, path);
    return path;
  }

  private key(title: string): string {
    let key = this.keys.get(title);
    if (key === undefined) this.keys.set(title, (key = titleKey(title)));
    return key;
  }

  private titles(): Map<string, PositionId[]> {
    if (this.byTitle) return this.byTitle;
    this.byTitle = new Map();
    for (let slot = 0; slot < this.ix.ids.length; slot++) {
      const key = this.key(this.ix.positionAt[slot].title);
      const same = this.byTitle.get(key);
      if (same) same.push(this.ix.ids[slot]);
      else this.byTitle.set(key, [this.ix.ids[slot]]);
    }
    return this.byTitle;
  }
}
