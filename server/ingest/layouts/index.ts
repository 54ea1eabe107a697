import type { Line } from '../document.js';
import type { Layout } from './layout.js';
import { tableLayout } from './table.js';
import { rowsLayout } from './rows.js';
import { sentencesLayout } from './sentences.js';
import { readLabel } from './row-labels.js';
import { isJobDescriptionTitle } from './heading.js';

/** Every layout the reader knows, most specific first. */
export const LAYOUTS: Layout[] = [tableLayout, rowsLayout, sentencesLayout];

export function detectLayout(lines: Line[]): Layout | null {
  return LAYOUTS.find((layout) => layout.detect(lines)) ?? null;
}

/** How far into a document a header cue is looked for: the header is near the top. */
const CUE_REACH = 200;

/**
 * The reader for a document no layout claims that still shows a header cue (a "<TITLE>
 * AMETIJUHEND" heading, one label): the rows reader reads what the cue gives. Only a text with
 * no cue at all is refused.
 */
export function readableLayout(lines: Line[]): Layout | null {
  const head = lines.slice(0, CUE_REACH);
  const cue = head.some(isJobDescriptionTitle) || head.some((l) => (readLabel(l)?.field ?? 'other') !== 'other');
  return cue ? rowsLayout : null;
}
