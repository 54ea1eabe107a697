import type { LineSource } from '../../gql/graphql';
import { rangesOf, type SourceRange } from './source-ranges';

/**
 * A substitution line as the panel lists it: under "substituted by" (the other end stands in
 * for this position) or under "substitutes for" (this position stands in for the other end).
 */
export type LineDirection = 'substitutes' | 'substitutedFor';

/**
 * The header field of this position's own document that would state the line: its
 * "Kes asendab" list (`substitutedBy`) for its substitutes, its "Keda asendab" list
 * (`substitutes`) for the positions it stands in for.
 */
export function ownField(direction: LineDirection): 'substitutedBy' | 'substitutes' {
  return direction === 'substitutes' ? 'substitutedBy' : 'substitutes';
}

/** Which document is this position's own, in the terms of `statedBy`. */
const OWN_DOCUMENT: Record<LineDirection, LineSource> = {
  substitutes: 'SUBSTITUTED_DOCUMENT',
  substitutedFor: 'SUBSTITUTE_DOCUMENT',
};

export type LineSourceNote =
  /** This position's document states it, on these lines (none when the reader kept no range). */
  | { kind: 'own'; field: string; ranges: SourceRange[] }
  /** Only the document on the other end states it. */
  | { kind: 'otherOnly' };

export function lineSourceNote(line: { statedBy: readonly LineSource[] }, direction: LineDirection, sources: readonly SourceRange[]): LineSourceNote {
  if (!line.statedBy.includes(OWN_DOCUMENT[direction])) return { kind: 'otherOnly' };
  const field = ownField(direction);
  return { kind: 'own', field, ranges: rangesOf(sources, field) };
}

/** The text of the lines in `ranges` (1-based, inclusive), each with its number. */
export function linesOf(text: string, ranges: readonly SourceRange[]): { number: number; text: string }[] {
  const all = text.split(/\r?\n/);
  const numbers = new Set<number>();
  for (const range of ranges) for (let n = range.start; n <= range.end && n <= all.length; n++) numbers.add(n);
  return [...numbers].sort((a, b) => a - b).map((number) => ({ number, text: all[number - 1] }));
}
