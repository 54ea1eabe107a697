/**
 * The shape every family renders into: lines above the header, the header's blocks (each naming
 * the fields it states, so a cut tells which fields are gone) and the body after it.
 */
import type { MeasuredField } from '../../ingest/accuracy.js';
import type { Random } from '../random.js';
import type { HeaderModel } from './model.js';

export interface Block {
  lines: string[];
  fields: MeasuredField[];
}

export interface RenderedLayout {
  /** Headings and directive lines above the header; the fields they state are never cut. */
  above: string[];
  blocks: Block[];
  /** The section number style of the header, so the body continues it. */
  numbering: Numbering;
  /** The label word that would start the next row, for a cut inside a label. */
  nextLabelWords: string[];
}

export type Numbering = 'decimal' | 'decimal-dot' | 'roman' | 'none';

export interface FamilyRenderer {
  family: Family;
  arrangements: readonly string[];
  /** List fields the family has no row for: a reader finds them empty. */
  unstated?: readonly ('subordinates' | 'substitutedBy' | 'substitutes')[];
  render(random: Random, model: HeaderModel, arrangement: string): RenderedLayout;
}

export const FAMILIES = ['table', 'labelled-rows', 'numbered-rows', 'heading-rows', 'colon-rows', 'sentences'] as const;
export type Family = (typeof FAMILIES)[number];

/** "1.3", "1.3." or nothing before a row label. */
export function rowNumber(numbering: Numbering, index: number): string {
  if (numbering === 'decimal') return `1.${index} `;
  if (numbering === 'decimal-dot') return `1.${index}. `;
  return '';
}

/** The header's own section heading: "1. ÜLDOSA", "I Üldosa", "ÜLDOSA". */
export function generalHeading(random: Random, numbering: Numbering): string {
  const word = random.pick(['ÜLDOSA', 'Üldosa', 'ÜLDSÄTTED', 'Üldsätted']);
  if (numbering === 'roman') return `I ${word}`;
  if (numbering === 'none') return word;
  return random.chance(0.5) ? `1. ${word}` : `1 ${word}`;
}
