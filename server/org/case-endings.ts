/**
 * A title written with a case ending the case rules do not know for its head noun
 * ("Andmeinsenerit" for the partitive of "andmeinsener", whose correct form is "andmeinseneri").
 * The rules in ingest/estonian/titles.ts reduce the forms they list; this one reduces any
 * reference that is a title the organisation documents plus one ending.
 */
import { splitSpecialization } from '../ingest/estonian/titles.js';

/**
 * Endings of the cases header lists use, wrongly or rightly attached: partitive (-t, -it, -ut, -d),
 * genitive (-i, -e, -u), allative (-le, -ile, -ele, -ule), plural nominative (-d, -id), plural
 * allative (-tele, -idele), comitative (-ga). Longest first, so "-ile" is tried before "-le".
 */
const ENDINGS = ['idele', 'tele', 'ile', 'ele', 'ule', 'le', 'ga', 'id', 'it', 'ut', 't', 'd', 'i', 'e', 'u'];

/** A stem shorter than this ("Juh" + "t") is too short to be told from another word. */
const MIN_STEM = 4;

/**
 * The key of the known title that `key` (a title key) is with a case ending on its head, or null.
 * The specialisation in brackets is kept as it is: "andmeinsenerit (pilv)" → "andmeinsener (pilv)".
 */
export function knownTitleWithEnding(key: string, isKnown: (key: string) => boolean): string | null {
  if (isKnown(key)) return null;
  const { head, specialization } = splitSpecialization(key);
  const suffix = specialization === null ? '' : ` (${specialization})`;
  for (const ending of ENDINGS) {
    if (!head.endsWith(ending) || head.length - ending.length < MIN_STEM) continue;
    const stem = head.slice(0, -ending.length) + suffix;
    if (isKnown(stem)) return stem;
  }
  return null;
}
