/**
 * Golden tests for labels read by their words and grammar, values that end where the header
 * ends, scopes kept out of titles, documents read on a single cue, and labels cut by the end of
 * the text. Each fixture is a small made-up document in the grammar of real ones.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../server/ingest/document.js';
import { parseDocument } from '../../../server/ingest/parse.js';
import { headerOf, parseFixture } from './fixtures.js';

const messages = (doc: ParsedDocument) => doc.warnings.map((w) => `${w.line}: ${w.message}`);
const notes = (doc: ParsedDocument) => (doc.readingNotes ?? []).map((n) => `${n.field}: ${n.reason}`);

describe('labels outside the table of printed labels', () => {
  it('reads "Ametnikku asendab" as who substitutes and "Ametnik asendab" as whom it substitutes, by their case', () => {
    const [doc] = parseFixture('labelled-05-open-substitution-labels.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Vanemaudiitor',
      unitPath: ['Järelevalve osakond', 'Auditi talitus'],
      manager: 'Talituse juhataja',
      subordinates: [],
      substitutedBy: ['Peaaudiitor', 'Talituse juhataja'],
      substitutes: ['Peaaudiitor'],
    });
    expect(notes(doc)).toEqual(['substitutedBy: label recognised by stem only', 'substitutes: label recognised by stem only']);
  });

  it('splits a label written after a value on the same line instead of gluing it into the value', () => {
    const [doc] = parseFixture('labelled-06-inline-label-after-value.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Nõunik',
      unitPath: ['Õigusosakond'],
      manager: 'Osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Vanemnõunik'],
      substitutes: ['Vanemnõunik'],
    });
  });

  it('reads "Alluvus:" and "Asendamine:" rows clause by clause, each clause by its own verb and case', () => {
    const [doc] = parseFixture('colon-05-relation-rows.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Ehitusspetsialist',
      unitPath: ['Planeerimisosakond'],
      manager: 'Osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Planeerimisspetsialist'],
      substitutes: ['Planeerimisspetsialist'],
    });
    expect(notes(doc)).toContain('manager: direction read from the value');
  });

  it.each([
    ['Teda asendab', 'substitutedBy'],
    ['Töötajat asendab', 'substitutedBy'],
    ['Peaspetsialisti asendab:', 'substitutedBy'],
    ['Asendajad', 'substitutedBy'],
    ['Teenistuja asendaja', 'substitutedBy'],
    ['Kes asendab', 'substitutedBy'],
    ['Tema asendab', 'substitutes'],
    ['Töötaja asendab', 'substitutes'],
    ['Keda asendab', 'substitutes'],
    ['Peaspetsialist asendab:', 'substitutes'],
    ['Keda ta asendab', 'substitutes'],
    ['Kes teda asendab', 'substitutedBy'],
  ] as const)('gives the row labelled "%s" to %s', (label, field) => {
    const text = `AMETIJUHEND\nAmetinimetus Peaspetsialist\nStruktuuriüksus Arendusosakond\n${label} Osakonna nõunik\n2. Teenistuskoha eesmärk\nArendus.`;
    const doc = parseDocument('rida.txt', text);
    expect(doc[field]).toEqual(['Osakonna nõunik']);
    expect(doc[field === 'substitutes' ? 'substitutedBy' : 'substitutes']).toEqual([]);
  });

  it.each([
    ['Ametikoha nimi Analüütik', 'title', 'Analüütik'],
    ['Üksus Arendusosakond', 'unitPath', ['Arendusosakond']],
    ['Struktuuriüksuse nimi Arendusosakond', 'unitPath', ['Arendusosakond']],
    ['Vahetult allub osakonna juhatajale', 'manager', 'Osakonna juhataja'],
    ['Vahetu juhi ametinimetus osakonna juhataja', 'manager', 'Osakonna juhataja'],
    ['Vahetud alluvad osakonna spetsialist', 'subordinates', ['Osakonna spetsialist']],
    ['Otsesed alluvad osakonna spetsialist', 'subordinates', ['Osakonna spetsialist']],
  ] as const)('reads the row "%s" into %s', (row, field, expected) => {
    // The row under test stands in for the template's own row of that field.
    const rows = { title: 'Ametinimetus Jurist', unitPath: 'Struktuuriüksus Õigusosakond' } as Record<string, string>;
    rows[field] = row;
    const text = `AMETIJUHEND\n${rows.title}\n${rows.unitPath}\n${field in { title: 1, unitPath: 1 } ? '' : row}\nAsendaja Ekspert\n2. Teenistuskoha eesmärk\nArendus.`;
    const doc = parseDocument('rida.txt', text);
    expect(doc[field]).toEqual(expected);
    expect(doc.substitutedBy).toEqual(['Ekspert']);
  });

  it('reads a dash between a label and its value as a separator, and a dash alone as nobody', () => {
    const text = 'AMETIJUHEND\n1.1 Teenistuskoht - jurist\n1.2 Vahetu juht - osakonna juhataja\n1.3 Alluvad -\n1.4 Teda asendab - nõunik\n2. Teenistuskoha eesmärk\nNõustamine.';
    const doc = parseDocument('kriips.txt', text);
    expect([doc.title, doc.manager, doc.subordinates, doc.substitutedBy]).toEqual(['Jurist', 'Osakonna juhataja', [], ['Nõunik']]);
  });

  it('reads two upper-case rows, each a label with its value, as two rows', () => {
    const text = 'AMETIJUHEND\nAMETINIMETUS jurist\nAMETNIK ALLUB osakonna juhatajale\nALLUVAD alluvaid ei ole\n2. Teenistuskoha eesmärk\nNõustamine.';
    const doc = parseDocument('suur.txt', text);
    expect([doc.title, doc.manager, doc.subordinates]).toEqual(['Jurist', 'Osakonna juhataja', []]);
  });

  it('keeps an unknown colon label and its value out of the row above it', () => {
    const text = 'AMETIJUHEND\nAmetinimetus: jurist\nVahetu juht: osakonna juhataja\nPalgaaste: IV\nAlluvad: puuduvad\n2. Teenistuskoha eesmärk\nNõustamine.';
    const doc = parseDocument('palk.txt', text);
    expect(doc.manager).toBe('Osakonna juhataja');
    expect(doc.subordinates).toEqual([]);
  });
});

describe('a label column wrapped beside its values', () => {
  it('joins a label split over two lines and gives both lines\' values to it', () => {
    const text = [
      'AMETIJUHEND',
      'Teenistuskoht Jurist',
      'Struktuuriüksuse haldusosakonna',
      'nimi andmetalitus',
      'Ametnikku analüütik, ekspert',
      'asendab (kvaliteet)',
      'Temale tiimi teenistujad',
      'alluvad',
      '2. Teenistuskoha eesmärk',
      'Nõustamine.',
    ].join('\n');
    const doc = parseDocument('veerud.txt', text);
    expect(doc.unitPath).toEqual(['Haldusosakond', 'Andmetalitus']);
    expect(doc.substitutedBy).toEqual(['Analüütik', 'Ekspert (kvaliteet)']);
    expect(doc.subordinates).toEqual(['Tiimi teenistujad']);
    expect(doc.warnings).toEqual([]);
  });
});

describe('values printed apart from their labels', () => {
  it('reads a two-column table flattened line by line, each label wrapped beside its value', () => {
    const [doc] = parseFixture('numbered-09-two-column-wrapped-labels.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Hüdroloog (seire)',
      unitPath: ['Vee osakond', 'Seiretalitus'],
      manager: 'Seiretalituse juhataja',
      subordinates: ['Talituse teenistujad'],
      substitutedBy: ['Vanemhüdroloog', 'Keskkonnaspetsialist'],
      substitutes: [],
    });
    expect(messages(doc)).toEqual(['15: scope kept out of the substitutedBy: "tema puudumise ajal"']);
  });

  it('ends a block of waiting labels at a line that is a label itself, moves a wrapped label word back and reads dash bullets as items', () => {
    const [doc] = parseFixture('colon-06-labels-then-clauses.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Vanemspetsialist',
      unitPath: ['Looduskaitse osakond', 'Kaitsealade talitus'],
      manager: 'Talituse juhataja',
      subordinates: ['Praktikant', 'Assistent'],
      substitutedBy: ['Looduskaitsespetsialist', 'Peaspetsialist'],
      substitutes: ['Looduskaitsespetsialist'],
    });
    expect(messages(doc)).toEqual([]);
  });

  it('gives the partitive value to "Asendab" and the nominative lines after it to "Asendaja"', () => {
    const [doc] = parseFixture('numbered-10-labels-then-values-by-case.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Spetsialist',
      unitPath: ['Kaitsealade osakond'],
      manager: 'Osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Looduskaitsenõunik', 'Vanemspetsialist', 'Osakonna teenistujad'],
      substitutes: ['Peaspetsialist'],
    });
  });
});

describe('values end where the header ends', () => {
  it('stops at roman-numbered sections and keeps prose out of the title and the manager, with warnings', () => {
    const [doc] = parseFixture('labelled-08-roman-sections-prose.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Arendusjuht',
      unitPath: ['Arendusosakond'],
      manager: 'Peadirektori asetäitja',
      subordinates: [],
      substitutedBy: ['Vanemarendusspetsialist'],
      substitutes: ['Vanemarendusspetsialist'],
    });
    expect(messages(doc)).toEqual([
      '2: reads as prose, left out of the title: "kes juhib osakonna arendustegevust"',
      '5: reads as prose, left out of the manager row: "Arendusjuht vastutab projektide õigeaegse elluviimise eest ja annab aru asetäitjale."',
    ]);
    expect(doc.purpose).toBe('Osakonna arendustegevuse juhtimine.');
  });

  it.each(['3.1.1 Arenduskava koostamine.', 'TEENISTUSKOHUSTUSED', 'III TEENISTUSKOHUSTUSED', '1. TÖÖKOHA EESMÄRK'])(
    'ends the last value at "%s"',
    (start) => {
      const doc = parseDocument('lopp.txt', `AMETIJUHEND\nAmetinimetus Analüütik\nStruktuuriüksus Arendusosakond\nAsendab Eksperti\n${start}\nArenduskava koostamine.`);
      expect(doc.substitutes).toEqual(['Ekspert']);
    },
  );
});

describe('scopes after a title', () => {
  it('keeps the title before a dash or "vastavalt" and the scope as a warning on its line', () => {
    const [doc] = parseFixture('labelled-07-scopes.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Jurist',
      unitPath: ['Õigusosakond'],
      manager: 'Õigusosakonna juhataja',
      subordinates: [],
      substitutedBy: ['Nõunik', 'Juhataja'],
      substitutes: ['Nõunik'],
    });
    expect(messages(doc)).toEqual([
      '6: scope kept out of the substitutedBy: "igapäevastes küsimustes"',
      '6: scope kept out of the substitutedBy: "allkirjaõiguse osas"',
      '7: scope kept out of the substitutes: "vastavalt talle antud volitustele"',
    ]);
  });

  it('keeps a one-word double title after a spaced hyphen whole', () => {
    const doc = parseDocument('topelt.txt', 'AMETIJUHEND\nAmetinimetus Jurist\nStruktuuriüksus Õigusosakond\nAsendaja Sekretär - asjaajaja\n2. Teenistuskoha eesmärk\nNõustamine.');
    expect(doc.warnings.filter((w) => w.message.startsWith('scope'))).toEqual([]);
  });
});

describe('scopes in the table layout', () => {
  it('keeps a dashed scope from starting a cell of its own, and ends the last cell at an undotted section number', () => {
    const text = [
      'AMETIJUHEND',
      '1.1 Ametinimetus 1.2 Struktuuriüksus',
      'Peaekspert Arendusosakond',
      '1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab',
      'Osakonna juhataja Ekspert – tema puudumise ajal Eksperti',
      '2 TEENISTUSÜLESANDED',
      'Arenduskava koostamine.',
    ].join('\n');
    const doc = parseDocument('tabel.txt', text);
    expect(headerOf(doc)).toEqual({
      layout: 'table',
      title: 'Peaekspert',
      unitPath: ['Arendusosakond'],
      manager: 'Osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Ekspert'],
      substitutes: ['Ekspert'],
    });
    expect(messages(doc)).toContain('5: scope kept out of the substitutes: "tema puudumise ajal"');
  });
});

describe('lists wrapped in the table layout', () => {
  it('keeps a capitalised title after "ja" in the same cell and a "vastavalt" scope out of it', () => {
    const text = [
      'AMETIJUHEND',
      '1.1 Ametinimetus 1.2 Struktuuriüksus',
      'Peaekspert Arendusosakond',
      '1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab',
      'Osakonna juhataja Ekspert ja',
      'Analüütik Osakonna teenistujaid vastavalt neile antud volitustele',
      '2 TEENISTUSÜLESANDED',
      'Arenduskava koostamine.',
    ].join('\n');
    const doc = parseDocument('tabel.txt', text);
    expect([doc.manager, doc.substitutedBy, doc.substitutes]).toEqual(['Osakonna juhataja', ['Ekspert', 'Analüütik'], ['Osakonna teenistujad']]);
    expect(messages(doc)).toContain('5: scope kept out of the substitutes: "vastavalt neile antud volitustele"');
  });
});

describe('a document read on any header cue', () => {
  it('reads a heading and a single label, warning that the layout is not known', () => {
    const [doc] = parseFixture('heading-07-heading-and-one-label.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'colon-rows',
      title: 'Loodusõpetuse õpetaja',
      unitPath: [],
      manager: 'Õppealajuhataja',
      subordinates: [],
      substitutedBy: [],
      substitutes: [],
    });
    expect(messages(doc)).toEqual(['2: the header follows no known layout: only what its heading and labels say was read']);
    expect(doc.purpose).toBe('Loodusõpetuse õpetamine õppekava järgi.');
  });
});

describe('a label cut by the end of the text', () => {
  it('leaves the first word of the cut label out of the value before it', () => {
    const [doc] = parseFixture('truncated-03-label-cut-by-end.txt');
    expect(headerOf(doc)).toEqual({
      layout: 'labelled-rows',
      title: 'Analüütik',
      unitPath: ['Arendusosakond'],
      manager: 'Osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Ekspert (arendus)'],
      substitutes: ['Ekspert'],
    });
    expect(messages(doc)).toContain('7: the text ends inside a label ("Teenistuja"): left out of the value before it');
  });

  it('drops a last line holding only the first word of a label', () => {
    const doc = parseDocument('lopp.txt', 'AMETIJUHEND\nÜksus\nArendusosakond\nTeenistuskoht\nUurija\nTeda');
    expect(doc.title).toBe('Uurija');
    expect(doc.warnings.map((w) => w.message)).toContain('the text ends inside a label ("Teda"): left out of the value before it');
  });

  it('keeps a capitalised last word that starts no label', () => {
    const doc = parseDocument('lopp.txt', 'AMETIJUHEND\nAmetinimetus Analüütik\nStruktuuriüksus Arendusosakond\nAsendaja Ekspert (arendus) Tallinnas');
    expect(doc.substitutedBy).toEqual(['Ekspert (arendus) Tallinnas']);
  });
});
