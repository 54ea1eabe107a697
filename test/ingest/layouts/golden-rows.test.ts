/**
 * Golden tests for labelled rows ("Teenistuja asendab …") and numbered rows ("1.4. Allub …"),
 * values on the label's line or after all labels.
 */
import { describe, expect, it } from 'vitest';
import { fixtureText, headerOf, parseFixture } from './fixtures.js';

describe('labelled rows', () => {
  it('tells the two nominative substitution rows apart by their labels only', () => {
    const [doc] = parseFixture('labelled-01-nominative-directions.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Peaspetsialist (ümberarvutused)',
      unitPath: ['Pensionite osakond', 'Väljamaksete talitus'],
      manager: 'Talituse juhataja',
      subordinates: [],
      substitutedBy: ['Peaspetsialist (välisriigi pensionid)', 'Talituse juhataja'],
      substitutes: ['Juhtivspetsialist', 'Peaspetsialist (välisriigi pensionid)'],
    });
  });

  it('reads Windows line endings, a group of subordinates and "või" between two substitutes', () => {
    expect(fixtureText('labelled-02-group-alternatives-crlf.txt')).toContain('\r\n');
    const [doc] = parseFixture('labelled-02-group-alternatives-crlf.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Talituse juhataja',
      unitPath: ['Lastekaitse osakond', 'Asendushoolduse talitus'],
      manager: 'Osakonna juhataja',
      subordinates: ['Talituse teenistujad'],
      substitutedBy: ['Juhtivspetsialist', 'Peaspetsialist (hoolduspere)'],
      substitutes: ['Osakonna juhataja'],
    });
  });
});

describe('numbered rows', () => {
  it('takes the parent unit from the genitive heading, the manager from the allative and drops the alias', () => {
    const [doc] = parseFixture('numbered-01-inline-directive.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Peaspetsialist',
      unitPath: ['Veeteede teenistus', 'Sadamate osakond'],
      manager: 'Sadamate osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Juhataja', 'Osakonna teenistuja'],
      substitutes: ['Juhataja'],
    });
  });

  it('gives out values printed after all labels, wrapped over lines, starting "Asendab" at the partitive', () => {
    const [doc] = parseFixture('numbered-03-heading-parent-block-wrapped.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Sillainsener',
      unitPath: ['Sillahoiuteenistus', 'Hoolduse osakond'],
      manager: 'Hoolduse osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Juhataja poolt määratud osakonna teenistuja'],
      substitutes: ['Juhataja', 'Osakonna peaspetsialist'],
    });
  });

  it('reads the table labels written as numbered rows with their values inline', () => {
    const [doc] = parseFixture('numbered-04-table-labels-inline.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Vanemspetsialist',
      unitPath: ['Seireosakond', 'Rannikuvee seire talitus'],
      manager: 'Talituse juhataja',
      subordinates: [],
      substitutedBy: ['Spetsialist', 'Talituse juhataja'],
      substitutes: ['Spetsialist'],
    });
  });

  it('reduces plural subordinates to the titles they name and skips "vahetult" before the manager', () => {
    const [doc] = parseFixture('numbered-05-employee-plural-subordinates.txt');
    expect(doc.title).toBe('Transpordijuht');
    expect(doc.manager).toBe('Haldusosakonna juhataja');
    expect(doc.subordinates).toEqual(['Autojuht', 'Mehaanik']);
  });

  it('splits a genitive chain of parent units on one heading line and two labels flattened onto one line', () => {
    const [doc] = parseFixture('numbered-06-heading-chain-merged-labels.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Peaspetsialist',
      unitPath: ['Teede teenistus', 'Planeerimise osakond'],
      manager: 'Planeerimise osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Juhataja', 'Osakonna teenistuja'],
      substitutes: ['Juhataja'],
    });
  });
});
