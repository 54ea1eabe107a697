// Critical positions and the fewest absences that leave a unit's position uncovered.
import { describe, expect, it } from 'vitest';
import { criticalPositions, type CriticalPositions } from '../../server/coverage/index.js';
import { everyGapOrganisation, org, type Fixture } from './factory.js';

function byKey(f: Fixture, result: CriticalPositions) {
  return {
    positions: result.positions.map((p) => ({ position: f.key(p.positionId), leavesUncovered: p.leavesUncovered, dependents: f.keysOf(p.dependentIds) })),
    units: result.units.map((u) => ({ unitId: u.unitId, minimumAbsences: u.minimumAbsences, weakest: f.keysOf(u.weakestPositionIds) })),
  };
}

describe('critical positions', () => {
  const fixture = everyGapOrganisation();

  it('are the positions that are someone\'s only substitute, with the units\' weakest points', () => {
    expect(byKey(fixture, criticalPositions(fixture.graph))).toEqual({
      positions: [
        { position: 'Tiimijuht', leavesUncovered: 1, dependents: ['Spetsialist'] },
        { position: 'Koordinaator 1', leavesUncovered: 1, dependents: ['Koordinaator 2'] },
        { position: 'Koordinaator 2', leavesUncovered: 1, dependents: ['Koordinaator 1'] },
        { position: 'Spetsialist', leavesUncovered: 1, dependents: ['Jurist'] },
      ],
      units: [
        // Juhataja has a placeholder substitute, so it can never be left uncovered.
        { unitId: fixture.unit('Osakond A'), minimumAbsences: 2, weakest: ['Koordinaator 1', 'Koordinaator 2', 'Spetsialist'] },
        { unitId: fixture.unit('Tiim 1'), minimumAbsences: 2, weakest: ['Koordinaator 1', 'Koordinaator 2', 'Spetsialist'] },
        { unitId: fixture.unit('Tiim 2'), minimumAbsences: 3, weakest: ['Analüütik', 'Referent', 'Nõunik'] },
        { unitId: fixture.unit('Osakond B'), minimumAbsences: 1, weakest: ['Abiline', 'Raamatupidaja'] },
        { unitId: fixture.unit('Tiim 3'), minimumAbsences: 1, weakest: ['Abiline'] },
        { unitId: fixture.unit('Tiim 4'), minimumAbsences: 1, weakest: ['Raamatupidaja'] },
      ],
    });
  });

  it('are limited to the scope unit, while dependents anywhere count', () => {
    // Spetsialist (Osakond A) is the only substitute of Jurist (Osakond B).
    const result = byKey(fixture, criticalPositions(fixture.graph, { unitId: fixture.unit('Tiim 1'), limit: 2 }));
    expect(result.positions).toEqual([
      { position: 'Tiimijuht', leavesUncovered: 1, dependents: ['Spetsialist'] },
      { position: 'Koordinaator 1', leavesUncovered: 1, dependents: ['Koordinaator 2'] },
    ]);
    expect(result.units.map((u) => u.unitId)).toEqual([fixture.unit('Tiim 1')]);
  });

  it('sort by how many they leave uncovered, then by id', () => {
    const f = org()
      .position('Nõunik')
      .position('Juht')
      .position('A')
      .position('B')
      .position('C')
      .line({ substitute: 'Nõunik', substituted: 'C', statedBy: 'both' })
      .line({ substitute: 'Juht', substituted: 'A', statedBy: 'both' })
      .line({ substitute: 'Juht', substituted: 'B', statedBy: 'both' })
      .build();
    expect(byKey(f, criticalPositions(f.graph)).positions).toEqual([
      { position: 'Juht', leavesUncovered: 2, dependents: ['A', 'B'] },
      { position: 'Nõunik', leavesUncovered: 1, dependents: ['C'] },
    ]);
  });

  it('count a one-member group as no substitute and a two-member group as the other member', () => {
    const f = org()
      .unit('Tiim 1')
      .unit('Tiim 2')
      .position('Koordinaator', { unit: 'Tiim 1' })
      .position('Spetsialist', { unit: 'Tiim 2' })
      .position('Nõunik', { unit: 'Tiim 2' })
      .line({ substitute: { group: 'Tiim 1' }, substituted: 'Koordinaator', statedBy: 'substituted' })
      .line({ substitute: { group: 'Tiim 2' }, substituted: 'Spetsialist', statedBy: 'substituted' })
      .build();
    expect(byKey(f, criticalPositions(f.graph))).toEqual({
      positions: [{ position: 'Nõunik', leavesUncovered: 1, dependents: ['Spetsialist'] }],
      units: [
        { unitId: f.unit('Tiim 1'), minimumAbsences: 1, weakest: ['Koordinaator'] },
        { unitId: f.unit('Tiim 2'), minimumAbsences: 1, weakest: ['Nõunik'] },
      ],
    });
  });

  it('give no minimum for a unit whose positions all have a placeholder substitute', () => {
    const f = org()
      .unit('Tiim 1')
      .position('Juht', { unit: 'Tiim 1' })
      .line({ substitute: { placeholder: 'vastavalt asendusskeemile' }, substituted: 'Juht', statedBy: 'substituted' })
      .build();
    expect(byKey(f, criticalPositions(f.graph))).toEqual({
      positions: [],
      units: [{ unitId: f.unit('Tiim 1'), minimumAbsences: null, weakest: [] }],
    });
  });
});
