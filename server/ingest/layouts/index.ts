import type { Line } from '../document.js';
import type { Layout } from './layout.js';
import { tableLayout } from './table.js';
import { rowsLayout } from './rows.js';
import { sentencesLayout } from './sentences.js';

/** Every layout the reader knows, most specific first. */
export const LAYOUTS: Layout[] = [tableLayout, rowsLayout, sentencesLayout];

export function detectLayout(lines: Line[]): Layout | null {
  return LAYOUTS.find((layout) => layout.detect(lines)) ?? null;
}
