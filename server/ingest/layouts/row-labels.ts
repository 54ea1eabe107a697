/**
 * The labels of header rows and the field each one fills. Only the label tells the direction of a
 * substitution row: "Teenistuja asendab" (whom it substitutes), "Teenistuja asendaja" (who substitutes it).
 */
import type { Line } from '../document.js';

export type Field = 'title' | 'unit' | 'manager' | 'subordinates' | 'substitutedBy' | 'substitutes' | 'other';

/** The one label table, longest labels first within each field. */
export const LABELS: [string, Field][] = [
  ['teenistuskoha nimetus', 'title'],
  ['ametikoha nimetus', 'title'],
  ['töökoha nimetus', 'title'],
  ['ametinimetus', 'title'],
  ['teenistuskoht', 'title'],
  ['ametikoht', 'title'],
  ['töökoht', 'title'],
  ['struktuuriüksuse nimetus', 'unit'],
  ['struktuuriüksus', 'unit'],
  ['vahetu juht', 'manager'],
  ['otsene juht', 'manager'],
  ['kellele allub', 'manager'],
  ['allub', 'manager'],
  ['temale alluvad', 'subordinates'],
  ['alluvad', 'subordinates'],
  ['teenistuja asendaja', 'substitutedBy'],
  ['töötaja asendaja', 'substitutedBy'],
  ['tema asendaja', 'substitutedBy'],
  ['esimene asendaja', 'substitutedBy'],
  ['teine asendaja', 'substitutedBy'],
  ['kolmas asendaja', 'substitutedBy'],
  ['kes asendab', 'substitutedBy'],
  ['asendajad', 'substitutedBy'],
  ['asendaja', 'substitutedBy'],
  ['teenistuja asendab', 'substitutes'],
  ['töötaja asendab', 'substitutes'],
  ['tema asendab', 'substitutes'],
  ['keda asendab', 'substitutes'],
  ['asendab', 'substitutes'],
  ['ametisse nimetab', 'other'],
  ['tööle võtab', 'other'],
  ['teenistusse võtab', 'other'],
  ['teenistuskoha asukoht', 'other'],
  ['ametikoha asukoht', 'other'],
  ['töökoha asukoht', 'other'],
  ['teenistustingimuste erisused', 'other'],
  ['töötingimuste erisused', 'other'],
  ['teenistuskoha kood', 'other'],
];

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
