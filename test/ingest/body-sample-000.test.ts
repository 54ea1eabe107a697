// Golden values read by hand from data/samples/000_fedac296925412a5.txt (line numbers as in `cat -n`).
import { describe, expect, it } from 'vitest';
import { sampleBody } from '../factories.js';

describe('sample 000: a table layout with glyph bullets and a duplicate duty number', () => {
  const { value: body, sources, warnings } = sampleBody('000');

  it('reads the purpose paragraph with its wrapped lines joined', () => {
    expect(body.purpose).toBe(
      'Kinnise lasteasutuse teenuse sujuva ja vajadustest lähtuva korralduse tagamine ja selleks vajalike tegevuste ' +
        'elluviimine, sh juhiste ja materjalide ettevalmistamine, oma pädevusvaldkonna piires ohvriabi ja ' +
        'ennetusteenuste osakonna teenistujate, koostööpartnerite nõustamine ja koolitamine ning toetamine ning ' +
        'teenuse elluviimise igakülgne toetamine ja parendamine.',
    );
    expect(sources.purpose).toEqual({ start: 29, end: 33 });
  });

  it('finds fourteen duties with the results each one lists', () => {
    expect(body.duties.map((duty) => duty.results.length)).toEqual([1, 3, 1, 1, 1, 1, 1, 4, 1, 3, 1, 2, 2, 1]);
    expect(body.duties.map((duty) => duty.number)).toEqual([
      '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.12',
    ]);
  });

  it('reads a duty and its result from wrapped lines', () => {
    expect(body.duties[0]).toEqual({
      number: '3.1',
      text: 'KLAT-i suunamise ja hindamise süsteemi korraldamine ning jätkutoe rakendamise toetamine.',
      results: ['Teenusele suunamine, hindamine ja jätkutugi on vajaduspõhiselt ning ettenähtud ajaraamis korraldatud.'],
    });
    expect(sources['duties[0]']).toEqual({ start: 41, end: 47 });
    expect(sources['duties[0].text']).toEqual({ start: 41, end: 43 });
    expect(sources['duties[0].results[0]']).toEqual({ start: 45, end: 47 });
  });

  it('joins a result continued in lower case after a blank line', () => {
    expect(body.duties[1].results[2]).toBe('Teenuse taotleja saab aru ja on teadlik otsuses kajastuvast infost.');
    expect(sources['duties[1].results[2]']).toEqual({ start: 58, end: 60 });
  });

  it('keeps a second sentence without a blank line before it in the same result', () => {
    expect(body.duties[10].results).toEqual([
      'Juhendid on koostatud asjatundlikult. Kodulehel avalikustatud teave on õige ja ajakohane.',
    ]);
  });

  it('keeps a duty text that has no closing full stop', () => {
    expect(body.duties[8].text).toBe('Ettepanekute tegemine töökorralduse või teenuse läbiviimise parandamiseks');
  });

  it('keeps the repeated number 3.12 as its own duty and warns about it', () => {
    expect(body.duties[11].text).toBe('Koostöö teiste osakondadega ja/või asutuste ja organisatsioonidega oma pädevusvaldkonnas.');
    expect(body.duties[13]).toEqual({
      number: '3.12',
      text: 'Vahetu juhi antud muude ühekordsete ülesannete täitmine.',
      results: ['Ülesanded on täidetud nõuetekohaselt ja tähtaegselt.'],
    });
    expect(sources['duties[13]']).toEqual({ start: 171, end: 175 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(171);
    expect(warnings[0].message).toContain('3.12');
  });

  it('reads rights and responsibilities, joining items wrapped across blank lines', () => {
    expect(body.rights).toHaveLength(6);
    expect(body.rights[2]).toBe('saada tööülesannete täitmiseks vajalikku infot, sh ligipääs tööks vajalikele infosüsteemidele;');
    expect(sources['rights[2]']).toEqual({ start: 183, end: 185 });
    expect(body.responsibilities).toHaveLength(6);
    expect(body.responsibilities[0]).toBe(
      'tööülesannete tulemusliku täitmise eest vastavalt ametijuhendile, ameti põhimäärusele, äriprotsesside ' +
        'töövoogudele ja muudele kehtivatele õigusaktidele, juhenditele ning püstitatud eesmärkidele;',
    );
    expect(sources['responsibilities[0]']).toEqual({ start: 194, end: 197 });
  });

  it('has no work tools section', () => {
    expect(body.workTools).toBeNull();
    expect(sources.workTools).toBeUndefined();
  });

  it('reads education, experience, languages and computer skills', () => {
    const requirements = body.requirements;
    expect(requirements.education).toBe('Kõrgharidus');
    expect(requirements.educationLevel).toBe('HIGHER');
    expect(sources['requirements.education']).toEqual({ start: 214, end: 214 });
    expect(requirements.experience).toBe('Vähemalt kaheaastane töökogemus sotsiaalvaldkonnas, ametiasutuse või ametikoha töövaldkonnas.');
    expect(sources['requirements.experience']).toEqual({ start: 220, end: 221 });
    expect(requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [], text: 'Eesti keele oskus vähemalt tasemel C1' },
      { language: 'inglise', code: 'en', level: 'B1', alternatives: [], text: 'Inglise keele oskus vähemalt tasemel B1' },
    ]);
    expect(sources['requirements.languages[1]']).toEqual({ start: 227, end: 227 });
    expect(requirements.computerSkills).toMatch(/^Vilunud MS Office tootepere kasutaja\. Omandab kiiresti/);
    expect(requirements.domainKnowledge).toBeNull();
    expect(requirements.other).toEqual([]);
  });

  it('reads competency groups, keeping an item wrapped after a blank line whole', () => {
    expect(body.competencies.map((group) => [group.group, group.items.length])).toEqual([
      ['Kliendikesksus', 3],
      ['Asjatundlikkus', 4],
      ['Koostöövõime', 4],
      ['Efektiivsus', 5],
    ]);
    // Lines 268–270: "… õigeaegselt." / blank / "On süsteemne …" is one bullet (the other samples print it so).
    expect(body.competencies[3].items[0]).toBe(
      'Organiseerib oma tööd efektiivselt, seab prioriteete ja täidab ülesanded õigeaegselt. ' +
        'On süsteemne ja sihipärane, kasutab efektiivseid tegutsemis-meetodeid, viib asjad lõpuni.',
    );
    expect(sources['competencies[0]']).toEqual({ start: 245, end: 248 });
    expect(sources['competencies[3].items[0]']).toEqual({ start: 268, end: 270 });
  });

  it('reads additional competencies as names with descriptions', () => {
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
    expect(body.additionalCompetencies[6].description).toBe(
      'Tuleb konstruktiivselt toime ebaõnnestumiste ja kriitikaga. Oskab teiste pingeid maha võtta.',
    );
    expect(sources['additionalCompetencies[1]']).toEqual({ start: 283, end: 285 });
  });

  it('reads the amendment and a single signature without party header as the employer', () => {
    expect(body.amendment).toBe('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.');
    expect(sources.amendment).toEqual({ start: 326, end: 326 });
    expect(body.signatures).toEqual([{ name: 'Maret Maripuu', role: 'peadirektor', party: 'EMPLOYER' }]);
    expect(sources['signatures[0]']).toEqual({ start: 330, end: 332 });
  });

  it('places every line', () => {
    expect(warnings.filter((warning) => warning.message.includes('could not be placed'))).toEqual([]);
  });
});
