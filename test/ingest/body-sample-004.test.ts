// Golden values read by hand from data/samples/004_f78f757519e112cf.txt (line numbers as in `cat -n`).
import { describe, expect, it } from 'vitest';
import { sampleBody } from '../factories.js';

describe('sample 004: every bullet lost, so items are told apart by blank lines and punctuation', () => {
  const { value: body, sources, warnings } = sampleBody('004');

  it('reads the purpose paragraph with its quotes normalised', () => {
    expect(body.purpose).toMatch(/^Ametikoha eesmärk on ühtekuuluvuspoliitika fondide 2021-2027 meetme "Iseseisvat toimetulekut/);
    expect(body.purpose).toMatch(/järelevalve teostamine ja aruandluse korraldamine\.$/);
    expect(sources.purpose).toEqual({ start: 34, end: 40 });
  });

  it('finds eighteen duties with the results each one lists', () => {
    expect(body.duties.map((duty) => duty.results.length)).toEqual([3, 2, 2, 1, 1, 1, 2, 1, 4, 1, 1, 2, 4, 1, 2, 2, 2, 1]);
  });

  it('starts a result at each sentence after a blank line and joins lines continued after blanks', () => {
    expect(body.duties[0].results).toEqual([
      'KOV-id on nõustatud ja juhendatud isikukesksete lahenduste leidmisel.',
      'Piloteeritavates omavalitsustes on leitud kogukonnapõhiseid lahendusi, kaasatud on sotsiaalhoolekandeväliseid ressursse.',
      'KOV-id on kogukonnapõhiseid arendustegevusi rakendamas.',
    ]);
    expect(sources['duties[0].results[1]']).toEqual({ start: 56, end: 60 });
  });

  it('continues a result on an upper-case line when the result has no full stop yet', () => {
    expect(body.duties[1].results[0]).toBe(
      'Abivajajate inimestele abi osutamine on KOV-ides isikukeskne, kvaliteetne ning kooskõlas uue teenusmudeli eesmärkide ja põhimõtetega.',
    );
    expect(sources['duties[1].results[0]']).toEqual({ start: 74, end: 80 });
  });

  it('splits a one-line duty and result flattened onto the same line', () => {
    expect(body.duties[10]).toEqual({
      number: '3.11',
      text: 'Projekti aruannete koostamine.',
      results: ['Projekti aruanded on koostatud.'],
    });
    expect(body.duties[13]).toEqual({
      number: '3.14',
      text: 'Koolituste korraldamine.',
      results: ['Vajalikud koolitused on korraldatud.'],
    });
  });

  it('keeps a bracketed line in the result before it', () => {
    expect(body.duties[12].results[2]).toBe('Korraldatud on teavitusüritused ja seminarid (sh majasisesed).');
    expect(body.duties[4].text).toBe('Teenusmudeli täiendamiseks ja parendamiseks piloteerimise andmete kogumine ja koondamine.');
  });

  it('splits rights and responsibilities without bullets at their closing punctuation', () => {
    expect(body.rights).toHaveLength(6);
    expect(body.rights[4]).toBe('osaleda ja esindada ametit oma valdkonna piires töörühmades, koolitustel jne.');
    expect(body.rights[5]).toBe('vastu võtta otsuseid oma pädevuse piires.');
    expect(body.responsibilities).toHaveLength(6);
    expect(sources['responsibilities[0]']).toEqual({ start: 271, end: 274 });
    expect(sources['responsibilities[5]']).toEqual({ start: 283, end: 283 });
  });

  it('reads the work tools paragraph', () => {
    expect(body.workTools).toBe(
      'Töövahenditeks on töötaja kasutusse antud kontorimööbel, kontoritarbed, sülearvuti koos tööks vajaliku ' +
        'tarkvaraga, telefon ning ühiskasutuses olev kontoritehnika.',
    );
  });

  it('reads education, experience and computer skills', () => {
    const requirements = body.requirements;
    expect(requirements.education).toBe(
      'Kõrgharidus sotsiaaltöö, sotsiaalpoliitika, riigiteaduste, rehabilitatsiooni või kogukondade arendamise ' +
        'ja/või sotsiaalse heaolu õppekaval.',
    );
    expect(requirements.educationLevel).toBe('HIGHER');
    expect(requirements.experience).toBe(
      'Vähemalt 3-aastane töökogemus sotsiaalvaldkonnas, soovitavalt psüühilise erivajadusega inimestele teenuste ' +
        'või kohaliku omavalitsuse sotsiaalhoolekande korralduse või osutamise kogemus. Kasuks tulevad kogemused ' +
        'disainmõtlemise/teenusedisaini metoodika rakendamisel ning kvantitatiivsete ja/või kvalitatiivsete ' +
        'meetodite rakendamise kogemus andmete töötlemisel ja analüüsil.',
    );
    expect(sources['requirements.experience']).toEqual({ start: 303, end: 307 });
    expect(requirements.computerSkills).toMatch(/^Kasutab teksti- ja andmetöötluse põhifunktsioone\./);
  });

  it('reads the foreign language requirement with its suggestions in text order', () => {
    expect(body.requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [], text: 'Valdab eesti keelt vähemalt tasemel C1' },
      {
        language: 'võõrkeel',
        code: null,
        level: 'B1',
        alternatives: ['vene', 'inglise'],
        text: 'Valdab vähemalt ühte võõrkeelt (soovitavalt vene või inglise keelt) vähemalt tasemel B1',
      },
    ]);
    expect(sources['requirements.languages[0]']).toEqual({ start: 313, end: 313 });
  });

  it('reads competency items without bullets one sentence-line each', () => {
    expect(body.competencies.map((group) => [group.group, group.items.length])).toEqual([
      ['Kliendikesksus', 3],
      ['Asjatundlikkus', 5],
      ['Koostöövõime', 6],
      ['Efektiivsus', 5],
    ]);
    expect(body.competencies[1].items[4]).toBe('Tunneb kaasamise ja koosloome põhimõtteid/metoodikaid.');
    expect(sources['competencies[3].items[0]']).toEqual({ start: 357, end: 359 });
  });

  it('starts an additional competency at each "Name:" line after a blank line', () => {
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
    expect(body.additionalCompetencies[4].description).toMatch(/aitab lahendada probleeme$/);
    expect(sources['additionalCompetencies[6]']).toEqual({ start: 399, end: 402 });
  });

  it('splits the flattened signature columns into employer and employee', () => {
    expect(body.amendment).toBe('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.');
    expect(body.signatures).toEqual([
      { name: 'Maret Maripuu', role: 'Peadirektor', party: 'EMPLOYER' },
      { name: 'Katrin Kalda', role: null, party: 'EMPLOYEE' },
    ]);
    expect(sources['signatures[0]']).toEqual({ start: 430, end: 432 });
  });

  it('places every line and warns about nothing', () => {
    expect(warnings).toEqual([]);
  });
});
