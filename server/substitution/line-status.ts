/**
 * Whether a substitution line is backed by both documents. A line is confirmed when both
 * sides' documents state it; unconfirmed when the side that does not state it has no document;
 * contradicted when that side's document exists and does not state it.
 */
export type LineStatus = 'CONFIRMED' | 'UNCONFIRMED' | 'CONTRADICTED';
export type LineSource = 'SUBSTITUTED_DOCUMENT' | 'SUBSTITUTE_DOCUMENT';

export interface LineFacts {
  substitutedListOrder: number | null;
  substituteListOrder: number | null;
}

export function statedBy(line: LineFacts): LineSource[] {
  const sources: LineSource[] = [];
  if (line.substitutedListOrder !== null) sources.push('SUBSTITUTED_DOCUMENT');
  if (line.substituteListOrder !== null) sources.push('SUBSTITUTE_DOCUMENT');
  return sources;
}

export function lineStatus(line: LineFacts, substituteDocumented: boolean, substitutedDocumented: boolean): LineStatus {
  const bySubstituted = line.substitutedListOrder !== null;
  const bySubstitute = line.substituteListOrder !== null;
  if (bySubstituted && bySubstitute) return 'CONFIRMED';
  const silentSideDocumented = bySubstituted ? substituteDocumented : substitutedDocumented;
  return silentSideDocumented ? 'CONTRADICTED' : 'UNCONFIRMED';
}
