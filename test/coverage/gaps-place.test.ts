// Where substitutes sit and whether they have holders: CROSS_UNIT and VACANT_SUBSTITUTE.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { org } from './factory.js';

describe('cross-department substitutes', () => {
  const fixture = org()
    .unit('Osakond A')
    .unit('Tiim 1', { parent: 'Osakond A' })
    .unit('Tiim 2', { parent: 'Osakond A' })
    .unit('Osakond B')
    .position('Koordinaator', { unit: 'Tiim 1' })
    .position('Spetsialist', { unit: 'Tiim 2' })
    .position('Nõunik', { unit: 'Osakond B' })
    .position('Assistent')
    .position('Referent', { unit: 'Osakond B' })
    .line({ substitute: 'Spetsialist', substituted: 'Koordinaator', statedBy: 'both' })
    .line({ substitute: 'Nõunik', substituted: 'Koordinaator', statedBy: 'both' })
    .line({ substitute: 'Nõunik', substituted: 'Assistent', statedBy: 'both' })
    .line({ substitute: 'Koordinaator', substituted: 'Assistent', statedBy: 'both' })
    .line({ substitute: { group: 'Tiim 1' }, substituted: 'Referent', statedBy: 'substituted' })
    .line({ substitute: 'Nõunik', substituted: 'Referent', statedBy: 'both' })
    .build();
  const report = analyzeCoverage(fixture.graph);

  it('are reported for positions and groups of another department, never for positions without a unit', () => {
    expect(fixture.gapKinds(report)).toEqual({
      // Spetsialist is in another team of the same department: fine.
      Koordinaator: ['CROSS_UNIT'],
      Spetsialist: ['NO_SUBSTITUTE'],
      Nõunik: ['NO_SUBSTITUTE'],
      // Assistent has no unit and so no department.
      Assistent: [],
      Referent: ['CROSS_UNIT', 'UNCONFIRMED_LINE'],
    });
    expect(fixture.related(report, 'Koordinaator', 'CROSS_UNIT')).toEqual(['Nõunik']);
    // A group is named in the explanation; it has no position id to relate.
    expect(fixture.related(report, 'Referent', 'CROSS_UNIT')).toEqual([]);
    expect(fixture.entry(report, 'Referent').gaps[0].explanation).toBe(
      '"Referent" (Osakond B) is in Osakond B; these substitutes sit in another department: osakonna teenistujad (Tiim 1) in Osakond A.',
    );
  });
});

describe('vacant substitutes', () => {
  const fixture = org()
    .unit('Osakond')
    .unit('Tiim 1', { parent: 'Osakond' })
    .unit('Tiim 2', { parent: 'Osakond' })
    .position('Koordinaator', { unit: 'Tiim 1' })
    .position('Spetsialist', { unit: 'Tiim 1', vacant: true })
    .position('Nõunik', { unit: 'Tiim 1', vacant: null })
    .position('Assistent', { unit: 'Tiim 1', vacant: false })
    .position('Referent', { unit: 'Tiim 2' })
    .position('Analüütik', { unit: 'Tiim 2', vacant: true })
    .line({ substitute: 'Spetsialist', substituted: 'Koordinaator', statedBy: 'both' })
    .line({ substitute: 'Nõunik', substituted: 'Koordinaator', statedBy: 'both' })
    .line({ substitute: 'Nõunik', substituted: 'Assistent', statedBy: 'both' })
    .line({ substitute: 'Koordinaator', substituted: 'Assistent', statedBy: 'both' })
    .line({ substitute: { group: 'Tiim 2' }, substituted: 'Referent', statedBy: 'substituted' })
    .line({ substitute: 'Koordinaator', substituted: 'Referent', statedBy: 'both' })
    .build();
  const report = analyzeCoverage(fixture.graph);

  it('are reported when known to be vacant, and never when holders are unknown', () => {
    expect(fixture.gapKinds(report)).toEqual({
      Koordinaator: ['VACANT_SUBSTITUTE'],
      Spetsialist: ['NO_SUBSTITUTE'],
      Nõunik: ['NO_SUBSTITUTE'],
      Assistent: [],
      // Every other member of the group is vacant.
      Referent: ['VACANT_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      Analüütik: ['NO_SUBSTITUTE'],
    });
    expect(fixture.related(report, 'Koordinaator', 'VACANT_SUBSTITUTE')).toEqual(['Spetsialist']);
    expect(fixture.related(report, 'Referent', 'VACANT_SUBSTITUTE')).toEqual(['Analüütik']);
  });
});
