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

/** How a distinguishing place is written: the path's units from the outermost shown down. */
export const PLACE_SEPARATOR = ' › ';

/**
 * Each peer's distinguishing place, as unit names (outermost first), for peers that share one
 * title. A peer whose whole path is shared (two of a title in one unit) adds its document's file
 * name; an empty list means there is nothing to tell it by (the one at the top, beside peers in units).
 */
export function distinguishingPlaces(peers: readonly Peer[]): Map<number, string[]> {
  const places = new Map<number, string[]>();
  if (peers.length < 2) return places;
  const depth = Math.max(...peers.map((p) => p.path.length));
  // suffixes[k] counts each path's last k+1 names (a shorter path counts whole).
  const counts = Array.from({ length: depth }, (_, k) => {
    const count = new Map<string, number>();
    for (const peer of peers) {
      const key = suffix(peer.path, k + 1).join('\u0000');
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    return count;
  });
  for (const peer of peers) {
    let place: string[] | null = null;
    for (let k = 1; k <= peer.path.length && place === null; k++) {
      if (counts[k - 1].get(suffix(peer.path, k).join('\u0000')) === 1) place = suffix(peer.path, k);
    }
    if (place === null) {
      // No end of the path is the peer's alone: only its file tells it apart.
      place = [...peer.path];
      const shared = peers.some((other) => other !== peer && other.path.length === peer.path.length && other.path.every((name, i) => name === peer.path[i]));
      if (shared && peer.documentName) place.push(peer.documentName);
    }
    places.set(peer.id, place);
  }
  return places;
}

/**
 * Places for any positions: grouped by title as the importer compares titles (letter case and
 * spacing aside), null for a position whose title is its own.
 */
export function placesByTitle(positions: readonly Peer[]): Map<number, string[] | null> {
  const groups = new Map<string, Peer[]>();
  const keys = new Map<string, string>();
  for (const position of positions) {
    let key = keys.get(position.title);
    if (key === undefined) keys.set(position.title, (key = titleKey(position.title)));
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  }
  const result = new Map<number, string[] | null>();
  for (const group of groups.values()) {
    const places = distinguishingPlaces(group);
    for (const peer of group) result.set(peer.id, places.get(peer.id) ?? null);
  }
  return result;
}

/** A place as one line of text; null when there is none to show. */
export function placeText(place: readonly string[] | null | undefined): string | null {
  return place && place.length > 0 ? place.join(PLACE_SEPARATOR) : null;
}

function suffix(path: readonly string[], length: number): string[] {
  return path.slice(Math.max(0, path.length - length));
}
