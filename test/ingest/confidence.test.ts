/**
 * Field confidence on made-up documents: what the reader produced is judged by the shape of its
 * values, the warnings on their lines and the reader's own notes.
 */
import { describe, expect, it } from 'vitest';
import { assessConfidence, inflected } from '../../server/ingest/confidence.js';
import { parseDocument } from '../../server/ingest/parse.js';
import type { ParsedDocument } from '../../server/ingest/document.js';
import { toLines } from '../../server/ingest/lines.js';

type Header = Parameters<typeof assessConfidence>[0];

/** A clean header read from labelled rows on lines 3–9. */
function header(overrides: Partial<Header> = {}): Header {
  return {
    title: 'Peaspetsialist (eelarve)',
    specialization: 'eelarve',
    unitPath: ['Finantsosakond', 'Eelarvetalitus'],
    manager: 'Talitusejuhataja',
    subordinates: [],
    substitutedBy: ['Nõunik', 'Finantsosakonna teenistujad'],
    substitutes: ['Nõunik'],
    sources: {
      title: { start: 3, end: 3 },
      unitPath: { start: 4, end: 4 },
      manager: { start: 5, end: 5 },
      subordinates: { start: 6, end: 6 },
      substitutedBy: { start: 7, end: 8 },
      substitutes: { start: 9, end: 9 },
    },
    warnings: [],
    ...overrides,
  };
}

const lines = toLines(Array.from({ length: 20 }, (_, i) => `rida ${i + 1}`).join('\n'));

describe('assessConfidence', () => {
  it('rates every field of a clean header high, with no reasons', () => {
    const confidence = assessConfidence(header(), lines);
    for (const field of Object.values(confidence)) expect(field).toEqual({ level: 'high', reasons: [] });
  });

  it('rates a title glued to a unit name low, and the specialisation with it', () => {
    const confidence = assessConfidence(header({ title: 'Eelarvetalitus peaspetsialist (eelarve)' }), lines);
    expect(confidence.title).toEqual({ level: 'low', reasons: ['title contains a unit word'] });
    expect(confidence.specialization.level).toBe('low');
  });

  it('rates a title that reads as a sentence low', () => {
    const confidence = assessConfidence(header({ title: 'Peaspetsialist allub talitusejuhatajale ja täidab tema korraldusi', specialization: null }), lines);
    expect(confidence.title.level).toBe('low');
    expect(confidence.title.reasons).toContain('value reads as prose');
  });

  it('rates a substitute list holding the next row’s label low', () => {
    const confidence = assessConfidence(header({ substitutedBy: ['Puuduvad Ametnikku asendab osakonnajuhataja'] }), lines);
    expect(confidence.substitutedBy.level).toBe('low');
    expect(confidence.substitutedBy.reasons).toContain('value contains a label');
  });

  it('rates a scope, a cut-off name and a generic subject glued to a title low, but not a group’s member', () => {
    const reasons = (substitutedBy: string[]) => assessConfidence(header({ substitutedBy }), lines).substitutedBy.reasons;
    expect(reasons(['Uurija — allkirjaõiguse osas'])).toEqual(['scope left in the value']);
    expect(reasons(['Talituse'])).toEqual(['value cut short']);
    expect(reasons(['Tiimijuht ja'])).toEqual(['value cut short']);
    expect(reasons(['Inspektor Teenistuja ekspert'])).toContain('value contains a label');
    expect(reasons(['Referendid'])).toEqual(['plural title']);
    expect(reasons(['Koordinaator Personalispetsialist'])).toEqual(['two values run together']);
    expect(reasons(['Peadirektori asetäitja VAHETUD Vanemjurist'])).toContain('value contains a label');
    expect(reasons(['Inspektorit või digilahenduste tiimi juht'])).toEqual(['reference not in base form']);
    expect(reasons(['Osakonna teenistuja', 'Talituse teenistujad', 'Vanemkonstaabel', 'Peadirektori asetäitja arenduse alal'])).toEqual([]);
  });

  it('rates a sentence’s generic subject read as the title low', () => {
    const confidence = assessConfidence(header({ title: 'Ametnikul', specialization: null }), lines);
    expect(confidence.title).toEqual({ level: 'low', reasons: ['reference not in base form', 'title is a generic word'] });
  });

  it('rates a manager still in the allative or partitive low, but not a base form ending in t', () => {
    expect(assessConfidence(header({ manager: 'Talitusejuhatajale' }), lines).manager).toEqual({ level: 'low', reasons: ['reference not in base form'] });
    expect(assessConfidence(header({ substitutes: ['Andmeinsenerit'] }), lines).substitutes.level).toBe('low');
    expect(['Ekspert', 'Spetsialist', 'Advokaat', 'Jurist', 'Vastavalt asendusskeemile', 'Peadirektori poolt määratud ametnik'].filter(inflected)).toEqual([]);
  });

  it('rates two units in one name and a unit named twice low', () => {
    expect(assessConfidence(header({ unitPath: ['Finantsosakond Eelarvetalitus'] }), lines).unitPath.reasons).toContain('two units in one name');
    expect(assessConfidence(header({ unitPath: ['Finantsosakond', 'Finantsosakond'] }), lines).unitPath).toEqual({ level: 'low', reasons: ['unit named twice'] });
    expect(assessConfidence(header({ unitPath: ['Ohvriabi ja ennetusteenuste osakond'] }), lines).unitPath.level).toBe('high');
  });

  it('rates a field medium when a warning stands on its lines, and leaves the others high', () => {
    const confidence = assessConfidence(header({ warnings: [{ line: 7, message: 'could not be placed: "…"' }] }), lines);
    expect(confidence.substitutedBy).toEqual({ level: 'medium', reasons: ['warning on the field’s lines'] });
    expect(confidence.substitutes.level).toBe('high');
  });

  it('rates a missing manager of a position inside a unit medium, and a top position’s not at all', () => {
    const { manager: _manager, ...sources } = header().sources;
    expect(assessConfidence(header({ manager: null, sources }), lines).manager).toEqual({ level: 'medium', reasons: ['no label found'] });
    expect(assessConfidence(header({ manager: null, unitPath: [], title: 'Peadirektor', specialization: null, sources }), lines).manager.level).toBe('high');
  });

  it('rates the field read last medium when the header is cut off', () => {
    const confidence = assessConfidence(header({ warnings: [{ line: 10, message: 'the document ends inside or right after its header (truncated?): only the header was read' }] }), lines);
    expect(confidence.substitutes).toEqual({ level: 'medium', reasons: ['truncated header'] });
    expect(confidence.manager.level).toBe('high');
  });

  it('takes the lowest level of the reader’s notes and its own checks, each reason once', () => {
    const confidence = assessConfidence(header({ manager: 'Talitusejuhatajale' }), lines, [
      { field: 'manager', level: 'medium', reason: 'label recognised by stem only' },
      { field: 'manager', level: 'medium', reason: 'label recognised by stem only' },
      { field: 'title', level: 'medium', reason: 'scope stripped' },
    ]);
    expect(confidence.manager).toEqual({ level: 'low', reasons: ['label recognised by stem only', 'reference not in base form'] });
    expect(confidence.title).toEqual({ level: 'medium', reasons: ['scope stripped'] });
  });
});

describe('parsing', () => {
  it('gives every parsed document a confidence for each header field', () => {
    const text = [
      'Ametijuhend',
      '',
      'Ametinimetus: Eelarvetalitus peaspetsialist',
      'Struktuuriüksus: Finantsosakond',
      'Allub: Osakonnajuhataja',
      'Tema asendaja: Finantsosakonna nõunik',
      '',
      '2. EESMÄRK',
      '',
      'Eelarve koostamise korraldamine.',
    ].join('\n');
    const document: ParsedDocument = parseDocument('eelarve.txt', text);
    expect(Object.keys(document.fieldConfidence!)).toEqual(['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes']);
    expect(document.fieldConfidence!.title).toEqual({ level: 'low', reasons: ['title contains a unit word'] });
    expect(document.fieldConfidence!.manager.level).toBe('high');
  });
});

describe('references that hold a unit in the nominative', () => {
  it('are rated low: a unit inside a title stands in the genitive', () => {
    const confidence = assessConfidence(header({ substitutedBy: ['Finantsosakond Eelarvetalitus nõunik'] }), lines).substitutedBy;
    expect(confidence.level).toBe('low');
    expect(confidence.reasons).toContain('title contains a unit word');
    expect(assessConfidence(header({ substitutedBy: ['Finantsosakonna nõunik', 'Büroo juhataja'] }), lines).substitutedBy.level).toBe('high');
  });
});

describe('relation fields read from the same lines', () => {
  it('are rated medium, except in the table layout whose cell holds all three by design', () => {
    const sources = { ...header().sources, substitutedBy: { start: 7, end: 7 }, substitutes: { start: 7, end: 7 } };
    const rows = assessConfidence({ ...header({ sources }), layout: 'colon-rows' }, lines);
    expect(rows.substitutedBy).toEqual({ level: 'medium', reasons: ['read from lines shared with another field'] });
    expect(rows.substitutes.level).toBe('medium');
    expect(rows.manager.level).toBe('high');
    expect(assessConfidence({ ...header({ sources }), layout: 'table' }, lines).substitutedBy.level).toBe('high');
  });
});

describe('alternatives and lists left in one value', () => {
  it('rates a title listing several positions low, and a partitive before "või" in a placeholder low', () => {
    const title = assessConfidence(header({ title: 'Juhtivspetsialisti, personalispetsialisti või tiimi töötajad', specialization: null }), lines).title;
    expect(title.level).toBe('low');
    expect(title.reasons).toContain('title names several positions');
    const reasons = (substitutes: string[]) => assessConfidence(header({ substitutes }), lines).substitutes.reasons;
    expect(reasons(['Peaeksperti või tiimijuhi määratud ametnik'])).toEqual(['reference not in base form']);
    expect(reasons(['Peadirektori või valdkonnajuhi määratud ametnik'])).toEqual([]);
    expect(reasons(['Vastavalt'])).toEqual(['value cut short']);
  });
});
