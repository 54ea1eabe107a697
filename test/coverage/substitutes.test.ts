// Who effectively stands in for whom: both lists, peers with the same title, groups and placeholders.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { org } from './factory.js';

const counts = (fixture: ReturnType<ReturnType<typeof org>['build']>) =>
  Object.fromEntries(analyzeCoverage(fixture.graph).positions.map((p) => [fixture.key(p.positionId), p.substituteCount]));

describe('substitutes of a position', () => {
  it('come from its own "who substitutes" list and from other positions\' "whom it substitutes" lists', () => {
    const fixture = org()
      .position('Juht')
      .position('Spetsialist')
      .position('Nõunik')
      .line({ substitute: 'Spetsialist', substituted: 'Juht', statedBy: 'substituted' })
      .line({ substitute: 'Nõunik', substituted: 'Juht', statedBy: 'substitute' })
      .build();
    expect(counts(fixture)).toEqual({ Juht: 2, Spetsialist: 0, Nõunik: 0 });
  });

  it('count a coordinator substituted by another coordinator of the same title in the same team', () => {
    // The document's own title in its own list means a peer, not itself.
    const fixture = org()
      .unit('Tiim 1')
      .position('Koordinaator', { as: 'Koordinaator 1', unit: 'Tiim 1' })
      .position('Koordinaator', { as: 'Koordinaator 2', unit: 'Tiim 1' })
      .line({ substitute: 'Koordinaator 2', substituted: 'Koordinaator 1', statedBy: 'both' })
      .build();
    expect(counts(fixture)).toEqual({ 'Koordinaator 1': 1, 'Koordinaator 2': 0 });
  });

  it('never include the position itself', () => {
    const fixture = org().position('Juht').line({ substitute: 'Juht', substituted: 'Juht', statedBy: 'both' }).build();
    const report = analyzeCoverage(fixture.graph);
    expect(report.positions[0]).toMatchObject({ substituteCount: 0, substitutes: [] });
  });

  it('are listed one entry per line, ordered by order, groups not expanded', () => {
    const fixture = org()
      .unit('Tiim 1')
      .position('Juht', { unit: 'Tiim 1' })
      .position('Spetsialist', { unit: 'Tiim 1' })
      .position('Nõunik', { unit: 'Tiim 1' })
      .line({ substitute: 'Spetsialist', substituted: 'Juht', statedBy: 'both', order: 2 })
      .line({ substitute: { group: 'Tiim 1' }, substituted: 'Juht', statedBy: 'substituted', order: 1 })
      .line({ substitute: { placeholder: 'vastavalt asendusskeemile' }, substituted: 'Juht', statedBy: 'substituted', order: 3 })
      .build();
    const entry = fixture.entry(analyzeCoverage(fixture.graph), 'Juht');
    expect(entry.substitutes).toEqual([
      { ref: { kind: 'GROUP', unitId: fixture.unit('Tiim 1'), label: 'osakonna teenistujad' }, status: 'UNCONFIRMED', statedBySubstituted: true, statedBySubstitute: false, order: 1 },
      { ref: { kind: 'POSITION', positionId: fixture.id('Spetsialist') }, status: 'CONFIRMED', statedBySubstituted: true, statedBySubstitute: true, order: 2 },
      { ref: { kind: 'PLACEHOLDER', label: 'vastavalt asendusskeemile' }, status: 'UNCONFIRMED', statedBySubstituted: true, statedBySubstitute: false, order: 3 },
    ]);
    // Spetsialist is both named and in the group: counted once. The placeholder adds one.
    expect(entry.substituteCount).toBe(3);
  });
});

describe('group substitutes', () => {
  const department = () =>
    org()
      .unit('Osakond A')
      .unit('Tiim 1', { parent: 'Osakond A' })
      .unit('Tiim 2', { parent: 'Osakond A' })
      .position('Juhataja', { unit: 'Osakond A' })
      .position('Koordinaator', { unit: 'Tiim 1' })
      .position('Spetsialist', { unit: 'Tiim 2' });

  it('stand in through every member of the unit and its sub-units other than the position itself', () => {
    const fixture = department().line({ substitute: { group: 'Osakond A' }, substituted: 'Koordinaator', statedBy: 'substituted' }).build();
    expect(counts(fixture)).toEqual({ Juhataja: 0, Koordinaator: 2, Spetsialist: 0 });
  });

  it('cover nobody when the position is the group\'s only member', () => {
    const fixture = department().line({ substitute: { group: 'Tiim 1' }, substituted: 'Koordinaator', statedBy: 'substituted' }).build();
    const entry = fixture.entry(analyzeCoverage(fixture.graph), 'Koordinaator');
    expect(entry.substituteCount).toBe(0);
    expect(entry.gaps.map((g) => g.kind)).toEqual(['NO_SUBSTITUTE', 'UNCONFIRMED_LINE']);
  });

  it('are not counted twice when a group and its sub-unit are both named', () => {
    const fixture = department()
      .line({ substitute: { group: 'Tiim 2' }, substituted: 'Koordinaator', statedBy: 'substituted' })
      .line({ substitute: { group: 'Osakond A' }, substituted: 'Koordinaator', statedBy: 'substituted' })
      .line({ substitute: 'Spetsialist', substituted: 'Koordinaator', statedBy: 'both' })
      .build();
    expect(fixture.entry(analyzeCoverage(fixture.graph), 'Koordinaator').substituteCount).toBe(2);
  });

  it('on the substituted side make the substitute stand in for every other member', () => {
    // "Keda asendab: osakonna teenistujad" in the Juhataja's document.
    const fixture = department().line({ substitute: 'Juhataja', substituted: { group: 'Osakond A' }, statedBy: 'substitute' }).build();
    expect(counts(fixture)).toEqual({ Juhataja: 0, Koordinaator: 1, Spetsialist: 1 });
  });
});

describe('placeholder substitutes', () => {
  it('count as one substitute each, a repeated label once', () => {
    const fixture = org()
      .position('Juht')
      .line({ substitute: { placeholder: 'valdkonnajuhi määratud ametnik' }, substituted: 'Juht', statedBy: 'substituted' })
      .line({ substitute: { placeholder: 'vastavalt asendusskeemile' }, substituted: 'Juht', statedBy: 'substituted' })
      .line({ substitute: { placeholder: 'vastavalt asendusskeemile' }, substituted: 'Juht', statedBy: 'substituted' })
      .build();
    expect(counts(fixture)).toEqual({ Juht: 2 });
  });
});
