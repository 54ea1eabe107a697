// Absence simulation on the every-gap organisation and on a team that names itself as a group.
import { describe, expect, it } from 'vitest';
import { absenceImpact, type AbsenceImpact } from '../../server/coverage/index.js';
import { everyGapOrganisation, org, type Fixture } from './factory.js';

const fixture = everyGapOrganisation();

/** The result by key, explanations left out. */
function summary(f: Fixture, impact: AbsenceImpact) {
  const entries = (list: AbsenceImpact['uncovered']) =>
    list.map((e) => ({
      position: f.key(e.positionId),
      absent: e.absent,
      unavailable: f.keysOf(e.unavailableSubstituteIds),
      manager: e.managerId === null ? null : f.key(e.managerId),
    }));
  return {
    absent: f.keysOf(impact.absent),
    uncovered: entries(impact.uncovered),
    fallBackToManager: entries(impact.fallBackToManager),
    atRisk: entries(impact.atRisk),
  };
}

describe('absence impact', () => {
  it('puts a present position at risk when its only substitute is away', () => {
    const impact = absenceImpact(fixture.graph, fixture.ids('Koordinaator 1'), {});
    expect(summary(fixture, impact)).toEqual({
      absent: ['Koordinaator 1'],
      uncovered: [],
      fallBackToManager: [],
      atRisk: [{ position: 'Koordinaator 2', absent: false, unavailable: ['Koordinaator 1'], manager: 'Tiimijuht' }],
    });
  });

  it('leaves both of a mutual pair uncovered when both are away', () => {
    const impact = absenceImpact(fixture.graph, fixture.ids('Koordinaator 1', 'Koordinaator 2'));
    expect(summary(fixture, impact).uncovered).toEqual([
      { position: 'Koordinaator 1', absent: true, unavailable: ['Koordinaator 2'], manager: 'Tiimijuht' },
      { position: 'Koordinaator 2', absent: true, unavailable: ['Koordinaator 1'], manager: 'Tiimijuht' },
    ]);
    expect(impact.uncovered[0].explanation).toBe(
      '"Koordinaator" (Tiim 1, Koordinaator 1.txt) is away and none of its substitutes is available: "Koordinaator" (Tiim 1, Koordinaator 2.txt) (away).',
    );
    expect(impact.uncovered[0].explanationEt).toBe(
      'Ametikoha „Koordinaator“ (Tiim 1, Koordinaator 1.txt) teenistuja on eemal ja ükski asendaja ei ole kättesaadav: „Koordinaator“ (Tiim 1, Koordinaator 2.txt) (eemal).',
    );
  });

  it('falls back to a present manager under escalation', () => {
    const impact = absenceImpact(fixture.graph, fixture.ids('Koordinaator 1', 'Koordinaator 2'), { escalateToManager: true });
    const result = summary(fixture, impact);
    expect(result.uncovered).toEqual([]);
    expect(result.fallBackToManager.map((e) => e.position)).toEqual(['Koordinaator 1', 'Koordinaator 2']);
    expect(impact.fallBackToManager[0].explanation).toMatch(/Its manager, "Tiimijuht" \(Tiim 1\), takes over\.$/);
    expect(impact.fallBackToManager[0].explanationEt).toMatch(/Tööd jätkab vahetu juht „Tiimijuht“ \(Tiim 1\)\.$/);
  });

  it('keeps positions uncovered under escalation when their manager is away too', () => {
    const impact = absenceImpact(fixture.graph, fixture.ids('Koordinaator 1', 'Koordinaator 2', 'Tiimijuht'), { escalateToManager: true });
    expect(summary(fixture, impact)).toEqual({
      absent: ['Koordinaator 1', 'Koordinaator 2', 'Tiimijuht'],
      // Tiimijuht itself still has Juhataja and Jurist.
      uncovered: [
        { position: 'Koordinaator 1', absent: true, unavailable: ['Koordinaator 2'], manager: 'Tiimijuht' },
        { position: 'Koordinaator 2', absent: true, unavailable: ['Koordinaator 1'], manager: 'Tiimijuht' },
      ],
      fallBackToManager: [],
      atRisk: [{ position: 'Spetsialist', absent: false, unavailable: ['Tiimijuht'], manager: 'Tiimijuht' }],
    });
    expect(impact.uncovered[0].explanation).toMatch(/Its manager, "Tiimijuht" \(Tiim 1\), is away too\.$/);
    expect(impact.uncovered[0].explanationEt).toMatch(/Vahetu juht „Tiimijuht“ \(Tiim 1\) on samuti eemal\.$/);
  });

  it('counts a placeholder as always available and an absent position without substitutes as uncovered', () => {
    const impact = absenceImpact(fixture.graph, fixture.ids('Juhataja', 'Abiline'), { escalateToManager: true });
    expect(summary(fixture, impact)).toEqual({
      absent: ['Juhataja', 'Abiline'],
      uncovered: [{ position: 'Abiline', absent: true, unavailable: [], manager: null }],
      fallBackToManager: [],
      atRisk: [],
    });
    expect(impact.uncovered[0].explanation).toBe('"Abiline" (Tiim 3) is away and no one stands in for it. It has no manager to fall back to.');
    expect(impact.uncovered[0].explanationEt).toBe(
      'Ametikoha „Abiline“ (Tiim 3) teenistuja on eemal ja ametikohal ei ole asendajat. Vahetut juhti, kellele töö üle anda, ei ole.',
    );
  });

  it('lists each absent position once and ignores ids that are not positions', () => {
    const impact = absenceImpact(fixture.graph, [...fixture.ids('Jurist', 'Jurist'), 999]);
    expect(summary(fixture, impact)).toEqual({
      absent: ['Jurist'],
      // Jurist's substitute Spetsialist is present.
      uncovered: [],
      fallBackToManager: [],
      atRisk: [],
    });
  });
});

describe('absence impact with a group substitute', () => {
  // "Osakonna teenistujad" stand in for the Koordinaator: Spetsialist and Nõunik.
  const team = org()
    .unit('Tiim 1')
    .position('Koordinaator', { unit: 'Tiim 1' })
    .position('Spetsialist', { unit: 'Tiim 1' })
    .position('Nõunik', { unit: 'Tiim 1' })
    .line({ substitute: { group: 'Tiim 1' }, substituted: 'Koordinaator', statedBy: 'substituted' })
    .build();

  it('covers while one other member is present', () => {
    const impact = absenceImpact(team.graph, team.ids('Koordinaator', 'Spetsialist'));
    // Only Spetsialist, which has no substitute of its own, is uncovered.
    expect(summary(team, impact).uncovered).toEqual([{ position: 'Spetsialist', absent: true, unavailable: [], manager: null }]);
  });

  it('leaves the position uncovered when every other member is away', () => {
    const impact = absenceImpact(team.graph, team.ids('Koordinaator', 'Spetsialist', 'Nõunik'));
    expect(summary(team, impact).uncovered).toEqual([
      { position: 'Koordinaator', absent: true, unavailable: ['Spetsialist', 'Nõunik'], manager: null },
      { position: 'Spetsialist', absent: true, unavailable: [], manager: null },
      { position: 'Nõunik', absent: true, unavailable: [], manager: null },
    ]);
    expect(impact.uncovered[0].explanation).toBe(
      '"Koordinaator" (Tiim 1) is away and none of its substitutes is available: osakonna teenistujad (Tiim 1) (no other member present).',
    );
  });

  it('puts the present position at risk when the rest of the group is away', () => {
    const impact = absenceImpact(team.graph, team.ids('Spetsialist', 'Nõunik'));
    expect(summary(team, impact)).toEqual({
      absent: ['Spetsialist', 'Nõunik'],
      uncovered: [
        { position: 'Spetsialist', absent: true, unavailable: [], manager: null },
        { position: 'Nõunik', absent: true, unavailable: [], manager: null },
      ],
      fallBackToManager: [],
      atRisk: [{ position: 'Koordinaator', absent: false, unavailable: ['Spetsialist', 'Nõunik'], manager: null }],
    });
  });
});
