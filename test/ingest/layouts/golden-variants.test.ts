/**
 * Golden tests for other agencies' variants: the title only in a genitive heading, first and
 * second substitutes, colon labels, and relations written as sentences.
 */
import { describe, expect, it } from 'vitest';
import { headerOf, parseFixture } from './fixtures.js';

describe('the title only in the heading', () => {
  it('reads "AUTOJUHI AMETIJUHEND" as the title and "Kellele allub" in allative as the manager', () => {
    const [doc] = parseFixture('heading-01-title-genitive-kellele-allub.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'heading-rows',
      title: 'Autojuht',
      unitPath: ['Logistikaosakond', 'Transpordibüroo'],
      manager: 'Transpordibüroo juht',
      subordinates: [],
      substitutedBy: [],
      substitutes: [],
    });
  });

  it('adds the bracketed specialisation under the heading and reads bulleted subordinates as a list', () => {
    const [doc] = parseFixture('heading-02-specialisation-bulleted-subordinates.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'heading-rows',
      title: 'Vanemkonstaabel (grupi vanem)',
      unitPath: ['Põhja prefektuur', 'Patrullbüroo'],
      manager: 'Patrullbüroo juht',
      subordinates: ['Patrullgrupi konstaabel', 'Patrullgrupi nooremkonstaabel'],
      substitutedBy: [],
      substitutes: [],
    });
  });

  it('splits a three-level genitive unit chain, reads "Kes asendab" / "Keda asendab" and reduces plural subordinates', () => {
    const [doc] = parseFixture('heading-05-unit-chain-kes-keda.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'heading-rows',
      title: 'Vanemuurija',
      unitPath: ['Lõuna prefektuur', 'Kriminaalbüroo', 'Raskete kuritegude talitus'],
      manager: 'Talituse juht',
      subordinates: ['Uurija', 'Nooremuurija'],
      substitutedBy: ['Vanemuurija', 'Uurija'],
      substitutes: ['Vanemuurija', 'Talituse juht'],
    });
  });
});

describe('first and second substitutes', () => {
  it('lists both "Esimene asendaja" and "Teine asendaja" as substitutes, in order', () => {
    const [doc] = parseFixture('heading-03-first-second-substitute.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Vaneminspektor',
      unitPath: ['Järelevalve osakond', 'Kvaliteedibüroo'],
      manager: 'Büroo juhataja',
      subordinates: [],
      substitutedBy: ['Inspektor (kosmeetikatooted)', 'Büroo juhataja'],
      substitutes: ['Inspektor (kosmeetikatooted)', 'Büroo juhataja'],
    });
    expect(doc.approval).toEqual({ date: '2025-03-12', number: '1-1/19', issuer: 'Tervisetooteameti peadirektor' });
  });

  it('names no one when the substitutes are set by a substitution scheme, and says so', () => {
    const [doc] = parseFixture('heading-04-substitution-scheme.txt');
    expect([doc.substitutedBy, doc.substitutes]).toEqual([[], []]);
    expect(doc.warnings.map((w) => w.message)).toContain('substitutes are set by a substitution scheme (asendusskeem), not named here');
  });
});

describe('colon labels', () => {
  it('splits "või" after a title but keeps a placeholder whole', () => {
    const [doc] = parseFixture('colon-03-municipal-title-or-placeholder.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Lastekaitsespetsialist',
      unitPath: ['Sotsiaalosakond'],
      manager: 'Sotsiaalosakonna juhataja',
      subordinates: [],
      substitutedBy: ['Sotsiaalnõunik', 'Vallavanema poolt määratud ametnik'],
      substitutes: [],
    });
  });

  it('takes the relations from sentences when the same numbered list writes them that way', () => {
    const [doc] = parseFixture('colon-04-rows-and-sentences.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Vallasekretär',
      unitPath: ['Kantselei'],
      manager: 'Vallavanem',
      subordinates: [],
      substitutedBy: ['Kantseleiametnik'],
      substitutes: ['Kantseleiametnik', 'Registripidaja'],
    });
    expect(doc.warnings).toEqual([]);
  });
});

describe('relations written as sentences', () => {
  it('tells the direction from case endings only: "raamatupidajat asendab" against "raamatupidaja asendab"', () => {
    const [doc] = parseFixture('sentences-01-accountant.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Raamatupidaja',
      unitPath: [],
      manager: 'Pearaamatupidaja',
      subordinates: [],
      substitutedBy: ['Pearaamatupidaja', 'Palgaarvestaja'],
      substitutes: ['Palgaarvestaja'],
    });
  });

  it('takes the title from the heading when every sentence is about "Ametnik"', () => {
    const [doc] = parseFixture('sentences-03-generic-subject.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Noorsootöö spetsialist',
      unitPath: [],
      manager: 'Abivallavanem',
      subordinates: ['Noorsootöötaja'],
      substitutedBy: ['Huvijuht'],
      substitutes: ['Huvijuht', 'Noorsootöötaja'],
    });
  });

  it('reads "on allutatud", a colon before the subordinates, and "X äraolekul asendab teda Y"', () => {
    const [doc] = parseFixture('sentences-04-absence-pronoun.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'sentences',
      title: 'Pearaamatupidaja',
      unitPath: [],
      manager: 'Vallavanem',
      subordinates: ['Raamatupidaja', 'Palgaarvestaja'],
      substitutedBy: ['Vallavanema poolt määratud ametnik'],
      substitutes: ['Raamatupidaja'],
    });
  });
});
