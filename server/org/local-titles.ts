/**
 * Titles a reference means inside the referrer's own units, never in another one. Lists in a
 * header name colleagues far more often than anyone elsewhere, and a line drawn to the wrong
 * department shows a position as covered by someone who does not stand in for it; a line not
 * drawn stays an undocumented position, which coverage shows as such. So only a title that
 * picks out one kind of post ("Andmeinsener", "Andmekaitsespetsialist") is looked for elsewhere:
 * - a lead ("Teenuse juht", "Projektijuht", "Osakonnajuhataja") is the lead of the referrer's own work;
 * - a bare kind of work found in every unit ("Koordinaator", "Peaspetsialist", "Nõunik") says
 *   nothing of where the colleague sits.
 */
import { headKey } from '../ingest/estonian/titles.js';

/** Head nouns of leads: the last word, or the end of a compound ("projektijuht"). */
const LEAD = /(juht|juhataja|direktor)$/u;

/** Rank prefixes that leave the kind of work as it is ("peaspetsialist", "vanemnõunik"). */
const RANK = /^(pea|vanem|juhtiv|kesk|noorem)/u;

/** Kinds of work every unit has, in the base form. */
const EVERY_UNIT = new Set([
  'koordinaator', 'nõunik', 'spetsialist', 'ekspert', 'jurist', 'analüütik', 'assistent', 'sekretär',
  'referent', 'konsultant', 'nõustaja', 'inspektor', 'ametnik', 'teenistuja', 'töötaja', 'raamatupidaja',
  'arendaja', 'haldur', 'tehnik', 'insener', 'administraator', 'asjaajaja', 'asetäitja',
]);

export function isLocalTitle(title: string): boolean {
  const head = headKey(title);
  if (LEAD.test(head)) return true;
  return EVERY_UNIT.has(head) || EVERY_UNIT.has(head.replace(RANK, ''));
}
