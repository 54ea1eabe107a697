import type { AbsenceImpactQuery, CoverageOverviewQuery, GapKind } from '../../web/src/gql/graphql';

/**
 * Hand-built coverage of the small organisation in org-fixture.ts (D1 › V1 › T1, and D2), in
 * the shape the CoverageOverview query returns.
 */
type Report = CoverageOverviewQuery['coverage'];

const units = {
  D1: { id: 'D1', name: 'Teenuste osakond', depth: 0, parent: null },
  D2: { id: 'D2', name: 'Laste heaolu osakond', depth: 0, parent: null },
  V1: { id: 'V1', name: 'Erihoolekande talitus', depth: 1, parent: { id: 'D1' } },
  T1: { id: 'T1', name: 'Perelepituse tiim', depth: 2, parent: { id: 'V1' } },
} as const;

const gap = (kind: GapKind, explanation: string) => ({ kind, explanation, explanationEt: `ET: ${explanation}` });

function entry(id: string, title: string, unitId: keyof typeof units | null, gaps: ReturnType<typeof gap>[]): Report['positions'][number] {
  const unit = unitId ? { id: unitId, name: units[unitId].name } : null;
  return { position: { id, title, distinguishingPlace: null, unit }, worstGap: gaps[0]?.kind ?? null, score: gaps.length ? 40 : 100, lowConfidence: false, gaps };
}

export function coverageReport(): Report {
  return {
    positions: [
      entry('director', 'Peadirektor', null, []),
      entry('head', 'Osakonna juhataja', 'D1', [gap('NO_SUBSTITUTE', 'Nobody stands in for Osakonna juhataja.')]),
      entry('divHead', 'Talitusejuhataja', 'V1', [
        gap('SINGLE_SUBSTITUTE', 'Only Osakonna juhataja stands in.'),
        gap('CONTRADICTED_LINE', 'Osakonna juhataja’s document does not state the line.'),
      ]),
      // Its "who substitutes" list was read with low confidence.
      { ...entry('teamLead', 'Tiimijuht', 'T1', [gap('SINGLE_SUBSTITUTE', 'Only Peaspetsialist stands in.')]), lowConfidence: true },
      entry('member', 'Peaspetsialist (perelepitus)', 'T1', [gap('UNCONFIRMED_LINE', 'Nõunik has no document to confirm the line.')]),
      entry('adviser', 'Nõunik', 'D2', [gap('NO_SUBSTITUTE', 'Nobody stands in for Nõunik.')]),
    ],
    units: Object.values(units).map((unit) => ({ unit })),
  };
}

type Impact = AbsenceImpactQuery['absenceImpact'];
const impactEntry = (id: string, title: string, absent: boolean, explanation: string): Impact['uncovered'][number] => ({
  absent,
  explanation,
  explanationEt: `ET: ${explanation}`,
  position: { id, title, distinguishingPlace: null, unit: null },
  manager: null,
});

/**
 * teamLead, adviser and head away, with escalation: teamLead is covered (member stands in);
 * adviser has no substitute and no manager; head has no substitute but its manager, director,
 * is present; member is present and both its substitutes (teamLead, adviser) are away.
 */
export function absenceImpact(): Impact {
  return {
    absent: [
      { id: 'teamLead', title: 'Tiimijuht', distinguishingPlace: null },
      { id: 'adviser', title: 'Nõunik', distinguishingPlace: null },
      { id: 'head', title: 'Osakonna juhataja', distinguishingPlace: null },
    ],
    uncovered: [impactEntry('adviser', 'Nõunik', true, 'Nõunik is away and no one stands in for it.')],
    fallBackToManager: [impactEntry('head', 'Osakonna juhataja', true, 'Osakonna juhataja is away; its manager takes over.')],
    atRisk: [impactEntry('member', 'Peaspetsialist (perelepitus)', false, 'Every substitute of Peaspetsialist is away.')],
  };
}
