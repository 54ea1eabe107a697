// Gaps decided by how many substitutes a position has and whether any of them is documented.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { org } from './factory.js';

describe('substitute count gaps', () => {
  it('reports no substitute, a single substitute, and nothing for two', () => {
    const fixture = org()
      .position('Juht')
      .position('Spetsialist')
      .position('Nõunik')
      .line({ substitute: 'Juht', substituted: 'Spetsialist', statedBy: 'both' })
      .line({ substitute: 'Juht', substituted: 'Nõunik', statedBy: 'both' })
      .line({ substitute: 'Spetsialist', substituted: 'Nõunik', statedBy: 'both' })
      .build();
    const report = analyzeCoverage(fixture.graph);
    expect(fixture.gapKinds(report)).toEqual({ Juht: ['NO_SUBSTITUTE'], Spetsialist: ['SINGLE_SUBSTITUTE'], Nõunik: [] });
    expect(report.positions.map((p) => p.score)).toEqual([0, 50, 100]);
  });
});

describe('only undocumented substitutes', () => {
  // Tiim 2 has only undocumented staff besides Referent; Tiim 3 has a documented one besides Analüütik.
  const fixture = org()
    .unit('Tiim 1')
    .unit('Tiim 2')
    .unit('Tiim 3')
    .position('Juht', { unit: 'Tiim 1' })
    .position('Assistent', { unit: 'Tiim 1', documented: false })
    .position('Sekretär', { unit: 'Tiim 1', documented: false })
    .position('Koordinaator')
    .position('Referent', { unit: 'Tiim 2' })
    .position('Abiline', { unit: 'Tiim 2', documented: false })
    .position('Analüütik', { unit: 'Tiim 3' })
    .position('Nõunik', { unit: 'Tiim 3' })
    .line({ substitute: 'Assistent', substituted: 'Juht', statedBy: 'substituted' })
    .line({ substitute: 'Sekretär', substituted: 'Juht', statedBy: 'substituted' })
    .line({ substitute: { placeholder: 'valdkonnajuhi määratud ametnik' }, substituted: 'Koordinaator', statedBy: 'substituted' })
    .line({ substitute: { group: 'Tiim 2' }, substituted: 'Referent', statedBy: 'substituted' })
    .line({ substitute: { group: 'Tiim 3' }, substituted: 'Analüütik', statedBy: 'substituted' })
    .build();
  const report = analyzeCoverage(fixture.graph);

  it('is reported for undocumented positions, placeholders and groups without documented members', () => {
    expect(fixture.gapKinds(report)).toEqual({
      Juht: ['ONLY_UNDOCUMENTED_SUBSTITUTES', 'UNCONFIRMED_LINE'],
      Assistent: ['NO_SUBSTITUTE'],
      Sekretär: ['NO_SUBSTITUTE'],
      Koordinaator: ['ONLY_UNDOCUMENTED_SUBSTITUTES', 'SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      Referent: ['ONLY_UNDOCUMENTED_SUBSTITUTES', 'SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      Abiline: ['NO_SUBSTITUTE'],
      // The group counts as documented through Nõunik.
      Analüütik: ['SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      Nõunik: ['NO_SUBSTITUTE'],
    });
  });

  it('relates the undocumented substitute positions, group members included', () => {
    expect(fixture.related(report, 'Juht', 'ONLY_UNDOCUMENTED_SUBSTITUTES')).toEqual(['Assistent', 'Sekretär']);
    expect(fixture.related(report, 'Referent', 'ONLY_UNDOCUMENTED_SUBSTITUTES')).toEqual(['Abiline']);
    expect(fixture.related(report, 'Koordinaator', 'ONLY_UNDOCUMENTED_SUBSTITUTES')).toEqual([]);
  });

  it('names the group member as the single substitute', () => {
    expect(fixture.related(report, 'Analüütik', 'SINGLE_SUBSTITUTE')).toEqual(['Nõunik']);
  });
});
