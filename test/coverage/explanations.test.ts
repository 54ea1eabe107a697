// Every gap is explained in English and Estonian, naming positions by title and unit.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { everyGapOrganisation } from './factory.js';

const fixture = everyGapOrganisation();
const report = analyzeCoverage(fixture.graph);

describe('gap explanations', () => {
  it('exist in both languages for every gap and name the position they are about', () => {
    for (const entry of report.positions) {
      const title = fixture.graph.positions.find((p) => p.id === entry.positionId)!.title;
      for (const gap of entry.gaps) {
        expect(gap.explanation).toContain(`"${title}"`);
        expect(gap.explanationEt).toContain(`„${title}“`);
      }
    }
  });

  it('say who the only substitute is when it is the manager', () => {
    const gap = fixture.entry(report, 'Spetsialist').gaps.find((g) => g.kind === 'MANAGER_ONLY')!;
    expect(gap.explanation).toBe('The only substitute of "Spetsialist" (Tiim 1) is its direct manager, "Tiimijuht" (Tiim 1).');
    expect(gap.explanationEt).toBe('Ametikoha „Spetsialist“ (Tiim 1) ainus asendaja on selle vahetu juht „Tiimijuht“ (Tiim 1).');
  });

  it('tell apart two positions with the same title in the same unit by id', () => {
    const gap = fixture.entry(report, 'Koordinaator 1').gaps.find((g) => g.kind === 'MUTUAL_PAIR_ONLY')!;
    expect(gap.explanationEt).toBe(
      'Ametikohad „Koordinaator“ (Tiim 1, #103) ja „Koordinaator“ (Tiim 1, #104) asendavad ainult teineteist: kumbki on teise ainus asendaja.',
    );
  });

  it('name placeholders and undocumented positions when no substitute has a document', () => {
    const gap = fixture.entry(report, 'Juhataja').gaps[0];
    expect(gap.explanation).toBe(
      'No substitute of "Juhataja" (Osakond A) has a job description on file: "Abiline" (Tiim 3), "valdkonnajuhi määratud ametnik".',
    );
    expect(gap.explanationEt).toBe(
      'Ühelgi ametikoha „Juhataja“ (Osakond A) asendajal ei ole ametijuhendit: „Abiline“ (Tiim 3), „valdkonnajuhi määratud ametnik“.',
    );
  });

  it('say why a one-member group covers nobody', () => {
    const gap = fixture.entry(report, 'Raamatupidaja').gaps[0];
    expect(gap.explanation).toBe(
      'No one stands in for "Raamatupidaja" (Tiim 4): the groups named as its substitutes have no other members (osakonna teenistujad (Tiim 4)).',
    );
  });
});
