/**
 * Values printed after a block of labels: which label each wrapped value line belongs to.
 */
import { describe, expect, it } from 'vitest';
import { assignValueLines } from '../../../server/ingest/header/value-block.js';
import { parseDocument } from '../../../server/ingest/parse.js';

describe('values given out to a block of labels', () => {
  it('keeps an open scope and its wrapped rest with the value it belongs to', () => {
    const lines = ['insener', 'teenuste koordinaator (lapsed) — tema', 'puudumise ajal, arendusjuht (teavitus)', 'juhataja; ekspert'];
    expect(assignValueLines(lines, ['subordinates', 'substitutes', 'substitutedBy'])).toEqual([0, 1, 1, 2]);
  });

  it('does not end a value at a genitive or a participle that wants the next line', () => {
    const lines = ['haldusspetsialist; jurist; ameti', 'töötajad vastavalt neile antud', 'volitustele', 'peadirektori asetäitjat arenduse', 'alal, õigusnõunikku'];
    expect(assignValueLines(lines, ['substitutedBy', 'substitutes'])).toEqual([0, 0, 0, 1, 1]);
  });

  it('keeps a bracketed specialisation at a line start with the title above it', () => {
    const lines = ['mehaanikut', '(rehabilitatsioon)', 'arhivaar'];
    expect(assignValueLines(lines, ['substitutes', 'substitutedBy'])).toEqual([0, 0, 1]);
  });

  it('ends a value at a substitution scheme and keeps a "vastavalt" scope with the value above it', () => {
    const lines = ['alluvaid ei ole', 'vastavalt asendusskeemile', 'õigusnõunik, juhataja, büroo töötajad', 'vastavalt neile antud volitustele'];
    expect(assignValueLines(lines, ['subordinates', 'substitutes', 'substitutedBy'])).toEqual([0, 1, 2, 2]);
  });

  it('reads clauses under "Alluvus:" that start like labels as its value', () => {
    const text = [
      'AMETIJUHEND',
      '1.1 Ametinimetus: jurist',
      '1.2 Alluvus:',
      '1.3 Asendaja(d):',
      '1.4 Asendab:',
      'allub juhatajale, temale alluvad assistent,',
      'sekretär',
      'nõunik — igapäevastes küsimustes,',
      'vanemjurist',
      'ei asenda kedagi',
      '2. TEENISTUSKOHA EESMÄRK',
      'Nõustamine.',
    ].join('\n');
    const doc = parseDocument('alluvus.txt', text);
    expect([doc.manager, doc.subordinates, doc.substitutedBy, doc.substitutes]).toEqual(['Juhataja', ['Assistent', 'Sekretär'], ['Nõunik', 'Vanemjurist'], []]);
  });

  it('keeps "poolt määratud …" and "või …" lines with the value above and ends a value at a lone dash', () => {
    const lines = ['peaspetsialistid', 'tõlkijat', 'assistent (rehabilitatsioon),', 'juhataja või osakonna juhataja', 'poolt määratud teenistuja'];
    expect(assignValueLines(lines, ['subordinates', 'substitutes', 'substitutedBy'])).toEqual([0, 1, 2, 2, 2]);
    expect(assignValueLines(['-', 'eksperti,', 'analüütikut', 'statistik'], ['subordinates', 'substitutes', 'substitutedBy'])).toEqual([0, 1, 1, 2]);
  });

  it('does not end a value at a dash that opens a scope on the next line', () => {
    const lines = ['peaspetsialist', 'mehaanikut (arendus) -', 'allkirjaõiguse osas,', 'talituse juhatajat ja', 'teenuste koordinaatorit'];
    expect(assignValueLines(lines, ['substitutedBy', 'substitutes'])).toEqual([0, 1, 1, 1, 1]);
  });

  it('reads a partitive behind a dashed scope and an allative manager as whole values', () => {
    const lines = ['Vanemlaborant (nõustamine), Teenuste', 'koordinaator', 'Spetsialisti — eelarve küsimustes', 'Nõustaja ja', 'Vaneminspektor'];
    expect(assignValueLines(lines, ['subordinates', 'substitutes', 'substitutedBy'])).toEqual([0, 0, 1, 2, 2]);
    const clauses = ['tiimijuhile', 'tiimi teenistujad', 'tema asendab raamatupidajat,', 'logistikut; teda asendab', 'vanemjurist'];
    expect(assignValueLines(clauses, ['manager', 'subordinates', 'substitutedBy'])).toEqual([0, 1, 2, 2, 2]);
  });

  it('reads a clause under a single "Alluvus:" label as its value, though it starts like a label', () => {
    const doc = parseDocument('alluvus.txt', 'AMETIJUHEND\nAmetinimetus:\nJurist\nAlluvus:\nallub juhatajale, temale alluvad assistent\n2. Teenistuskoha eesmärk\nNõustamine.');
    expect([doc.manager, doc.subordinates]).toEqual(['Juhataja', ['Assistent']]);
  });

  it('gives one line to each label when there are as many lines as labels', () => {
    expect(assignValueLines(['juhataja või osakonna', 'juhatajat'], ['substitutedBy', 'substitutes'])).toEqual([0, 1]);
  });

  it('reads labels written in capitals and wrapped over two lines beside their values', () => {
    const text = [
      'AMETIJUHEND',
      'STRUKTUURIÜKSUSE Välissuhete',
      'NIMETUS osakond',
      'TÖÖKOHA Nõunik',
      'NIMETUS',
      'VAHETU JUHI Osakonna juhataja',
      'AMETINIMETUS',
      'KEDA ASENDAB Vanemjuristi',
      'II TEENISTUSKOHA EESMÄRK',
      'Nõustamine.',
    ].join('\n');
    const doc = parseDocument('suur.txt', text);
    expect([doc.title, doc.unitPath, doc.manager, doc.substitutes]).toEqual(['Nõunik', ['Välissuhete osakond'], 'Osakonna juhataja', ['Vanemjurist']]);
  });
});
