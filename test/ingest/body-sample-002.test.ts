// Golden values read by hand from data/samples/002_42ab01ed87798dfc.txt (line numbers as in `cat -n`).
import { describe, expect, it } from 'vitest';
import { sampleBody } from '../factories.js';

describe('sample 002: headings with a leading space and signature blocks one after the other', () => {
  const { value: body, sources, warnings } = sampleBody('002');

  it('reads the purpose paragraph', () => {
    expect(body.purpose).toBe(
      'Töökoha eesmärk on riikliku perelepitusteenuse tiimi ja Sotsiaalkindlustusameti (amet) lastekaitse üksuse ' +
        'eesmärkide ja tegevuste rakendamine arvestades riikliku perelepitusteenuse seadusega ametile pandud ' +
        'ülesannetega ning käimasoleva riikliku perelepitusteenuse arendamise protsessiga.',
    );
  });

  it('finds seven duties with the results each one lists', () => {
    expect(body.duties.map((duty) => duty.results.length)).toEqual([2, 1, 1, 1, 2, 2, 1]);
    expect(body.duties[1].results).toEqual([
      'Koolituste, infopäevade, konverentside, infotundide jms on korrektselt ja hanke korda järgides ette valmistatud ja läbi viidud.',
    ]);
    expect(body.duties[5].text).toBe('Muude pädevusvaldkonda kuuluvate tegevuste korraldamine ja uuenduste algatamine');
    expect(sources['duties[6]']).toEqual({ start: 101, end: 105 });
  });

  it('finds the rights section under a heading with a leading space', () => {
    expect(body.rights).toHaveLength(6);
    expect(body.rights[0]).toBe('teha kaugtööd kokkuleppel vahetu juhiga;');
    expect(sources['rights[0]']).toEqual({ start: 109, end: 109 });
    expect(body.responsibilities).toHaveLength(6);
    expect(body.responsibilities[5]).toBe('ameti maine hoidmise eest enda poolt vahendatavas teabes ja oma tegevustes.');
  });

  it('reads the work tools paragraph', () => {
    expect(body.workTools).toBe(
      'Töövahenditeks on töötaja kasutusse antud sülearvuti tööks vajaliku tarkvaraga, mobiiltelefon ning ' +
        'ühiskasutuses olev kontoritehnika ja -mööbel.',
    );
  });

  it('reads "Inglise või vene keele valdamine" as English with Russian as the alternative', () => {
    const requirements = body.requirements;
    expect(requirements.education).toBe('Kõrgharidus, sotsiaal-, kasvatus- või riigiteadustes.');
    expect(requirements.educationLevel).toBe('HIGHER');
    expect(requirements.experience).toBe('Vähemalt 2-aastane töökogemus ameti või töökoha töövaldkonnas.');
    expect(requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [], text: 'Eesti keele valdamine vähemalt tasemel C1' },
      { language: 'inglise', code: 'en', level: 'B2', alternatives: ['vene'], text: 'Inglise või vene keele valdamine tasemel B2' },
    ]);
    expect(requirements.computerSkills).toMatch(/^Vilunud MS Office tootepere kasutaja\./);
    expect(sources['requirements.computerSkills']).toEqual({ start: 160, end: 161 });
  });

  it('reads a competency group whose name has a leading space', () => {
    expect(body.competencies.map((group) => [group.group, group.items.length])).toEqual([
      ['Kliendikesksus', 3],
      ['Eestvedamine', 4],
      ['Asjatundlikkus', 4],
      ['Koostöövõime', 4],
      ['Efektiivsus', 5],
    ]);
    expect(body.competencies[1].items[1]).toBe(
      'Seab tegevused eesmärke silmas pidades tähtsuse järjekorda ja loob selguse töökorralduses.',
    );
    expect(sources['competencies[2]']).toEqual({ start: 177, end: 187 });
  });

  it('reads eleven additional competencies', () => {
    expect(body.additionalCompetencies.map((item) => item.name)).toEqual([
      'Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus',
      'Analüüsi- ja üldistusvõime',
      'Korrektsus',
      'Efektiivsus',
      'Asjatundlikkus',
      'Abivalmidus',
      'Pingetaluvus',
      'Empaatiavõime',
      'Juhendamisoskus',
      'Loovus',
      'Suhete loomise oskus',
    ]);
  });

  it('reads sequential signature blocks with a two-line role for the employer', () => {
    expect(body.amendment).toBe('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.');
    expect(sources.amendment).toEqual({ start: 251, end: 251 });
    expect(body.signatures).toEqual([
      { name: 'Leila Siiroja', role: 'Õiguse ja järelevalve osakonna juhataja peadirektori ülesannetes', party: 'EMPLOYER' },
      { name: 'Eliise Tiidussalu', role: null, party: 'EMPLOYEE' },
    ]);
    expect(sources['signatures[0]']).toEqual({ start: 260, end: 263 });
    expect(sources['signatures[1]']).toEqual({ start: 265, end: 266 });
  });

  it('places every line and warns about nothing', () => {
    expect(warnings).toEqual([]);
  });
});
