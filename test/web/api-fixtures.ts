/**
 * GraphQL results as the API returns them (with __typename, as Apollo's cache expects), for
 * component tests behind a MockedProvider.
 */
export const purposeText =
  'Töökoha eesmärk on riikliku perelepitusteenuse tiimi ja ameti lastekaitse üksuse eesmärkide rakendamine.';

export const sourceText = [
  'AMETIJUHEND',
  '',
  'Peaspetsialist (perelepitus)',
  '2. TÖÖKOHA EESMÄRK',
  purposeText,
  '3. TÖÖÜLESANDED',
  '3.1 Hangete läbiviimine.',
  'Hanked on korrektselt läbi viidud.',
  '1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab',
  'Perelepitusteenuse juht Perelepitusteenuse juht, nõunik, -',
  'osakonna teenistujad',
].join('\n');

const link = (id: string, title: string) => ({ __typename: 'Position', id, title });
const line = (id: string, title: string, status: string, statedBy = status === 'CONFIRMED' ? ['SUBSTITUTED_DOCUMENT', 'SUBSTITUTE_DOCUMENT'] : ['SUBSTITUTED_DOCUMENT']) => ({
  __typename: 'SubstitutionEdge',
  status,
  statedBy,
  kind: 'POSITION',
  label: title,
  position: link(id, title),
  group: null,
});
const groupLine = (unitId: string, unitName: string, label: string) => ({
  __typename: 'SubstitutionEdge',
  status: 'UNCONFIRMED',
  statedBy: ['SUBSTITUTED_DOCUMENT'],
  kind: 'GROUP',
  label,
  position: null,
  group: { __typename: 'Unit', id: unitId, name: unitName },
});

export function positionDetails() {
  return {
    __typename: 'Position',
    id: 'member',
    title: 'Peaspetsialist (perelepitus)',
    specialization: 'perelepitus',
    documented: true,
    unit: { __typename: 'Unit', id: 'T1', name: 'Perelepituse tiim', kind: 'TEAM' },
    manager: link('lead', 'Perelepitusteenuse juht'),
    reportingChain: [link('lead', 'Perelepitusteenuse juht'), link('director', 'Peadirektor')],
    reports: [link('assistant', 'Assistent')],
    substitutes: [
      line('lead', 'Perelepitusteenuse juht', 'CONFIRMED'),
      line('adviser', 'Nõunik', 'UNCONFIRMED'),
      groupLine('D2', 'Laste heaolu osakond', 'Osakonna teenistujad'),
      // Only the substitute's own document names this line; the position's own list does not.
      line('specialist', 'Spetsialist', 'CONTRADICTED', ['SUBSTITUTE_DOCUMENT']),
    ],
    substitutedFor: [line('coordinator', 'Koordinaator', 'CONTRADICTED')],
    jobDescription: {
      __typename: 'JobDescription',
      id: 'jd-member',
      sourceName: '002_perelepitus.txt',
      purpose: purposeText,
      duties: [
        {
          __typename: 'Duty',
          number: '3.1',
          text: 'Hangete läbiviimine.',
          results: ['Hanked on korrektselt läbi viidud.'],
        },
      ],
      rights: ['teha kaugtööd kokkuleppel vahetu juhiga;'],
      responsibilities: ['tööülesannete tulemusliku täitmise eest;'],
      requirements: {
        __typename: 'Requirements',
        education: 'Kõrgharidus.',
        experience: 'Vähemalt 2-aastane töökogemus.',
        computerSkills: 'Vilunud MS Office kasutaja.',
        domainKnowledge: null,
        languages: [
          { __typename: 'LanguageRequirement', language: 'eesti', level: 'C1', alternatives: [], text: 'Eesti keel C1' },
          { __typename: 'LanguageRequirement', language: 'inglise', level: 'B2', alternatives: ['vene'], text: 'Inglise või vene keel B2' },
        ],
        other: [],
      },
      competencies: [{ __typename: 'CompetencyGroup', group: 'Kliendikesksus', items: ['Lähtub kliendi vajadustest.'] }],
      additionalCompetencies: [{ __typename: 'NamedDescription', name: 'Pingetaluvus', description: 'Säilitab tasakaalu.' }],
      workTools: null,
      amendment: null,
      approval: { __typename: 'Approval', date: '2023-05-02', issuer: 'peadirektor', number: '1-3/23' },
      contractAnnex: null,
      signatures: [
        { __typename: 'Signature', name: 'Leila Siiroja', party: 'EMPLOYER', role: 'osakonna juhataja' },
        { __typename: 'Signature', name: 'Eliise Tiidussalu', party: 'EMPLOYEE', role: null },
      ],
      sourceText,
      sources: [
        { __typename: 'SourceRange', field: 'purpose', start: 5, end: 5 },
        { __typename: 'SourceRange', field: 'duties[0].text', start: 7, end: 7 },
        { __typename: 'SourceRange', field: 'duties[0].results[0]', start: 8, end: 8 },
        { __typename: 'SourceRange', field: 'manager', start: 10, end: 10 },
        { __typename: 'SourceRange', field: 'substitutedBy', start: 10, end: 11 },
        { __typename: 'SourceRange', field: 'substitutes', start: 10, end: 11 },
      ],
      warnings: [],
      fieldConfidence: ['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes'].map((field) => ({
        __typename: 'HeaderFieldConfidence',
        field,
        level: 'HIGH',
        reasons: [] as string[],
      })),
      headerFields: headerFields(),
    },
  };
}

/** The header as read (`readings`), each field's value in effect and its correction, if any. */
export function headerFields(overrides: Record<string, Partial<{ value: string[]; readValue: string[]; corrected: boolean; correction: unknown }>> = {}) {
  const readings: Record<string, string[]> = {
    title: ['Peaspetsialist'],
    specialization: ['perelepitus'],
    unitPath: ['Laste heaolu osakond', 'Perelepituse tiim'],
    manager: ['Perelepitusteenuse juht'],
    subordinates: [],
    substitutedBy: ['Perelepitusteenuse juht', 'nõunik'],
    substitutes: [],
  };
  return Object.entries(readings).map(([field, value]) => ({
    __typename: 'HeaderFieldReading',
    field,
    value,
    readValue: value,
    corrected: false,
    confidence: 'HIGH',
    correction: null,
    ...overrides[field],
  }));
}

/** A correction as the API gives it. */
export function correction(fields: { id?: string; status?: 'ACTIVE' | 'STALE'; readValue: string[]; correctedValue: string[]; staleReading?: string[] | null; author?: string | null }) {
  return {
    __typename: 'FieldCorrection',
    id: fields.id ?? 'correction-1',
    status: fields.status ?? 'ACTIVE',
    readValue: fields.readValue,
    correctedValue: fields.correctedValue,
    staleReading: fields.staleReading ?? null,
    author: fields.author ?? null,
    createdAt: '2024-11-22T10:15:00.000Z',
    comment: null,
  };
}

export function searchHits() {
  return [
    {
      __typename: 'SearchHit',
      field: 'title',
      snippet: 'Nõunik («rehabilitatsioon»)',
      position: { __typename: 'Position', id: 'adviser', title: 'Nõunik (rehabilitatsioon)', distinguishingPlace: null, unit: { __typename: 'Unit', id: 'V1', name: 'Erihoolekande ja rehabilitatsiooni talitus' } },
    },
    {
      __typename: 'SearchHit',
      field: 'duties',
      snippet: '…«Rehabilitatsiooniteenuse» arendamine…',
      position: {
        __typename: 'Position',
        id: 'service-lead',
        title: 'Teenuse juht',
        distinguishingPlace: 'Erihoolekande ja rehabilitatsiooni talitus, teenuse-juht.txt',
        unit: { __typename: 'Unit', id: 'V1', name: 'Erihoolekande ja rehabilitatsiooni talitus' },
      },
    },
  ];
}

/** The position's entry in the coverage of its own unit, as the panel asks for it (UnitGaps, `positionId`). */
export function unitGaps() {
  const gap = (kind: string, explanation: string, related: [string, string][]) => ({
    __typename: 'CoverageGap',
    kind,
    explanation,
    explanationEt: `Eesti keeles: ${explanation}`,
    relatedPositions: related.map(([id, title]) => link(id, title)),
  });
  return {
    __typename: 'CoverageReport',
    positions: [
      {
        __typename: 'PositionCoverage',
        position: { __typename: 'Position', id: 'member' },
        worstGap: 'ONLY_UNDOCUMENTED_SUBSTITUTES',
        score: 80,
        gaps: [
          gap('ONLY_UNDOCUMENTED_SUBSTITUTES', 'None of the substitutes has a job description.', [['adviser', 'Nõunik']]),
          gap('UNCONFIRMED_LINE', 'Nõunik has no job description to confirm the line.', [['adviser', 'Nõunik']]),
        ],
      },
    ],
  };
}
