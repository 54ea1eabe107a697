// The reading rules of each body section, on small hand-made texts.
import { describe, expect, it } from 'vitest';
import { toLines } from '../../server/ingest/lines.js';
import { educationLevel, parseBody } from '../../server/ingest/sections/index.js';

const parse = (...lines: string[]) => parseBody(toLines(lines.join('\n')));

describe('duties', () => {
  it('reads a sentence after a blank line as a new result whose bullet was lost', () => {
    const { value } = parse('3. TÖÖÜLESANDED', '3.1 Info haldamine.', '', '• Partnerid on informeeritud.', '', 'Info on kättesaadav.');
    expect(value.duties[0].results).toEqual(['Partnerid on informeeritud.', 'Info on kättesaadav.']);
  });

  it('keeps the next sentence in the same result when no blank line comes before it', () => {
    const { value } = parse('3. TÖÖÜLESANDED', '3.1 Info haldamine.', '• Juhendid on koostatud.', 'Teave on õige.');
    expect(value.duties[0].results).toEqual(['Juhendid on koostatud. Teave on õige.']);
  });

  it('continues a result across a blank line when it has not ended', () => {
    const { value, sources } = parse('3. TÖÖÜLESANDED', '3.1 Info haldamine.', '• Teenuse taotleja on', '', 'Teadlik otsusest.');
    expect(value.duties[0].results).toEqual(['Teenuse taotleja on Teadlik otsusest.']);
    expect(sources['duties[0].results[0]']).toEqual({ start: 3, end: 5 });
  });

  it('reads duty numbers with and without a dot or space after them', () => {
    const { value } = parse('3. TÖÖÜLESANDED', '3.1. Üks.', '3.2 Kaks.', '3.3.Kolm.', '3.4', 'Neli.');
    expect(value.duties.map((duty) => [duty.number, duty.text])).toEqual([
      ['3.1', 'Üks.'],
      ['3.2', 'Kaks.'],
      ['3.3', 'Kolm.'],
      ['3.4', 'Neli.'],
    ]);
  });

  it('does not take "3.5-aastane" or another section\'s number for a duty', () => {
    const { value } = parse('3. TÖÖÜLESANDED', '3.1 Töö.', '• Tehtud', '3.5-aastane kogemus.', '4.2 versioon.');
    expect(value.duties).toHaveLength(1);
    expect(value.duties[0].results).toEqual(['Tehtud 3.5-aastane kogemus. 4.2 versioon.']);
  });

  it('treats a repeated column header as placed', () => {
    const { value, warnings } = parse('3. TÖÖÜLESANDED', '3.1 Töö.', '• Tehtud.', 'Põhiülesanded Oodatavad tulemused', '3.2 Teine.');
    expect(value.duties).toHaveLength(2);
    expect(warnings).toEqual([]);
  });
});

describe('rights and responsibilities', () => {
  it('joins an item wrapped across a blank line and skips the intro line', () => {
    const { value, sources } = parse('4. ÕIGUSED', 'Töötajal on õigus:', '• saada infot, sh ligipääs', '', 'infosüsteemidele;', '• osaleda koolitustel.');
    expect(value.rights).toEqual(['saada infot, sh ligipääs infosüsteemidele;', 'osaleda koolitustel.']);
    expect(sources['rights[0]']).toEqual({ start: 3, end: 5 });
  });

  it('starts a new item after a semicolon when the bullets were lost', () => {
    const { value } = parse('5. VASTUTUS', 'Omab vastutust:', 'vara kasutamise eest;', 'info hoidmise', 'eest;', 'maine hoidmise eest.');
    expect(value.responsibilities).toEqual(['vara kasutamise eest;', 'info hoidmise eest;', 'maine hoidmise eest.']);
  });
});

describe('requirements', () => {
  it('keeps a row with an unlisted label as "other"', () => {
    const { value, sources } = parse('7. NÕUDED', 'Haridus', '', 'Keskharidus', '', 'Eritingimused', '', 'Juhiload B-kategooria.');
    expect(value.requirements.education).toBe('Keskharidus');
    expect(value.requirements.educationLevel).toBe('SECONDARY');
    expect(value.requirements.other).toEqual([{ label: 'Eritingimused', text: 'Juhiload B-kategooria.' }]);
    expect(sources['requirements.other[0]']).toEqual({ start: 8, end: 8 });
  });

  it('does not take a short second value line for a label', () => {
    const { value } = parse('7. NÕUDED', 'Haridus', '', 'Kõrgharidus', '', 'Soovitavalt magistrikraad', '', 'Töökogemus', '', 'Kaks aastat.');
    expect(value.requirements.education).toBe('Kõrgharidus Soovitavalt magistrikraad');
    expect(value.requirements.educationLevel).toBe('HIGHER');
    expect(value.requirements.other).toEqual([]);
    expect(value.requirements.experience).toBe('Kaks aastat.');
  });

  it('names the lowest education level the text mentions', () => {
    expect(educationLevel('Põhiharidus')).toBe('BASIC');
    expect(educationLevel('Keskharidus')).toBe('SECONDARY');
    expect(educationLevel('Kutsekeskharidus')).toBe('VOCATIONAL');
    expect(educationLevel('Kõrgharidus, soovitavalt magistrikraad')).toBe('HIGHER');
    expect(educationLevel('Magistrikraad või sellele vastav kvalifikatsioon')).toBe('MASTER');
    expect(educationLevel('Doktorikraad')).toBe('DOCTORATE');
    expect(educationLevel('Erialane ettevalmistus')).toBeNull();
  });

  it('reads "Inglise ja vene keele oskus" as two requirements with the same level', () => {
    const { value } = parse('7. NÕUDED', 'Keeleoskus', 'Inglise ja vene keele oskus tasemel B2.');
    expect(value.requirements.languages.map(({ language, code, level, alternatives }) => ({ language, code, level, alternatives }))).toEqual([
      { language: 'inglise', code: 'en', level: 'B2', alternatives: [] },
      { language: 'vene', code: 'ru', level: 'B2', alternatives: [] },
    ]);
  });

  it('reads the older level names and warns about a sentence naming no language', () => {
    const { value, warnings } = parse('7. NÕUDED', 'Keeleoskus', 'Eesti keele oskus kõrgtasemel.', 'Hea suhtlemisoskus.');
    expect(value.requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [], text: 'Eesti keele oskus kõrgtasemel' },
    ]);
    expect(warnings).toEqual([{ line: 4, message: 'no language named in "Hea suhtlemisoskus"' }]);
  });

  it('reads competency items wrapped across blank lines and a lost "Name:" bullet', () => {
    const { value } = parse(
      '7. NÕUDED',
      'Tööks vajalikud kompetentsid',
      'Koostöövõime:',
      '• Teeb koostööd.',
      '',
      'On avatud.',
      '• Täidab kokkulepped.',
      'Täiendavad kompetentsid, isikuomadused ja teadmised',
      '• Korrektsus: Täidab ülesandeid',
      'täpselt.',
      '',
      'Loovus: Genereerib ideid.',
    );
    expect(value.competencies).toEqual([{ group: 'Koostöövõime', items: ['Teeb koostööd. On avatud.', 'Täidab kokkulepped.'] }]);
    expect(value.additionalCompetencies).toEqual([
      { name: 'Korrektsus', description: 'Täidab ülesandeid täpselt.' },
      { name: 'Loovus', description: 'Genereerib ideid.' },
    ]);
  });
});

describe('signatures', () => {
  it('splits a flattened name line that is not two two-word names after the second word, with a warning', () => {
    const { value, warnings } = parse(
      'Tööandja: Töötaja:',
      '(allkirjastatud digitaalselt) (allkirjastatud digitaalselt)',
      'Mari Ann Tamm Jaan Kask',
      'direktor',
    );
    expect(value.signatures).toEqual([
      { name: 'Mari Ann', role: 'direktor', party: 'EMPLOYER' },
      { name: 'Tamm Jaan Kask', role: null, party: 'EMPLOYEE' },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(3);
  });

  it('gives parties in the order the header names them', () => {
    const { value } = parse('Töötaja:', '(allkirjastatud digitaalselt)', 'Jaan Kask', 'Tööandja:', '(allkirjastatud digitaalselt)', 'Mari Tamm', 'direktor');
    expect(value.signatures).toEqual([
      { name: 'Jaan Kask', role: null, party: 'EMPLOYEE' },
      { name: 'Mari Tamm', role: 'direktor', party: 'EMPLOYER' },
    ]);
  });
});
