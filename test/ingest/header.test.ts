/**
 * Golden tests for the header block of the five samples, written from reading them:
 * title, unit path, manager and both substitution lists, in base form.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/ingest/parse.js';
import { sampleFiles, sampleText } from '../factories.js';

const parse = (prefix: string) => parseDocument(`${prefix}.txt`, sampleText(prefix));

describe('the header of sample 000 (columns merged onto one line)', () => {
  const doc = parse('000');

  it('reads the title and the three-level unit path with the team from the brackets', () => {
    expect(doc.title).toBe('Koordinaator');
    expect(doc.specialization).toBeNull();
    expect(doc.unitPath).toEqual(['Ohvriabi ja ennetusteenuste osakond', 'Ennetustalitus', 'KLAT ja abivajava lapse SRT tiim']);
  });

  it('splits "Tiimijuht Koordinaator, tiimijuht Koordinaatorit, tiimijuhti" into manager and two lists in base form', () => {
    expect(doc.manager).toBe('Tiimijuht');
    expect(doc.substitutedBy).toEqual(['Koordinaator', 'Tiimijuht']);
    expect(doc.substitutes).toEqual(['Koordinaator', 'Tiimijuht']);
  });

  it('reads the approving directive and the organisation', () => {
    expect(doc.approval).toEqual({ date: '2024-02-12', number: '23', issuer: 'Sotsiaalkindlustusameti peadirektor' });
    expect(doc.organization).toBe('Sotsiaalkindlustusamet');
    expect(doc.contractAnnex).toBeNull();
    expect(doc.layout).toBe('table');
  });

  it('keeps the source lines of the header values', () => {
    expect(doc.sources.title).toEqual({ start: 16, end: 17 });
    expect(doc.sources.manager).toEqual({ start: 23, end: 23 });
    expect(doc.sources.approval).toEqual({ start: 3, end: 6 });
  });
});

describe('the header of sample 001 (title and unit in separate paragraphs, lists wrapped)', () => {
  const doc = parse('001');

  it('keeps the bracketed specialisation in the title and as its own field', () => {
    expect(doc.title).toBe('Koordinaator (psühholoogiline abi ja traumast taastumist toetav vaimse tervise abi)');
    expect(doc.specialization).toBe('psühholoogiline abi ja traumast taastumist toetav vaimse tervise abi');
    expect(doc.unitPath).toEqual(['Ohvriabi ja ennetusteenuste osakond', 'Arendustalitus']);
  });

  it('tells the nominative "Kes asendab" list from the partitive "Keda asendab" list', () => {
    expect(doc.manager).toBe('Tiimijuht');
    expect(doc.substitutedBy).toEqual(['Teenuse juht', 'Tiimijuht', 'Koordinaator']);
    expect(doc.substitutes).toEqual(['Teenuse juht', 'Koordinaator']);
  });

  it('names the organisation from the abbreviation SKA and notes the contract annex', () => {
    expect(doc.organization).toBe('Sotsiaalkindlustusamet');
    expect(doc.contractAnnex).toEqual({ contractNumber: null });
    expect(doc.approval).toBeNull();
  });
});

describe('the header of sample 002 (a dash for nobody)', () => {
  const doc = parse('002');

  it('reads a department with a bracketed team', () => {
    expect(doc.title).toBe('Peaspetsialist (perelepitus)');
    expect(doc.specialization).toBe('perelepitus');
    expect(doc.unitPath).toEqual(['Laste heaolu osakond', 'Perelepituse tiim']);
  });

  it('reads four substitutes and nobody substituted', () => {
    expect(doc.manager).toBe('Perelepitusteenuse juht');
    expect(doc.substitutedBy).toEqual(['Perelepitusteenuse juht', 'Nõunik', 'Juhtivkoordinaator', 'Koordinaator']);
    expect(doc.substitutes).toEqual([]);
  });
});

describe('the header of sample 003 (a typo in the department name)', () => {
  const doc = parse('003');

  it('keeps the unit as written; the typo is merged when the graph is built', () => {
    expect(doc.title).toBe('Teenuse juht');
    expect(doc.unitPath).toEqual(['Teenusete osakond', 'Erihoolekande ja rehabilitatsiooni talitus']);
  });

  it('reads lists wrapped in the middle of a title ("teenuse / juht") and partitive forms with specialisations', () => {
    expect(doc.manager).toBe('Talitusejuhataja');
    expect(doc.substitutedBy).toEqual(['Arendusnõunik (rehabilitatsioon)', 'Nõunik (rehabilitatsioon)', 'Teenuse juht']);
    expect(doc.substitutes).toEqual(['Arendusnõunik (rehabilitatsioon)', 'Teenuse juht']);
  });
});

describe('the header of sample 004 (genitive unit chain, no organisation named)', () => {
  const doc = parse('004');

  it('splits "Teenuste osakonna erihoolekande ja rehabilitatsiooni talitus" into two units in base form', () => {
    expect(doc.title).toBe('Koordinaator-nõustaja (ISTE)');
    expect(doc.specialization).toBe('ISTE');
    expect(doc.unitPath).toEqual(['Teenuste osakond', 'Erihoolekande ja rehabilitatsiooni talitus']);
  });

  it('reads the manager and both lists with bracketed abbreviations', () => {
    expect(doc.manager).toBe('Projektijuht (ISTE)');
    expect(doc.substitutedBy).toEqual(['Projektijuht (ISTE)', 'Koordinaator-nõustaja (ISTE)']);
    expect(doc.substitutes).toEqual(['Projektijuht (ISTE)', 'Koordinaator-nõustaja (ISTE)']);
  });

  it('reads the contract number and leaves the organisation to the caller', () => {
    expect(doc.contractAnnex).toEqual({ contractNumber: '3-6/493-2' });
    expect(doc.organization).toBeNull();
    expect(parseDocument('004.txt', sampleText('004'), { organization: 'Sotsiaalkindlustusamet' }).organization).toBe('Sotsiaalkindlustusamet');
  });
});

describe('every sample', () => {
  it('parses without a line left unplaced', () => {
    for (const file of sampleFiles()) {
      const doc = parseDocument(file.name, file.content);
      expect(doc.warnings.filter((w) => w.message.startsWith('could not be placed')), file.name).toEqual([]);
    }
  });
});
