import type { LineStatus, UnitKind } from '../../web/src/gql/graphql';
import type { ChartPosition, ChartUnit, OrgData } from '../../web/src/features/chart/org-data';

/** Hand-built organisations in the shape the chart queries return. */
export function unit(id: string, name: string, kind: UnitKind, parentId?: string, positionCount = 0): ChartUnit {
  return { id, name, kind, positionCount, parent: parentId ? { id: parentId } : null };
}

export function position(
  id: string,
  options: {
    title?: string;
    specialization?: string | null;
    unitId?: string;
    managerId?: string;
    documented?: boolean;
    /** Header fields HR has corrected. */
    correctedFields?: string[];
    /** Lines from positions; the substitute has a job description unless `documented` is false. */
    substitutes?: [substituteId: string, status: LineStatus, documented?: boolean][];
    /** Substitutes that are not positions: a unit's staff, or someone to be designated. */
    otherSubstitutes?: ChartPosition['substitutes'];
  } = {},
): ChartPosition {
  return {
    id,
    title: options.title ?? id,
    specialization: options.specialization ?? null,
    documented: options.documented ?? true,
    correctedFields: options.correctedFields ?? [],
    unit: options.unitId ? { id: options.unitId } : null,
    manager: options.managerId ? { id: options.managerId } : null,
    substitutes: [
      ...(options.substitutes ?? []).map(([substituteId, status, documented = true]) => ({
        kind: 'POSITION' as const,
        label: substituteId,
        position: { id: substituteId, documented },
        group: null,
        status,
        statedBy: status === 'CONFIRMED' ? (['SUBSTITUTED_DOCUMENT', 'SUBSTITUTE_DOCUMENT'] as const) : (['SUBSTITUTED_DOCUMENT'] as const),
      })),
      ...(options.otherSubstitutes ?? []),
    ].map((line) => ({ ...line, statedBy: [...line.statedBy] })),
  };
}

/**
 * Department D1 › division V1 › team T1, and department D2:
 *
 *   head (D1) ← divHead (V1) ← teamLead (T1) ← member (T1)      (arrows: "reports to")
 *   adviser (D2), director (no unit)
 *
 * Substitution lines: teamLead and adviser stand in for member; member stands in for teamLead;
 * head stands in for divHead.
 */
export function smallOrg(): OrgData {
  return {
    units: [
      unit('D1', 'Teenuste osakond', 'DEPARTMENT'),
      unit('D2', 'Laste heaolu osakond', 'DEPARTMENT'),
      unit('V1', 'Erihoolekande talitus', 'DIVISION', 'D1'),
      unit('T1', 'Perelepituse tiim', 'TEAM', 'V1'),
    ],
    positions: [
      position('director', { title: 'Peadirektor' }),
      position('head', { title: 'Osakonna juhataja', unitId: 'D1', managerId: 'director' }),
      position('divHead', { title: 'Talitusejuhataja', unitId: 'V1', managerId: 'head', substitutes: [['head', 'CONTRADICTED']] }),
      position('teamLead', { title: 'Tiimijuht', unitId: 'T1', managerId: 'divHead', substitutes: [['member', 'CONFIRMED']] }),
      position('member', {
        title: 'Peaspetsialist (perelepitus)',
        specialization: 'perelepitus',
        unitId: 'T1',
        managerId: 'teamLead',
        substitutes: [
          ['teamLead', 'CONFIRMED'],
          ['adviser', 'UNCONFIRMED', false],
        ],
      }),
      position('adviser', { title: 'Nõunik', unitId: 'D2', documented: false }),
    ],
  };
}

/** A line from a group of a unit's staff ("osakonna teenistujad"), or from a placeholder. */
export function groupLine(unitId: string, label: string): ChartPosition['substitutes'][number] {
  return { kind: 'GROUP', label, position: null, group: { id: unitId }, status: 'UNCONFIRMED', statedBy: ['SUBSTITUTED_DOCUMENT'] };
}
export function placeholderLine(label: string): ChartPosition['substitutes'][number] {
  return { kind: 'PLACEHOLDER', label, position: null, group: null, status: 'UNCONFIRMED', statedBy: ['SUBSTITUTED_DOCUMENT'] };
}

/** A synthetic organisation of `count` positions (for the default-collapse rule). */
export function largeOrg(count: number): OrgData {
  const units = [unit('D', 'Osakond', 'DEPARTMENT'), unit('V', 'Talitus', 'DIVISION', 'D'), unit('T', 'Tiim', 'TEAM', 'V')];
  const positions = Array.from({ length: count }, (_, i) => position(`p${i}`, { unitId: ['D', 'V', 'T'][i % 3] }));
  return { units, positions };
}
