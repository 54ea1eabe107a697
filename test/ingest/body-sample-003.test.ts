// Golden values read by hand from data/samples/003_8fe0a8b85a570b74.txt (line numbers as in `cat -n`).
import { describe, expect, it } from 'vitest';
import { sampleBody } from '../factories.js';

describe('sample 003: a duty number without a space, a duty with its result inline, domain knowledge', () => {
  const { value: body, sources, warnings } = sampleBody('003');

  it('reads the purpose paragraph', () => {
    expect(body.purpose).toBe(
      'Töökoha eesmärk on kliendikeskse rehabilitatsiooniteenuse sisuline arendamine ja sellega seotud tegevuste ' +
        '(sh arendustegevuste) planeerimine, elluviimine ning tulemuslikkuse hindamine arvestades ' +
        'Sotsiaalkindlustusametile seatud ülesannetega.',
    );
  });

  it('finds fourteen duties with the results each one lists', () => {
    expect(body.duties.map((duty) => duty.results.length)).toEqual([6, 1, 3, 1, 1, 3, 1, 1, 1, 1, 2, 2, 2, 1]);
    expect(body.duties.map((duty) => duty.number).slice(7, 10)).toEqual(['3.8', '3.9', '3.10']);
  });

  it('reads "3.5.Teenuse" as duty 3.5', () => {
    expect(body.duties[4].number).toBe('3.5');
    expect(body.duties[4].text).toBe('Teenuse arendamisega seotud ümarlaudade ja infopäevade korraldamine ja läbiviimine.');
    expect(sources['duties[4]']).toEqual({ start: 108, end: 114 });
  });

  it('splits duty 3.7 from the result after an inner bullet', () => {
    expect(body.duties[6]).toEqual({
      number: '3.7',
      text: 'Teenuse strateegiline kommunikatsioon',
      results: ['Teenuse tutvustamine läbi erinevate meediakanalite ja huvirühmade.'],
    });
    expect(sources['duties[6].results[0]']).toEqual({ start: 130, end: 131 });
  });

  it('reads rights and responsibilities across the blank lines of a page break', () => {
    expect(body.rights).toHaveLength(6);
    expect(body.responsibilities).toHaveLength(6);
    expect(body.responsibilities[2]).toBe(
      'tööülesannete täitmisega seoses teatavaks saanud isikuandmete ning juurdepääsupiiranguga teabe ja konfidentsiaalse info hoidmise eest;',
    );
    expect(sources['responsibilities[2]']).toEqual({ start: 213, end: 215 });
    expect(sources['responsibilities[3]']).toEqual({ start: 220, end: 220 });
  });

  it('reads the work tools paragraph', () => {
    expect(body.workTools).toBe(
      'Töövahenditeks on töötaja kasutusse antud sülearvuti tööks vajaliku tarkvaraga, mobiiltelefon (sh SIM-kaart) ' +
        'ning ühiskasutuses olev kontoritehnika ja -mööbel.',
    );
  });

  it('reads education, experience and domain knowledge', () => {
    const requirements = body.requirements;
    expect(requirements.education).toBe('Kõrgharidus');
    expect(requirements.educationLevel).toBe('HIGHER');
    expect(requirements.experience).toBe(
      'Vähemalt 3-aastane töökogemus teenuse arendamise või juhtimise valdkonnas. Soovituslik töökogemus sotsiaalvaldkonnas',
    );
    expect(requirements.domainKnowledge).toBe(
      'Väga hea sotsiaalvaldkonna ohvriabi- ja ennetusteenuseid puudutavate ja reguleerivate õigusaktide tundmine. ' +
        'Sotsiaalvaldkonna (sh rehabilitatsiooni valdkonda) reguleerivate õigusaktide tundmine, erihoolekande ' +
        'valdkonna tundmine, teadmised projektijuhtimise põhimõtetest ja teenusdisainist.',
    );
    expect(sources['requirements.domainKnowledge']).toEqual({ start: 247, end: 250 });
    expect(requirements.computerSkills).toMatch(/^Vilunud MS Office tootepere kasutaja\. Omab algteadmisi andmebaasidest/);
  });

  it('reads "at least one foreign language" with the suggested languages as alternatives', () => {
    expect(body.requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [], text: 'Eesti keele valdamine vähemalt tasemel C1' },
      {
        language: 'võõrkeel',
        code: null,
        level: 'B1',
        alternatives: ['inglise', 'vene'],
        text: 'Vähemalt ühe võõrkeele (soovitavalt inglise ja vene keel) oskus vähemalt tasemel B1',
      },
    ]);
    expect(sources['requirements.languages[1]']).toEqual({ start: 257, end: 257 });
  });

  it('reads competency groups, including a one-item group after a page break', () => {
    expect(body.competencies.map((group) => [group.group, group.items.length])).toEqual([
      ['Inimesekesksus', 3],
      ['Asjatundlikkus', 4],
      ['Koostöövõime', 4],
      ['Uuendusmeelsus', 1],
      ['Efektiivsus', 5],
    ]);
    expect(body.competencies[3].items).toEqual([
      'Võtab kiiresti omaks uued lähenemised ja tehnilised lahendused ning jagab neid kolleegidega.',
    ]);
    expect(body.additionalCompetencies.map((item) => item.name)).toEqual([
      'Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus',
      'Analüüsi- ja üldistusvõime',
      'Korrektsus',
      'Empaatiavõime',
      'Juhendamisoskus',
      'Loovus',
      'Pingetaluvus (tasakaalukus)',
      'Abivalmidus',
      'Suhete loomise oskus',
    ]);
  });

  it('reads sequential signatures: the employer with a role, the employee without', () => {
    expect(body.amendment).toBe('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.');
    expect(body.signatures).toEqual([
      { name: 'Maret Maripuu', role: 'peadirektor', party: 'EMPLOYER' },
      { name: 'Ena Soodla', role: null, party: 'EMPLOYEE' },
    ]);
    expect(sources['signatures[1]']).toEqual({ start: 374, end: 375 });
  });

  it('places every line and warns about nothing', () => {
    expect(warnings).toEqual([]);
  });
});
