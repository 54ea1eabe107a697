/**
 * Substitution lines as the documents state them: a line is written in the substituted
 * position's "Kes asendab" list, the substitute's "Keda asendab" list, or both.
 */
import type { GenEnd, GenPosition } from './model.js';
import type { TitleIndex } from './references.js';

/** Which documents state a line: both (confirmed), or only one side. */
export type StatedBy = 'BOTH' | 'SUBSTITUTED' | 'SUBSTITUTE';

/**
 * `substitute` stands in for `substituted`. Each side that states the line names the other by
 * its title, which must resolve to the position meant, or the imported graph would differ.
 */
export function addLine(index: TitleIndex, substituted: GenPosition, substitute: GenPosition, statedBy: StatedBy = 'BOTH'): void {
  if (statedBy !== 'SUBSTITUTE') {
    if (!index.names(substituted, substitute)) throw new Error(`"${substitute.title.base}" does not name position ${substitute.id} from position ${substituted.id}`);
    substituted.kes.push({ kind: 'POSITION', position: substitute });
    substituted.first ??= substitute;
  }
  if (statedBy !== 'SUBSTITUTED') {
    if (!substitute.documented || !index.names(substitute, substituted)) throw new Error(`"${substituted.title.base}" does not name position ${substituted.id} from position ${substitute.id}`);
    substitute.keda.push(substituted);
  }
  substitute.load++;
}

/** A group, placeholder or scheme in the "Kes asendab" list. */
export function addEnd(substituted: GenPosition, end: Exclude<GenEnd, { kind: 'POSITION' }>): void {
  substituted.kes.push(end);
}

/** True when `position` already has `substitute` on one of its lines. */
export function hasLine(position: GenPosition, substitute: GenPosition): boolean {
  return position.kes.some((end) => end.kind === 'POSITION' && end.position === substitute) || substitute.keda.includes(position);
}

/** True when following first substitutes from `start` comes back to `position`. */
export function leadsBackTo(start: GenPosition, position: GenPosition): boolean {
  const seen = new Set<GenPosition>();
  for (let at: GenPosition | null = start; at && !seen.has(at); at = at.first) {
    if (at === position) return true;
    seen.add(at);
  }
  return false;
}
