/**
 * Golden tests for how values are read, whatever the layout: alternatives with a pronoun, unit
 * paths (two names on a line, a genitive parent, parents in the heading, one unit named twice),
 * groups that keep their plural, and narrative documents whose relations are sentences.
 */
import { describe, expect, it } from 'vitest';
import { headerOf, parseFixture } from './fixtures.js';

describe('alternatives with a pronoun', () => {
  it('reads "X või tema määratud teenistuja" as X and a placeholder X designates, and keeps two designators of one placeholder whole', () => {
    const [doc] = parseFixture('colon-07-pronoun-alternatives.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Nõunik',
      unitPath: ['Finantsosakond', 'Eelarvetalitus'],
      manager: 'Talituse juhataja',
      subordinates: [],
      substitutedBy: ['Talituse juhataja', 'Talituse juhataja määratud teenistuja'],
      substitutes: ['Peadirektori või valdkonnajuhi määratud ametnik', 'Talituse juhataja'],
    });
  });
});

describe('unit paths', () => {
  it('splits a genitive parent glued to its unit and keeps a plural after the organisation as a group', () => {
    const [doc] = parseFixture('labelled-10-genitive-parent-glued-group.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Pearaamatupidaja',
      unitPath: ['Finantsosakond', 'Raamatupidamisbüroo'],
      manager: 'Finantsosakonna juhataja',
      subordinates: ['Valla raamatupidajad'],
      substitutedBy: ['Osakonnajuhataja', 'Osakonnajuhataja määratud teenistuja'],
      substitutes: ['Raamatupidaja'],
    });
  });

  it('takes parents from the upper-case heading, the last one in genitive before the title, and names the row\'s unit once', () => {
    const [doc] = parseFixture('numbered-07-heading-parents-over-header.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Spetsialist',
      unitPath: ['Looduskaitse teenistus', 'Kaitsealade osakond'],
      manager: 'Osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Osakonna peaspetsialist'],
      substitutes: ['Osakonna peaspetsialist'],
    });
  });

  it('corrects the row\'s faulty case form by the heading\'s spelling and names each unit once', () => {
    const [doc] = parseFixture('numbered-08-heading-corrects-row-case.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Hankespetsialist',
      unitPath: ['Ehituse osakond', 'Hankebüroo'],
      manager: 'Hankebüroo juhataja',
      subordinates: ['Valla sotsiaaltöötajad'],
      substitutedBy: ['Valla jurist'],
      substitutes: ['Hankebüroo juhataja'],
    });
  });

  it('reads a unit name closing the title\'s value as the unit: a title never ends in a unit noun in nominative', () => {
    const [doc] = parseFixture('truncated-04-table-title-and-unit-only.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Vanemanalüütik (rahvastik)',
      unitPath: ['Analüüsiteenistus', 'Statistikaosakond'],
      manager: null,
      subordinates: [],
      substitutedBy: [],
      substitutes: [],
    });
  });

  it('reads a municipal department ("amet") as a unit above the next unit named on the same line', () => {
    const [doc] = parseFixture('labelled-11-municipal-amet.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Teedeinsener',
      unitPath: ['Linnamajanduse amet', 'Teede osakond'],
      manager: 'Teede osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Teede osakonna juhataja'],
      substitutes: ['Teede osakonna juhataja'],
    });
  });
});

describe('narrative documents', () => {
  it('reads items that name no subject as about the position named before them', () => {
    const [doc] = parseFixture('sentences-05-school-subject-before-items.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Kooli raamatukoguhoidja',
      unitPath: [],
      manager: 'Õppealajuhataja',
      subordinates: [],
      substitutedBy: ['Sekretär-asjaajaja'],
      substitutes: ['Sekretär-asjaajaja'],
    });
    expect(doc.warnings.filter((w) => w.message.startsWith('could not be placed'))).toEqual([]);
    expect(doc.duties.map((d) => d.number)).toEqual(['3.1', '3.2']);
  });

  it('reads the unit and the manager from "X on … koosseisus olev ametnik ja allub Y-le", a spaced hyphen inside the title, "X-t asendab Y" and "X asendab Y-t"', () => {
    const [doc] = parseFixture('sentences-06-municipal-on-and-ja-allub.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Sekretär-asjaajaja',
      unitPath: ['Kantselei'],
      manager: 'Vallasekretär',
      subordinates: [],
      substitutedBy: ['Arhivaar'],
      substitutes: ['Arhivaar', 'Registripidaja'],
    });
  });

  it('reads a pronoun alternative inside a sentence', () => {
    const [doc] = parseFixture('sentences-07-genitive-object-first.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Maanõunik',
      unitPath: [],
      manager: 'Abivallavanem',
      subordinates: [],
      substitutedBy: ['Ehitusnõunik', 'Ehitusnõuniku määratud teenistuja'],
      substitutes: ['Ehitusnõunik'],
    });
  });

  it('reads a generic subject in any case, the unit from "koosseisus olev ametnik", plural subordinates as their titles and a scope kept out', () => {
    const [doc] = parseFixture('sentences-08-generic-subject-cases.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Arendusnõunik',
      unitPath: ['Arendusosakond'],
      manager: 'Arendusosakonna juhataja',
      subordinates: ['Projektijuht', 'Analüütik'],
      substitutedBy: ['Planeerimisspetsialist'],
      substitutes: ['Planeerimisspetsialist', 'Arendusosakonna juhataja', 'Arendusosakonna juhataja poolt määratud teenistuja'],
    });
    expect(doc.warnings.map((w) => w.message)).toContain('scope kept out of the names: "eelarve küsimustes"');
  });

  it('takes the unit from a sentence above the first row, and keeps an abbreviation upper case in the title', () => {
    const [doc] = parseFixture('numbered-09-rows-and-unit-sentence.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'IT-spetsialist',
      unitPath: ['Kantselei'],
      manager: 'Vallasekretär',
      subordinates: [],
      substitutedBy: ['Kantseleiametnik'],
      substitutes: ['Kantseleiametnik'],
    });
    expect(doc.warnings.filter((w) => w.message.startsWith('could not be placed'))).toEqual([]);
  });
});
