// The coverage report over one organisation where every gap kind occurs, with exact expectations.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage, type GapKind } from '../../server/coverage/index.js';
import { everyGapOrganisation } from './factory.js';

const fixture = everyGapOrganisation();
const report = analyzeCoverage(fixture.graph);

describe('coverage report of the whole organisation', () => {
  it('finds exactly these gaps per position, most severe first', () => {
    expect(fixture.gapKinds(report)).toEqual({
      Juhataja: ['ONLY_UNDOCUMENTED_SUBSTITUTES', 'OVERLOADED_SUBSTITUTE', 'CROSS_UNIT', 'UNCONFIRMED_LINE'],
      Tiimijuht: ['VACANT_SUBSTITUTE', 'QUALIFICATION_MISMATCH', 'CROSS_UNIT'],
      'Koordinaator 1': ['SINGLE_SUBSTITUTE', 'MUTUAL_PAIR_ONLY'],
      'Koordinaator 2': ['SINGLE_SUBSTITUTE', 'MUTUAL_PAIR_ONLY'],
      Spetsialist: ['SINGLE_SUBSTITUTE', 'MANAGER_ONLY'],
      Analüütik: ['SUBSTITUTE_CHAIN_CYCLE'],
      Referent: ['SUBSTITUTE_CHAIN_CYCLE'],
      Nõunik: ['SUBSTITUTE_CHAIN_CYCLE'],
      Jurist: ['SINGLE_SUBSTITUTE', 'CONTRADICTED_LINE', 'QUALIFICATION_MISMATCH', 'CROSS_UNIT'],
      Abiline: ['NO_SUBSTITUTE'],
      Raamatupidaja: ['NO_SUBSTITUTE', 'UNCONFIRMED_LINE'],
    });
  });

  it('contains every gap kind', () => {
    const kinds = new Set(report.positions.flatMap((p) => p.gaps.map((g) => g.kind)));
    expect(kinds.size).toBe(12);
  });

  it('gives each position its substitute count, worst gap and score', () => {
    const summary = Object.fromEntries(report.positions.map((p) => [fixture.key(p.positionId), [p.substituteCount, p.worstGap, p.score]]));
    expect(summary).toEqual({
      Juhataja: [2, 'ONLY_UNDOCUMENTED_SUBSTITUTES', 60],
      Tiimijuht: [2, 'VACANT_SUBSTITUTE', 70],
      'Koordinaator 1': [1, 'SINGLE_SUBSTITUTE', 40],
      'Koordinaator 2': [1, 'SINGLE_SUBSTITUTE', 40],
      Spetsialist: [1, 'SINGLE_SUBSTITUTE', 40],
      Analüütik: [2, 'SUBSTITUTE_CHAIN_CYCLE', 90],
      Referent: [2, 'SUBSTITUTE_CHAIN_CYCLE', 90],
      Nõunik: [2, 'SUBSTITUTE_CHAIN_CYCLE', 90],
      Jurist: [1, 'SINGLE_SUBSTITUTE', 20],
      Abiline: [0, 'NO_SUBSTITUTE', 0],
      // 0 for no substitute; the unconfirmed line cannot take it below 0.
      Raamatupidaja: [0, 'NO_SUBSTITUTE', 0],
    });
  });

  it('names the related positions of each gap', () => {
    expect(fixture.related(report, 'Juhataja', 'OVERLOADED_SUBSTITUTE')).toEqual(['Tiimijuht', 'Analüütik', 'Referent', 'Nõunik']);
    expect(fixture.related(report, 'Juhataja', 'ONLY_UNDOCUMENTED_SUBSTITUTES')).toEqual(['Abiline']);
    expect(fixture.related(report, 'Juhataja', 'UNCONFIRMED_LINE')).toEqual(['Abiline']);
    expect(fixture.related(report, 'Tiimijuht', 'VACANT_SUBSTITUTE')).toEqual(['Jurist']);
    expect(fixture.related(report, 'Koordinaator 1', 'MUTUAL_PAIR_ONLY')).toEqual(['Koordinaator 2']);
    expect(fixture.related(report, 'Spetsialist', 'MANAGER_ONLY')).toEqual(['Tiimijuht']);
    expect(fixture.related(report, 'Referent', 'SUBSTITUTE_CHAIN_CYCLE')).toEqual(['Analüütik', 'Nõunik']);
    expect(fixture.related(report, 'Jurist', 'CONTRADICTED_LINE')).toEqual(['Spetsialist']);
    expect(fixture.related(report, 'Jurist', 'CROSS_UNIT')).toEqual(['Spetsialist']);
  });

  it('totals each unit including its sub-units, and the whole organisation', () => {
    const unit = (name: string | null, positions: number, two: number, one: number, none: number, gaps: [GapKind, number][]) => ({
      unitId: name === null ? null : fixture.unit(name),
      positions,
      coveredByTwoOrMore: two,
      coveredByOne: one,
      uncovered: none,
      gaps: gaps.map(([kind, count]) => ({ kind, count })),
    });
    expect(report.units).toEqual([
      unit('Osakond A', 8, 5, 3, 0, [
        ['ONLY_UNDOCUMENTED_SUBSTITUTES', 1],
        ['SINGLE_SUBSTITUTE', 3],
        ['MANAGER_ONLY', 1],
        ['MUTUAL_PAIR_ONLY', 2],
        ['SUBSTITUTE_CHAIN_CYCLE', 3],
        ['VACANT_SUBSTITUTE', 1],
        ['QUALIFICATION_MISMATCH', 1],
        ['OVERLOADED_SUBSTITUTE', 1],
        ['CROSS_UNIT', 2],
        ['UNCONFIRMED_LINE', 1],
      ]),
      unit('Tiim 1', 4, 1, 3, 0, [
        ['SINGLE_SUBSTITUTE', 3],
        ['MANAGER_ONLY', 1],
        ['MUTUAL_PAIR_ONLY', 2],
        ['VACANT_SUBSTITUTE', 1],
        ['QUALIFICATION_MISMATCH', 1],
        ['CROSS_UNIT', 1],
      ]),
      unit('Tiim 2', 3, 3, 0, 0, [['SUBSTITUTE_CHAIN_CYCLE', 3]]),
      unit('Osakond B', 3, 0, 1, 2, [
        ['NO_SUBSTITUTE', 2],
        ['SINGLE_SUBSTITUTE', 1],
        ['CONTRADICTED_LINE', 1],
        ['QUALIFICATION_MISMATCH', 1],
        ['CROSS_UNIT', 1],
        ['UNCONFIRMED_LINE', 1],
      ]),
      unit('Tiim 3', 2, 0, 1, 1, [
        ['NO_SUBSTITUTE', 1],
        ['SINGLE_SUBSTITUTE', 1],
        ['CONTRADICTED_LINE', 1],
        ['QUALIFICATION_MISMATCH', 1],
        ['CROSS_UNIT', 1],
      ]),
      unit('Tiim 4', 1, 0, 0, 1, [
        ['NO_SUBSTITUTE', 1],
        ['UNCONFIRMED_LINE', 1],
      ]),
    ]);
    expect(report.totals).toEqual(
      unit(null, 11, 5, 4, 2, [
        ['NO_SUBSTITUTE', 2],
        ['ONLY_UNDOCUMENTED_SUBSTITUTES', 1],
        ['SINGLE_SUBSTITUTE', 4],
        ['MANAGER_ONLY', 1],
        ['MUTUAL_PAIR_ONLY', 2],
        ['CONTRADICTED_LINE', 1],
        ['SUBSTITUTE_CHAIN_CYCLE', 3],
        ['VACANT_SUBSTITUTE', 1],
        ['QUALIFICATION_MISMATCH', 2],
        ['OVERLOADED_SUBSTITUTE', 1],
        ['CROSS_UNIT', 3],
        ['UNCONFIRMED_LINE', 2],
      ]),
    );
  });
});

describe('coverage report of one unit', () => {
  it('reports only the unit\'s positions but still counts substitutes from outside it', () => {
    // Juhataja sits outside Tiim 2 yet is every Tiim 2 position's second substitute.
    const scoped = analyzeCoverage(fixture.graph, { unitId: fixture.unit('Tiim 2') });
    expect(fixture.gapKinds(scoped)).toEqual({
      Analüütik: ['SUBSTITUTE_CHAIN_CYCLE'],
      Referent: ['SUBSTITUTE_CHAIN_CYCLE'],
      Nõunik: ['SUBSTITUTE_CHAIN_CYCLE'],
    });
    expect(scoped.positions.map((p) => p.substituteCount)).toEqual([2, 2, 2]);
    expect(scoped.units.map((u) => u.unitId)).toEqual([fixture.unit('Tiim 2')]);
    expect(scoped.totals).toMatchObject({ unitId: fixture.unit('Tiim 2'), positions: 3, coveredByTwoOrMore: 3 });
  });

  it('includes the sub-units by default and lists the unit before them', () => {
    const scoped = analyzeCoverage(fixture.graph, { unitId: fixture.unit('Osakond B') });
    expect(fixture.keysOf(scoped.positions.map((p) => p.positionId))).toEqual(['Jurist', 'Abiline', 'Raamatupidaja']);
    expect(scoped.units.map((u) => u.unitId)).toEqual([fixture.unit('Osakond B'), fixture.unit('Tiim 3'), fixture.unit('Tiim 4')]);
    expect(scoped.totals).toEqual({ ...report.units[3] });
  });

  it('leaves the sub-units out when asked to', () => {
    const scoped = analyzeCoverage(fixture.graph, { unitId: fixture.unit('Osakond A'), includeDescendants: false });
    expect(fixture.gapKinds(scoped)).toEqual({
      Juhataja: ['ONLY_UNDOCUMENTED_SUBSTITUTES', 'OVERLOADED_SUBSTITUTE', 'CROSS_UNIT', 'UNCONFIRMED_LINE'],
    });
    expect(scoped.units).toEqual([scoped.totals]);
    expect(scoped.totals).toMatchObject({ unitId: fixture.unit('Osakond A'), positions: 1, coveredByTwoOrMore: 1 });
  });

  it('refuses a unit that is not in the graph', () => {
    expect(() => analyzeCoverage(fixture.graph, { unitId: 999 })).toThrow('Unknown unit 999');
  });
});
