/**
 * A reference that is a documented title plus a case ending the case rules do not know.
 */
import { describe, expect, it } from 'vitest';
import { knownTitleWithEnding } from '../../server/org/case-endings.js';

const known = (...keys: string[]) => (key: string) => keys.includes(key);

describe('a title with a case ending', () => {
  it('is the known title it ends on, the longest ending first', () => {
    expect(knownTitleWithEnding('andmeinsenerit', known('andmeinsener'))).toBe('andmeinsener');
    expect(knownTitleWithEnding('andmeinsenerile', known('andmeinsener', 'andmeinseneril'))).toBe('andmeinsener');
  });

  it('keeps its specialisation in brackets', () => {
    expect(knownTitleWithEnding('andmeinsenerit (pilv)', known('andmeinsener (pilv)'))).toBe('andmeinsener (pilv)');
  });

  it('is none when the title itself is known, no known title is left, or the stem is too short to tell', () => {
    expect(knownTitleWithEnding('andmeinsener', known('andmeinsener', 'andmeinsene'))).toBeNull();
    expect(knownTitleWithEnding('andmeinsenerit', known('analüütik'))).toBeNull();
    expect(knownTitleWithEnding('juhit', known('juh'))).toBeNull();
  });
});
