// Golden values read by hand from data/samples/001_05aa866d7c026209.txt (line numbers as in `cat -n`).
import { describe, expect, it } from 'vitest';
import { sampleBody } from '../factories.js';

describe('sample 001: bullets "•" and "▪", a duty and its first result on one line, two signature columns', () => {
  const { value: body, sources, warnings } = sampleBody('001');

  it('reads the purpose paragraph', () => {
    expect(body.purpose).toBe(
      'Töökoha eesmärk on koordineerida ohvriabi psühholoogilise abi ja traumast taastumist toetava vaimse tervise ' +
        'abi (edaspidi TTTVT) töösuunda, kujundades protsesse selle töö üleriigiliseks toimimiseks ja arendamiseks.',
    );
    expect(sources.purpose).toEqual({ start: 36, end: 38 });
  });

  it('finds thirteen duties with the results each one lists', () => {
    expect(body.duties.map((duty) => duty.results.length)).toEqual([3, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2, 3, 1]);
    expect(body.duties[12].number).toBe('3.13');
  });

  it('keeps a duty text of two sentences together when no blank line parts them', () => {
    expect(body.duties[0].text).toBe(
      'Teenuse korraldamises osalemine ja arendustegevuste toetamine ja elluviimine. ' +
        'Ohvriabi psühholoogilise abi teenuse protsesside kujundamisel osalemine.',
    );
  });

  it('splits duty 3.5 from its first result printed on the same line', () => {
    expect(body.duties[4]).toEqual({
      number: '3.5',
      text: 'Koolitus- ja teavitustegevuste korraldamine.',
      results: [
        'Koolitustegevused ja muud teavitustegevused on eesmärgipäraselt ja sihtgrupi vajadustest lähtuvalt korraldatud.',
        'Kodulehel ja sotsiaalmeedias avalikustatud teave on õige ja ajakohane.',
      ],
    });
    expect(sources['duties[4].text']).toEqual({ start: 94, end: 94 });
    expect(sources['duties[4].results[0]']).toEqual({ start: 94, end: 97 });
  });

  it('joins a duty text continued after a blank line', () => {
    expect(body.duties[7].text).toBe('TTTVT statistika, teenuse mõjude hindamise ja kasutajakogemuse analüüsimise koordineerimine.');
  });

  it('reads a sentence after a blank line as a result whose bullet was lost', () => {
    expect(body.duties[8].results).toEqual([
      'Ohvriabi partnerid ja teenuste saajad on informeeritud.',
      'Informatsioon on piisav ja partneritele ning teenuse saajatele kättesaadav.',
    ]);
    expect(sources['duties[8].results[1]']).toEqual({ start: 138, end: 139 });
  });

  it('reads rights and responsibilities after their intro lines', () => {
    expect(body.rights).toHaveLength(5);
    expect(body.rights[4]).toBe('saada ligipääs tööks vajalikele infosüsteemidele.');
    expect(sources['rights[0]']).toEqual({ start: 188, end: 188 });
    expect(body.responsibilities).toHaveLength(5);
    expect(body.responsibilities[2]).toBe(
      'tööülesannete täitmisega seoses teatavaks saanud isikuandmete, juurdepääsupiiranguga teabe ning konfidentsiaalse info hoidmise eest;',
    );
    expect(sources['responsibilities[2]']).toEqual({ start: 203, end: 205 });
  });

  it('reads the work tools paragraph', () => {
    expect(body.workTools).toBe(
      'Töövahenditeks on töötaja kasutusse antud kontorimööbel, kontoritarbed, arvuti koos tööks vajaliku ' +
        'tarkvaraga ja mobiiltelefon ning ühiskasutuses olev kontoritehnika.',
    );
    expect(sources.workTools).toEqual({ start: 212, end: 213 });
  });

  it('reads three language requirements from one sentence joined by a comma and "ja"', () => {
    const requirements = body.requirements;
    expect(requirements.education).toBe('Kõrgharidus');
    expect(requirements.educationLevel).toBe('HIGHER');
    expect(requirements.experience).toBe('Vähemalt 3-aastane töökogemus sotsiaalvaldkonnas, ameti või ametikoha töövaldkonnas.');
    expect(requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [], text: 'Eesti keele valdamine vähemalt tasemel C1' },
      { language: 'inglise', code: 'en', level: 'C1', alternatives: [], text: 'inglise keele valdamine tasemel C1' },
      { language: 'vene', code: 'ru', level: 'B1', alternatives: [], text: 'vene keele valdamine tasemel B1' },
    ]);
    expect(sources['requirements.languages[0]']).toEqual({ start: 237, end: 237 });
    expect(sources['requirements.languages[2]']).toEqual({ start: 237, end: 238 });
    expect(requirements.computerSkills).toMatch(/^Teksti- ja andmetöötluse põhifunktsioonide kasutamine\. Info- ja/);
    expect(requirements.domainKnowledge).toBeNull();
  });

  it('reads competency groups and additional competencies', () => {
    expect(body.competencies.map((group) => [group.group, group.items.length])).toEqual([
      ['Kliendikesksus', 3],
      ['Asjatundlikkus', 4],
      ['Koostöövõime', 4],
      ['Efektiivsus', 5],
    ]);
    expect(sources['competencies[1].items[2]']).toEqual({ start: 263, end: 265 });
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

  it('splits the flattened signature columns into employer and employee', () => {
    expect(body.amendment).toBe('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.');
    expect(body.signatures).toEqual([
      { name: 'Maret Maripuu', role: 'peadirektor', party: 'EMPLOYER' },
      { name: 'Tuuli Truupõld', role: null, party: 'EMPLOYEE' },
    ]);
    expect(sources['signatures[1]']).toEqual({ start: 343, end: 345 });
  });

  it('places every line and warns about nothing', () => {
    expect(warnings).toEqual([]);
  });
});
