import { describe, expect, it } from 'vitest';
import { snippet } from '../../server/search/snippet.js';
import { matchSpans } from '../../server/search/text-match.js';
import { rankCandidates, type Candidate } from '../../server/search/ranking.js';

const shown = (text: string, words: string[], mode: 'anywhere' | 'wordStart' = 'anywhere') => snippet(text, matchSpans(text, words, mode));

describe('a search snippet', () => {
  it('marks the whole word a query word is part of', () => {
    expect(shown('Peadirektori asetäitja teenuste alal', ['peadirektor'])).toBe('«Peadirektori» asetäitja teenuste alal');
    expect(shown('Rehabilitatsiooniteenuse osutamine', ['teenus'])).toBe('«Rehabilitatsiooniteenuse» osutamine');
  });

  it('keeps punctuation outside the mark and folds Estonian letters in either case', () => {
    expect(shown('Nõustab ÕIGUSOSAKONDA, juhatajat.', ['õigusosakond'])).toBe('Nõustab «ÕIGUSOSAKONDA», juhatajat.');
  });

  it('gives a dozen words around the first match, with an ellipsis where it cuts the text, and never cuts a word', () => {
    const text = 'Maakondlike koostööpartnerite nõustamine ja juhendamine, sealhulgas regulaarsete infopäevade läbiviimine ning rehabilitatsiooniteenuse osutajate tegevuse järelevalve kõigis piirkondades, tagades ühtse praktika ja õigeaegse aruandluse.';
    const result = shown(text, ['järelevalve']);
    expect(result).toBe('…ning rehabilitatsiooniteenuse osutajate tegevuse «järelevalve» kõigis piirkondades, tagades ühtse praktika ja õigeaegse…');
    expect(result.replace(/…/g, '').split(/\s+/)).toHaveLength(12);
    expect(shown(text, ['koostöö'])).toBe('Maakondlike «koostööpartnerite» nõustamine ja juhendamine, sealhulgas regulaarsete infopäevade läbiviimine ning rehabilitatsiooniteenuse osutajate…');
  });

  it('marks only words that begin with the query word where the database matches beginnings', () => {
    expect(shown('Andmeanalüütik ja analüütik', ['analüütik'], 'wordStart')).toBe('Andmeanalüütik ja «analüütik»');
    expect(shown('Andmeanalüütik ja analüütik', ['analüütik'], 'anywhere')).toBe('«Andmeanalüütik» ja «analüütik»');
  });
});

describe('the order of search hits', () => {
  const candidate = (positionId: number, title: string, unit = '', purpose = '', score = 1): Candidate => ({ positionId, ref: positionId, title, unit, purpose, score });

  it('puts the exact title first, then titles beginning with the query, then titles holding it, then unit, purpose and duties', () => {
    const ranked = rankCandidates(
      [
        candidate(1, 'Nõunik', '', '', 9),
        candidate(2, 'Nõunik', 'Peadirektori büroo', '', 8),
        candidate(3, 'Nõunik', '', 'Peadirektori nõustamine', 7),
        candidate(4, 'Peadirektori nõunik', '', '', 2),
        candidate(5, 'Peadirektor', '', '', 1),
        candidate(6, 'Büroo juhataja (peadirektori büroo)', '', '', 3),
      ],
      'Peadirektor',
      ['Peadirektor'],
      'anywhere',
    );
    expect(ranked.map((r) => [r.candidate.positionId, r.tier, r.field])).toEqual([
      [5, 'EXACT_TITLE', 'title'],
      [4, 'TITLE_PREFIX', 'title'],
      [6, 'TITLE', 'title'],
      [2, 'UNIT', 'unit'],
      [3, 'PURPOSE', 'purpose'],
      [1, 'DUTIES', 'duties'],
    ]);
  });
});
