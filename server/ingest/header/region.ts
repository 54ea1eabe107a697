/**
 * Where a header ends: the first body section. A value never runs past it, whatever the layout.
 */
import { OPENING_SECTION_WORDS, SECTION_WORDS } from '../estonian/lexicon.js';

const BODY_WORDS = SECTION_WORDS.filter((w) => !OPENING_SECTION_WORDS.includes(w)).join('|');
/** "2. TÖÖKOHA EESMÄRK", "II AMETIKOHA EESMÄRK", "III TEENISTUSKOHUSTUSED", "1. Teenistuskoha eesmärk on …". */
const NUMBERED_SECTION = new RegExp(`^(?:[IVX]{1,4}|\\d{1,2})\\.?\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:\\p{L}*(?:${BODY_WORDS}))(?![\\p{L}])`, 'iu');
/** "TEENISTUSKOHUSTUSED", "AMETIKOHA EESMÄRK": an upper-case heading without a number. */
const UPPER_SECTION = new RegExp(`^(?:\\p{Lu}+\\s+){0,3}?\\p{Lu}*(?:${BODY_WORDS.toLocaleUpperCase('et')})\\s*:?$`, 'u');
/** "II", "IV ÕIGUSED": a roman numeral heading in upper case. */
const ROMAN_HEADING = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)\.?\s+\p{Lu}{3,}/u;
/** "2. Õigused", "3. TEENISTUSÜLESANDED", "2 AMETIKOHA EESMÄRK": any numbered heading after the first. */
const LATER_SECTION = /^[2-9](?:\.\s*\p{L}|\s+\p{Lu}{3,})/u;
/** "3.1.1": a duty's number; header rows have two levels at most. */
const DUTY_NUMBER = /^\d+\.\d+\.\d+\.?\s/u;

/** True when the line starts the body: a value that reaches it has ended. */
export function startsBody(text: string): boolean {
  return (
    LATER_SECTION.test(text) ||
    NUMBERED_SECTION.test(text) ||
    UPPER_SECTION.test(text) ||
    ROMAN_HEADING.test(text) ||
    DUTY_NUMBER.test(text)
  );
}
