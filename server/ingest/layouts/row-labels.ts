/**
 * The labels of header rows and the field each one fills. Only the label tells the direction of a
 * substitution row: "Teenistuja asendab" (whom it substitutes), "Teenistuja asendaja" (who substitutes it).
 */
import type { Line } from '../document.js';
import { ROW_LABELS, type LabelField } from '../estonian/lexicon.js';

export type Field = LabelField;

/** The one label table (in the lexicon), longest labels first within each field. */
export const LABELS: [string, Field][] = ROW_LABELS;

/** "Asendaja(d)": a plural ending in brackets belongs to the label. */
const LABEL_PATTERN = new RegExp(
  `^(\\d+(?:\\.\\d+)*\\.?\\s*)?(${LABELS.map(([label]) => label).join('|')})(?:\\s?\\((?:d|id)\\))?(?=\\s|:|$)\\s*:?\\s*(.*)$`,
  'iu',
);
/** A numbered label inside a line: two rows flattened onto one ("1.5. Asendaja 1.6. Asendab"). */
const INNER_LABEL = new RegExp(`\\s(?=\\d+\\.\\d+\\.?\\s*(?:${LABELS.map(([label]) => label).join('|')})(?:\\s|:|$))`, 'giu');

export interface Label {
  field: Field;
  label: string;
  numbered: boolean;
  colon: boolean;
  value: string;
}

export function readLabel(line: Line): Label | null {
  const match = LABEL_PATTERN.exec(line.text);
  if (!match) return null;
  const field = LABELS.find(([label]) => label === match[2].toLocaleLowerCase('et'))![1];
  return { field, label: match[2], numbered: !!match[1], colon: line.text.includes(':'), value: match[3].trim() };
}

/** One line per numbered row: "1.5. Asendaja 1.6. Asendab" is two labels waiting for values. */
export function splitRows(line: Line): Line[] {
  if (!readLabel(line)) return [line];
  return line.text.split(INNER_LABEL).map((text) => ({ ...line, text: text.trim() }));
}
