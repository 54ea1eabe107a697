/**
 * Naming the organisation a job description belongs to, from its own text:
 * "Sotsiaalkindlustusameti peadirektori …", "SKA poolt", "Politsei- ja Piirivalveameti …".
 */
import { AGENCY_ABBREVIATIONS as ABBREVIATIONS, AGENCY_NOUNS } from './lexicon.js';

/** Case endings an agency name takes in running text (genitive, allative, inessive, …). */
const CASE_ENDING = '(?:i|ile|is|isse|ist|it|iga|ilt|ina|ini|ita)?';
const AGENCY = new RegExp(
  `(?<![\\p{L}-])((?:\\p{Lu}\\p{Ll}+- ja )?\\p{Lu}\\p{Ll}{3,}(?:${AGENCY_NOUNS.join('|')}))${CASE_ENDING}(?!\\p{L})`,
  'gu',
);
const ABBREVIATION = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

/** The organisation named most often in the text, or null. */
export function detectOrganization(text: string): string | null {
  const counts = new Map<string, number>();
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const match of text.matchAll(AGENCY)) add(match[1]);
  for (const match of text.matchAll(ABBREVIATION)) add(ABBREVIATIONS[match[1]]);
  let best: string | null = null;
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name;
  return best;
}
