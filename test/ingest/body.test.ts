// parseBody on small hand-made texts: sections, missing parts, warnings and robustness.
import { describe, expect, it } from 'vitest';
import { toLines } from '../../server/ingest/lines.js';
import { parseBody } from '../../server/ingest/sections/index.js';

const parse = (...lines: string[]) => parseBody(toLines(lines.join('\n')));
const unplaced = (warnings: { line: number; message: string }[]) =>
  warnings.filter((warning) => warning.message.includes('could not be placed'));

describe('parseBody', () => {
  it('returns an empty body without warnings for no lines at all', () => {
    for (const result of [parseBody([]), parse('')]) {
      expect(result.value).toMatchObject({
        purpose: null,
        duties: [],
        rights: [],
        responsibilities: [],
        workTools: null,
        competencies: [],
        additionalCompetencies: [],
        amendment: null,
        signatures: [],
      });
      expect(result.value.requirements.languages).toEqual([]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('leaves sections that are missing empty or null', () => {
    const { value, warnings } = parse('2. AMETIKOHA EESMÄRK', 'Teenuse korraldamine.');
    expect(value.purpose).toBe('Teenuse korraldamine.');
    expect(value.duties).toEqual([]);
    expect(value.workTools).toBeNull();
    expect(value.requirements.education).toBeNull();
    expect(value.amendment).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('knows a section by its keyword, not by its number', () => {
    const { value, sources } = parse(
      ' 5. TÖÖÜLESANDED',
      '5.1 Aruannete koostamine.',
      '• Aruanded on esitatud.',
      '9. TÖÖVAHENDID',
      'Arvuti.',
    );
    expect(value.duties).toEqual([{ number: '5.1', text: 'Aruannete koostamine.', results: ['Aruanded on esitatud.'] }]);
    expect(value.workTools).toBe('Arvuti.');
    expect(sources.workTools).toEqual({ start: 5, end: 5 });
  });

  it('warns with the line number about text before the first section', () => {
    const { warnings } = parse('Lk 1/4', '', '2. TÖÖKOHA EESMÄRK', 'Eesmärk.');
    expect(warnings).toEqual([{ line: 1, message: 'could not be placed (before the first section): "Lk 1/4"' }]);
  });

  it('warns about an unknown section heading and every line under it', () => {
    const { value, warnings } = parse('2. TÖÖKOHA EESMÄRK', 'Eesmärk.', '9. LISAD', 'Lisa 1', '', 'Lisa 2');
    expect(value.purpose).toBe('Eesmärk.');
    expect(warnings.map((warning) => warning.line)).toEqual([3, 4, 6]);
    expect(warnings[0].message).toContain('unknown section heading');
    expect(unplaced(warnings).map((warning) => warning.line)).toEqual([4, 6]);
  });

  it('warns about a stray line before the first duty but not about the column header', () => {
    const { value, warnings } = parse(
      '3. TEENISTUSÜLESANDED',
      'Põhiülesanded Oodatavad tulemused',
      'xx 17 yy',
      '3.1 Aruannete koostamine.',
      '• Aruanded on esitatud.',
    );
    expect(value.duties).toHaveLength(1);
    expect(warnings).toEqual([{ line: 3, message: 'could not be placed (before the first duty): "xx 17 yy"' }]);
  });

  it('reads the amendment up to the signatures', () => {
    const { value, sources } = parse(
      '8. AMETIJUHENDI MUUTMINE',
      'Ametijuhend vaadatakse üle kord aastas.',
      'Poolte allkirjad:',
      '(allkirjastatud digitaalselt)',
      'Mari Maasikas',
      'juhataja',
    );
    expect(value.amendment).toBe('Ametijuhend vaadatakse üle kord aastas.');
    expect(sources.amendment).toEqual({ start: 2, end: 2 });
    expect(value.signatures).toEqual([{ name: 'Mari Maasikas', role: 'juhataja', party: 'EMPLOYER' }]);
  });

  it('never throws on odd input', () => {
    const odd = [
      '3. TÖÖÜLESANDED',
      '•',
      '3.1',
      '• • •',
      '3.1.',
      '((((((((((',
      '7. NÕUDED',
      'Keeleoskus',
      '',
      '(((( inglise või või või ))))',
      'Tööks vajalikud kompetentsid',
      ':',
      'Täiendavad kompetentsid',
      ': :',
      'Tööandja: Töötaja:',
      '(allkirjastatud digitaalselt) (allkirjastatud digitaalselt)',
    ];
    expect(() => parse(...odd)).not.toThrow();
    expect(() => parse(...odd.reverse())).not.toThrow();
  });

  it('stays fast on long and unpunctuated input', () => {
    const duties = Array.from({ length: 900 }, (_, i) => [`3.${i + 1} Tegevus ${i}`, '', `• Tulemus ${i}`, 'jätkub', '']).flat();
    const words = 'sõna '.repeat(20000);
    const started = performance.now();
    const { value } = parse('3. TÖÖÜLESANDED', ...duties, '7. NÕUDED', 'Keeleoskus', words, 'Haridus', '('.repeat(20000));
    expect(value.duties).toHaveLength(900);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
