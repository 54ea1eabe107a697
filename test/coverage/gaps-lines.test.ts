// Unconfirmed and contradicted lines into a position: one finding per kind, relating the other ends.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { org } from './factory.js';

// Lines are listed so that no chain of first substitutes forms a cycle of three.
const fixture = org()
  .position('Juht')
  .position('Spetsialist')
  .position('Nõunik')
  .position('Assistent', { documented: false })
  .position('Sekretär', { documented: false })
  .line({ substitute: 'Spetsialist', substituted: 'Juht', statedBy: 'substituted' })
  .line({ substitute: 'Nõunik', substituted: 'Juht', statedBy: 'both' })
  .line({ substitute: 'Sekretär', substituted: 'Juht', statedBy: 'substituted' })
  .line({ substitute: 'Spetsialist', substituted: 'Nõunik', statedBy: 'substitute' })
  .line({ substitute: 'Juht', substituted: 'Nõunik', statedBy: 'both' })
  .line({ substitute: 'Juht', substituted: 'Spetsialist', statedBy: 'both' })
  .line({ substitute: 'Assistent', substituted: 'Spetsialist', statedBy: 'substituted' })
  .line({ substitute: 'Juht', substituted: 'Assistent', statedBy: 'substitute' })
  .line({ substitute: 'Nõunik', substituted: 'Assistent', statedBy: 'substitute' })
  .build();
const report = analyzeCoverage(fixture.graph);

describe('line gaps', () => {
  it('report a contradicted line from either side and an unconfirmed line', () => {
    expect(fixture.gapKinds(report)).toEqual({
      Juht: ['CONTRADICTED_LINE', 'UNCONFIRMED_LINE'],
      Spetsialist: ['UNCONFIRMED_LINE'],
      Nõunik: ['CONTRADICTED_LINE'],
      Assistent: ['UNCONFIRMED_LINE'],
      Sekretär: ['NO_SUBSTITUTE'],
    });
  });

  it('relate the positions on the other end of those lines', () => {
    expect(fixture.related(report, 'Juht', 'CONTRADICTED_LINE')).toEqual(['Spetsialist']);
    expect(fixture.related(report, 'Juht', 'UNCONFIRMED_LINE')).toEqual(['Sekretär']);
    expect(fixture.related(report, 'Nõunik', 'CONTRADICTED_LINE')).toEqual(['Spetsialist']);
    expect(fixture.related(report, 'Assistent', 'UNCONFIRMED_LINE')).toEqual(['Juht', 'Nõunik']);
  });

  it('cost ten points each on a position with two substitutes', () => {
    expect(fixture.entry(report, 'Juht').score).toBe(80);
  });

  it('explain which document says what', () => {
    const gap = fixture.entry(report, 'Nõunik').gaps[0];
    expect(gap.explanation).toBe(
      'The documents disagree on who stands in for "Nõunik": the document of "Spetsialist" says it stands in for "Nõunik", but the document of "Nõunik" does not name it.',
    );
    expect(gap.explanationEt).toBe(
      'Ametijuhendid on ametikoha „Nõunik“ asendamise osas vastuolus: ametikoha „Spetsialist“ ametijuhendi järgi asendab see ametikohta „Nõunik“, kuid ametikoha „Nõunik“ ametijuhend seda asendajat ei nimeta.',
    );
  });
});
