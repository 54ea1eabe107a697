/**
 * How a position is told apart from the others with its title, wherever its title is shown outside
 * its card: by the shortest end of its unit path that no peer's path ends with ("Sotsiaalosakond"
 * for one of three "Osakonna juhataja" under one deputy). Pure: the caller reads the peers.
 */
import { titleKey } from '../ingest/estonian/titles.js';

/** A position as far as telling it apart needs. */
export interface Peer {
  id: number;
  title: string;
  /** Unit names from the top of the organisation down to the position's own unit. */
  path: readonly string[];
  /** The job description's file: the last resort for peers in one unit. */
  documentName?: string | null;
}

/** What tells a position apart from the others with its title. */
export interface Place {
  /** The end of its unit path, outermost unit first; empty for a position above every unit. */
  units: string[];
  /** Its job description's file, when another position with the title sits in the same unit. */
  document: string | null;
}

/** How a place is written: the units from the outermost shown down, then the file. */
export const PLACE_SEPARATOR = ' › ';

/**
 * Each peer's distinguishing place, for peers that share one title: the shortest end of its path
 * that no peer in another unit has (a shorter path counts whole). Peers in one unit share every end
 * of it, so their files tell them apart.
 */
export function distinguishingPlaces(peers: readonly Peer[]): Map<number, Place> {
  const places = new Map<number, Place>();
  if (peers.length < 2) return places;
  const depth = Math.max(...peers.map((p) => p.path.length));
  const key = (path: readonly string[], length: number) => suffix(path, length).join('\u0000');
  // counts[k - 1]: how many peers' paths end in each run of k names.
  const counts = Array.from({ length: depth }, (_, k) => {
    const count = new Map<string, number>();
    for (const peer of peers) count.set(key(peer.path, k + 1), (count.get(key(peer.path, k + 1)) ?? 0) + 1);
    return count;
  });
  for (const peer of peers) {
    // Those in the peer's own unit share its every ending; any more share it with another unit.
    const sameUnit = counts.length ? counts[counts.length - 1].get(key(peer.path, depth))! : peers.length;
    let units = [...peer.path];
    for (let k = 1; k <= peer.path.length; k++) {
      if (counts[k - 1].get(key(peer.path, k)) === sameUnit) {
        units = suffix(peer.path, k);
        break;
      }
    }
    places.set(peer.id, { units, document: sameUnit > 1 ? (peer.documentName ?? null) : null });
  }
  return places;
}

/**
 * Places for any positions: grouped by title as the importer compares titles (letter case and
 * spacing aside), null for a position whose title is its own.
 */
export function placesByTitle(positions: readonly Peer[]): Map<number, Place | null> {
  const groups = new Map<string, Peer[]>();
  const keys = new Map<string, string>();
  for (const position of positions) {
    let key = keys.get(position.title);
    if (key === undefined) keys.set(position.title, (key = titleKey(position.title)));
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  }
  const result = new Map<number, Place | null>();
  for (const group of groups.values()) {
    const places = distinguishingPlaces(group);
    for (const peer of group) result.set(peer.id, places.get(peer.id) ?? null);
  }
  return result;
}

/** A place as one line of text ("Osakond B › Tiim 1", "Tiim 1, koordinaator-2.txt"); null when there is none to show. */
export function placeText(place: Place | null | undefined): string | null {
  if (!place) return null;
  const parts = [place.units.join(PLACE_SEPARATOR), place.document ?? ''].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function suffix(path: readonly string[], length: number): string[] {
  return path.slice(Math.max(0, path.length - length));
}
