// Gaps in the shape of substitution: pairs, managers, chains and overloaded substitutes.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { org } from './factory.js';

describe('mutual pairs and managers', () => {
  it('reports two positions that only stand in for each other', () => {
    const fixture = org()
      .position('Koordinaator', { as: 'Koordinaator 1' })
      .position('Koordinaator', { as: 'Koordinaator 2' })
      .line({ substitute: 'Koordinaator 2', substituted: 'Koordinaator 1', statedBy: 'both' })
      .line({ substitute: 'Koordinaator 1', substituted: 'Koordinaator 2', statedBy: 'both' })
      .build();
    const report = analyzeCoverage(fixture.graph);
    expect(fixture.gapKinds(report)).toEqual({
      'Koordinaator 1': ['SINGLE_SUBSTITUTE', 'MUTUAL_PAIR_ONLY'],
      'Koordinaator 2': ['SINGLE_SUBSTITUTE', 'MUTUAL_PAIR_ONLY'],
    });
    expect(report.positions.map((p) => p.score)).toEqual([40, 40]);
  });

  it('reports a position whose only substitute is its manager, also when they form a pair', () => {
    const fixture = org()
      .position('Juht')
      .position('Spetsialist', { manager: 'Juht' })
      .line({ substitute: 'Juht', substituted: 'Spetsialist', statedBy: 'both' })
      .line({ substitute: 'Spetsialist', substituted: 'Juht', statedBy: 'both' })
      .build();
    expect(fixture.gapKinds(analyzeCoverage(fixture.graph))).toEqual({
      Juht: ['SINGLE_SUBSTITUTE', 'MUTUAL_PAIR_ONLY'],
      Spetsialist: ['SINGLE_SUBSTITUTE', 'MANAGER_ONLY', 'MUTUAL_PAIR_ONLY'],
    });
  });

  it('does not report a manager who is one of two substitutes', () => {
    const fixture = org()
      .position('Juht')
      .position('Spetsialist', { manager: 'Juht' })
      .position('Nõunik')
      .line({ substitute: 'Juht', substituted: 'Spetsialist', statedBy: 'both' })
      .line({ substitute: 'Nõunik', substituted: 'Spetsialist', statedBy: 'both' })
      .build();
    expect(fixture.entry(analyzeCoverage(fixture.graph), 'Spetsialist').gaps).toEqual([]);
  });
});

describe('substitute chain cycles', () => {
  // A ← B ← C ← A by first substitute, each with D second; E and F are each other's first, with G second;
  // H's chain runs into the cycle without being on it.
  const fixture = org()
    .position('A')
    .position('B')
    .position('C')
    .position('D')
    .position('E')
    .position('F')
    .position('G')
    .position('H')
    .line({ substitute: 'B', substituted: 'A', statedBy: 'both', order: 0 })
    .line({ substitute: 'D', substituted: 'A', statedBy: 'both', order: 1 })
    .line({ substitute: 'D', substituted: 'B', statedBy: 'both', order: 1 })
    .line({ substitute: 'C', substituted: 'B', statedBy: 'both', order: 0 })
    .line({ substitute: 'A', substituted: 'C', statedBy: 'both', order: 0 })
    .line({ substitute: 'D', substituted: 'C', statedBy: 'both', order: 1 })
    .line({ substitute: 'F', substituted: 'E', statedBy: 'both', order: 0 })
    .line({ substitute: 'G', substituted: 'E', statedBy: 'both', order: 1 })
    .line({ substitute: 'E', substituted: 'F', statedBy: 'both', order: 0 })
    .line({ substitute: 'G', substituted: 'F', statedBy: 'both', order: 1 })
    .line({ substitute: 'A', substituted: 'H', statedBy: 'both', order: 0 })
    .line({ substitute: 'G', substituted: 'H', statedBy: 'both', order: 1 })
    .build();
  const report = analyzeCoverage(fixture.graph);

  it('reports the positions on a cycle of three, not a cycle of two nor a chain leading into a cycle', () => {
    expect(fixture.gapKinds(report)).toEqual({
      A: ['SUBSTITUTE_CHAIN_CYCLE'],
      B: ['SUBSTITUTE_CHAIN_CYCLE'],
      C: ['SUBSTITUTE_CHAIN_CYCLE'],
      // D and G each stand in for exactly three: at the threshold, not over it.
      D: ['NO_SUBSTITUTE'],
      E: [],
      F: [],
      G: ['NO_SUBSTITUTE'],
      H: [],
    });
  });

  it('explains the cycle from the position it is reported on', () => {
    const gap = fixture.entry(report, 'B').gaps[0];
    expect(fixture.keysOf(gap.relatedPositionIds)).toEqual(['A', 'C']);
    expect(gap.explanation).toContain('"B" → "C" → "A" → "B"');
    expect(gap.explanationEt).toContain('„B“ → „C“ → „A“ → „B“');
  });
});

describe('overloaded substitutes', () => {
  // Juht names its whole team as whom it substitutes: the group is expanded to its members.
  const team = (members: number) => {
    const builder = org().unit('Tiim 1').position('Juht', { unit: 'Tiim 1' });
    for (let i = 1; i <= members; i++) builder.position(`S${i}`, { unit: 'Tiim 1' });
    return builder.line({ substitute: 'Juht', substituted: { group: 'Tiim 1' }, statedBy: 'substitute' }).build();
  };

  it('is reported on a position standing in for more than three others', () => {
    const fixture = team(4);
    const report = analyzeCoverage(fixture.graph);
    expect(fixture.gapKinds(report)).toEqual({
      Juht: ['NO_SUBSTITUTE', 'OVERLOADED_SUBSTITUTE'],
      S1: ['SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      S2: ['SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      S3: ['SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
      S4: ['SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE'],
    });
    expect(fixture.related(report, 'Juht', 'OVERLOADED_SUBSTITUTE')).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('is not reported at exactly three', () => {
    const fixture = team(3);
    expect(fixture.entry(analyzeCoverage(fixture.graph), 'Juht').gaps.map((g) => g.kind)).toEqual(['NO_SUBSTITUTE']);
  });

  it('follows a custom threshold', () => {
    const fixture = team(3);
    const kinds = (overloadThreshold: number) => fixture.entry(analyzeCoverage(fixture.graph, { overloadThreshold }), 'Juht').gaps.map((g) => g.kind);
    expect(kinds(2)).toEqual(['NO_SUBSTITUTE', 'OVERLOADED_SUBSTITUTE']);
    expect(kinds(5)).toEqual(['NO_SUBSTITUTE']);
  });

  it('counts a position covered both by name and through a group once', () => {
    const fixture = org()
      .unit('Tiim 1')
      .position('Juht')
      .position('S1', { unit: 'Tiim 1' })
      .position('S2', { unit: 'Tiim 1' })
      .position('S3')
      .line({ substitute: 'Juht', substituted: { group: 'Tiim 1' }, statedBy: 'substitute' })
      .line({ substitute: 'Juht', substituted: 'S1', statedBy: 'both' })
      .line({ substitute: 'Juht', substituted: 'S3', statedBy: 'both' })
      .build();
    expect(fixture.entry(analyzeCoverage(fixture.graph, { overloadThreshold: 2 }), 'Juht').gaps.map((g) => g.kind)).toEqual([
      'NO_SUBSTITUTE',
      'OVERLOADED_SUBSTITUTE',
    ]);
    expect(fixture.entry(analyzeCoverage(fixture.graph, { overloadThreshold: 3 }), 'Juht').gaps.map((g) => g.kind)).toEqual(['NO_SUBSTITUTE']);
  });
});
