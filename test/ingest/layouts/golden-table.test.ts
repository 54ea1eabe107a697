/**
 * Golden tests for the table layout ("1.1 Ametinimetus 1.2 Struktuuriüksus" / "1.3 Vahetu juht
 * 1.4 Kes asendab 1.5 Keda asendab") with its columns merged in different ways.
 */
import { describe, expect, it } from 'vitest';
import { headerOf, parseFixture } from './fixtures.js';

describe('the table layout', () => {
  it('splits title from unit and the three relation cells when each row is flattened onto one line', () => {
    const [doc] = parseFixture('table-01-merged-one-line.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'table',
      title: 'Juhtivspetsialist (abivahendid)',
      unitPath: ['Puuetega inimeste osakond', 'Abivahendite talitus'],
      manager: 'Talituse juhataja',
      subordinates: [],
      substitutedBy: ['Peaspetsialist', 'Talituse juhataja'],
      substitutes: ['Peaspetsialist', 'Talituse juhataja'],
    });
    expect(doc.specialization).toBe('abivahendid');
  });

  it('skips the labels when every label and every cell stands on its own line', () => {
    const [doc] = parseFixture('table-05-labels-on-own-lines.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'table',
      title: 'Analüütik',
      unitPath: ['Teenuste osakond', 'Kvaliteedi talitus'],
      manager: 'Talituse juhataja',
      subordinates: [],
      substitutedBy: ['Juhtivanalüütik', 'Nõunik'],
      substitutes: ['Juhtivanalüütik', 'Nõunik'],
    });
    expect(doc.warnings).toEqual([]);
  });

  it('reads a genitive unit chain, a dash for nobody substituted, and results behind private-use bullets', () => {
    const [doc] = parseFixture('table-03-genitive-chain-none-bullets.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'table',
      title: 'Peaspetsialist',
      unitPath: ['Hoolekandeteenuste osakond', 'Erihoolekande talitus'],
      manager: 'Talitusejuhataja',
      subordinates: [],
      substitutedBy: ['Peaspetsialist', 'Juhtivspetsialist'],
      substitutes: [],
    });
    expect(doc.duties[0].results).toEqual(['Täituvuse ülevaade on koostatud iga kvartali lõpuks.', 'Kõrvalekalded on talituse juhatajale esitatud.']);
  });

  it('keeps a misspelt unit name as written, for the graph to report as a merge', () => {
    const [doc] = parseFixture('table-04-unit-typo-group.txt');
    expect(doc.unitPath).toEqual(['Teenusete osakond', 'Kvaliteedi talitus']);
    expect(doc.substitutedBy).toEqual(['Talituse juhataja', 'Talituse teenistujad']);
  });
});
