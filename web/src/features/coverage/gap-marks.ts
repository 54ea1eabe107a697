import type { GapKind } from '../../gql/graphql';
import { TONE_COLOR, toneOfGap, type GapTone } from './gap-severity';

/** How a position is drawn in coverage mode: its worst gap and that gap's colour. */
export interface GapMark {
  worstGap: GapKind | null;
  tone: GapTone;
  /** CSS class of the node: `gap-tone-<tone>`. */
  className: string;
  color: string;
}

export function gapMarkOf(worstGap: GapKind | null | undefined): GapMark {
  const tone = toneOfGap(worstGap);
  return { worstGap: worstGap ?? null, tone, className: `gap-tone-${tone}`, color: TONE_COLOR[tone] };
}

/** Coverage data → how to draw each position, by position ID. */
export function gapMarks(positions: readonly { position: { id: string }; worstGap: GapKind | null }[]): Map<string, GapMark> {
  return new Map(positions.map((p) => [p.position.id, gapMarkOf(p.worstGap)]));
}
