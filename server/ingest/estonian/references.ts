/**
 * What a name in a header list refers to: a position title, a group ("osakonna teenistujad":
 * any staff of a unit), or a placeholder ("valdkonnajuhi poolt määratud ametnik",
 * "vastavalt asendusskeemile") that names nobody in particular.
 */
import { baseTitle, groupPlural } from './titles.js';
import { baseUnitName, isUnitWord } from './units.js';
import { ORGANIZATION_GENITIVES, PLACEHOLDER_WORDS, STAFF_WORDS } from './lexicon.js';

export type Reference =
  | { kind: 'POSITION'; title: string }
  /** unitName '' when the group is the whole organisation's ("valla sotsiaaltöötajad"). */
  | { kind: 'GROUP'; label: string; unitName: string }
  | { kind: 'PLACEHOLDER'; label: string };

const PLACEHOLDER = new RegExp(PLACEHOLDER_WORDS.join('|'), 'i');

export function classifyReference(text: string): Reference {
  const label = baseTitle(text);
  if (PLACEHOLDER.test(text)) return { kind: 'PLACEHOLDER', label };
  const words = label.split(' ');
  const last = words[words.length - 1];
  const modifier = words.slice(0, -1);
  const owner = modifier[modifier.length - 1]?.toLocaleLowerCase('et') ?? '';
  // "osakonna teenistuja(d)": the staff of a unit; "talituse spetsialistid", "valla sotsiaaltöötajad": a plural after a unit or the organisation.
  const staff = STAFF_WORDS.includes(last.toLocaleLowerCase('et')) && (isUnitWord(owner) || ORGANIZATION_GENITIVES.includes(owner));
  if (words.length >= 2 && (staff || groupPlural(label))) {
    const unitName = ORGANIZATION_GENITIVES.includes(owner) ? '' : baseUnitName(modifier.join(' '));
    return { kind: 'GROUP', label, unitName };
  }
  return { kind: 'POSITION', title: label };
}
