/**
 * What a name in a header list refers to: a position title, a group ("osakonna teenistujad":
 * any staff of a unit), or a placeholder ("valdkonnajuhi poolt määratud ametnik",
 * "vastavalt asendusskeemile") that names nobody in particular.
 */
import { baseTitle } from './titles.js';
import { baseUnitName, isUnitWord } from './units.js';

export type Reference =
  | { kind: 'POSITION'; title: string }
  | { kind: 'GROUP'; label: string; unitName: string }
  | { kind: 'PLACEHOLDER'; label: string };

const STAFF_WORDS = /^(teenistuja|teenistujad|töötaja|töötajad|ametnik|ametnikud|liige|liikmed|personal)$/i;
const PLACEHOLDER = /määratud|määrab|asendusskeem|vastavalt|nimetatud isik|käskkirjaga/i;

export function classifyReference(text: string): Reference {
  const label = baseTitle(text);
  if (PLACEHOLDER.test(text)) return { kind: 'PLACEHOLDER', label };
  const words = label.split(' ');
  const last = words[words.length - 1];
  const modifier = words.slice(0, -1);
  if (words.length >= 2 && STAFF_WORDS.test(last) && isUnitWord(modifier[modifier.length - 1])) {
    return { kind: 'GROUP', label, unitName: baseUnitName(modifier.join(' ')) };
  }
  return { kind: 'POSITION', title: label };
}
