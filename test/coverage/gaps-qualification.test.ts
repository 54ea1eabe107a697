// Qualification mismatch: a substitute whose own requirements fall short of the position's.
import { describe, expect, it } from 'vitest';
import { analyzeCoverage, qualificationShortfalls } from '../../server/coverage/index.js';
import { org } from './factory.js';

describe('qualification mismatch', () => {
  // Juht needs a master's degree, Estonian C1 and English B2.
  const fixture = org()
    .position('Juht', { education: 'MASTER', languages: { eesti: 'C1', inglise: 'B2' } })
    .position('Spetsialist', { education: 'HIGHER', languages: { eesti: 'C1', inglise: 'B2' } })
    .position('Nõunik', { education: 'MASTER', languages: { eesti: 'C1', inglise: 'B1' } })
    .position('Assistent', { education: 'DOCTORATE', languages: { eesti: 'C2' } })
    .position('Referent', { education: 'MASTER', languages: { eesti: 'C1', Inglise: null } })
    .position('Analüütik')
    .position('Abiline', { documented: false })
    .line({ substitute: 'Spetsialist', substituted: 'Juht', statedBy: 'both' })
    .line({ substitute: 'Nõunik', substituted: 'Juht', statedBy: 'both' })
    .line({ substitute: 'Assistent', substituted: 'Juht', statedBy: 'both' })
    .line({ substitute: 'Referent', substituted: 'Juht', statedBy: 'both' })
    .line({ substitute: 'Analüütik', substituted: 'Juht', statedBy: 'both' })
    .line({ substitute: 'Abiline', substituted: 'Juht', statedBy: 'substituted' })
    .build();
  const report = analyzeCoverage(fixture.graph);

  it('relates substitutes with lower education, a lower language level or a missing language', () => {
    expect(fixture.entry(report, 'Juht').gaps.map((g) => g.kind)).toEqual(['QUALIFICATION_MISMATCH', 'UNCONFIRMED_LINE']);
    // Referent names English without a level, Analüütik has no requirements, Abiline no document: skipped.
    expect(fixture.related(report, 'Juht', 'QUALIFICATION_MISMATCH')).toEqual(['Spetsialist', 'Nõunik', 'Assistent']);
  });

  it('explains each shortfall in English and Estonian', () => {
    const gap = fixture.entry(report, 'Juht').gaps[0];
    expect(gap.explanation).toBe(
      'Substitutes whose own requirements fall short of those of "Juht": "Spetsialist" (requires higher education, below a master\'s degree), "Nõunik" (requires inglise at B1, below B2), "Assistent" (does not require inglise, B2 needed).',
    );
    expect(gap.explanationEt).toBe(
      'Asendajad, kelle nõuded jäävad alla ametikoha „Juht“ nõuetele: „Spetsialist“ (haridus: kõrgharidus, nõutud magistrikraad), „Nõunik“ (inglise keel: B1, nõutud B2), „Assistent“ (inglise keel: ei ole nõutud, nõutud B2).',
    );
  });

  it('is skipped when the substituted position has no requirements', () => {
    const shortfalls = qualificationShortfalls(fixture.graph.positions[5], fixture.graph.positions[1]);
    expect(shortfalls).toEqual([]);
  });

  it('compares language names regardless of case and takes the highest level stated', () => {
    const [juht, spetsialist] = org()
      .position('Juht', { languages: { eesti: 'B2' } })
      .position('Spetsialist', { languages: { Eesti: 'A2', eesti: 'C1' } })
      .build().graph.positions;
    expect(qualificationShortfalls(juht, spetsialist)).toEqual([]);
    expect(qualificationShortfalls(spetsialist, juht)).toEqual([{ kind: 'LANGUAGE', language: 'eesti', required: 'C1', actual: 'B2' }]);
  });
});
