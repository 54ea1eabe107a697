/**
 * The words a generated organisation is made of: titles with the partitive form that
 * "Keda asendab" lists use, unit names, and the phrases of the job-description body.
 * Every title here is one the parser turns back into its base form.
 */

export interface TitleWords {
  /** Nominative, as in "Ametinimetus" and "Kes asendab". */
  base: string;
  /** Partitive, as in "Keda asendab": "Koordinaatorit". */
  partitive: string;
}

const title = (base: string, partitive: string): TitleWords => ({ base, partitive });

/** Staff titles, most senior first: a team lead's first stand-in is its most senior member. */
export const STAFF_TITLES: readonly TitleWords[] = [
  title('Peaspetsialist', 'peaspetsialisti'),
  title('Juhtivspetsialist', 'juhtivspetsialisti'),
  title('Nõunik', 'nõunikku'),
  title('Ekspert', 'eksperti'),
  title('Analüütik', 'analüütikut'),
  title('Jurist', 'juristi'),
  title('Projektijuht', 'projektijuhti'),
  title('Koordinaator', 'koordinaatorit'),
  title('Vanemspetsialist', 'vanemspetsialisti'),
  title('Spetsialist', 'spetsialisti'),
  title('Inspektor', 'inspektorit'),
  title('Nõustaja', 'nõustajat'),
  title('Konsultant', 'konsultanti'),
];

/** Bracketed specialisations that tell peers with one base title apart: "Koordinaator (pered)". */
export const SPECIALISATIONS: readonly string[] = [
  'lapsed', 'pered', 'eakad', 'rehabilitatsioon', 'andmekaitse', 'hanked', 'kvaliteet', 'menetlus',
  'nõustamine', 'koolitus', 'arendus', 'analüüs', 'järelevalve', 'toetused', 'hüvitised', 'register',
  'ennetus', 'kriisiabi', 'teavitus', 'statistika',
];

/**
 * Titles used only by positions that have no job description on file. No documented position
 * anywhere carries them, so a reference to one always means that undocumented position.
 */
export const SUPPORT_TITLES: readonly TitleWords[] = [
  title('Assistent', 'assistenti'),
  title('Referent', 'referenti'),
  title('Sekretär', 'sekretäri'),
  title('Arhivaar', 'arhivaari'),
  title('Registripidaja', 'registripidajat'),
];

export const HEAD_TITLES = {
  TEAM: title('Tiimijuht', 'tiimijuhti'),
  DIVISION: title('Talituse juhataja', 'talituse juhatajat'),
  DEPARTMENT: title('Osakonna juhataja', 'osakonna juhatajat'),
} as const;

export const ORGANIZATION_HEAD = title('Peadirektor', 'peadirektorit');
export const TOP_ADVISER = title('Peadirektori nõunik', 'peadirektori nõunikku');

/** One-word fields of deputies ("Peadirektori asetäitja teenuste alal"), far apart in spelling. */
const DEPUTY_FIELDS = [
  'teenuste', 'arenduse', 'järelevalve', 'digiteenuste', 'finantsjuhtimise', 'personalijuhtimise',
  'kliendisuhete', 'õigusloome', 'andmehalduse', 'strateegia', 'kvaliteedi', 'hüvitiste',
];
export const MAX_DEPUTIES = DEPUTY_FIELDS.length;

export function deputyTitle(index: number): TitleWords {
  const field = DEPUTY_FIELDS[index];
  return title(`Peadirektori asetäitja ${field} alal`, `peadirektori asetäitjat ${field} alal`);
}

/** What a department works on, in genitive: "Hüvitiste osakond". */
export const DEPARTMENT_DOMAINS: readonly string[] = [
  'teenuste', 'hüvitiste', 'pensionite', 'lastekaitse', 'ohvriabi', 'rehabilitatsiooni', 'erihoolekande',
  'töövõime', 'klienditoe', 'menetluse', 'järelevalve', 'analüüsi', 'arenduse', 'digilahenduste',
  'andmehalduse', 'finantsjuhtimise', 'personalijuhtimise', 'õigusteenuste', 'kommunikatsiooni',
  'dokumendihalduse', 'hangete', 'kvaliteedi', 'riskijuhtimise', 'sisekontrolli', 'koolituse',
  'välissuhete', 'strateegia', 'registrite', 'nõustamise', 'hindamise', 'infoturbe', 'teabehalduse',
  'ennetuse', 'perelepituse', 'hoolduse', 'tugiteenuste', 'kriisireguleerimise', 'toetuste',
  'varahalduse', 'raamatupidamise',
];

/** Regions that make department names distinct in large organisations: "Tartu hüvitiste osakond". */
export const REGIONS: readonly string[] = [
  'Harju', 'Tartu', 'Pärnu', 'Ida-Viru', 'Lääne-Viru', 'Järva', 'Jõgeva', 'Põlva', 'Valga', 'Võru',
  'Viljandi', 'Rapla', 'Saare', 'Hiiu', 'Lääne', 'Põhja-Eesti', 'Lõuna-Eesti', 'Ida-Eesti', 'Lääne-Eesti',
];

export const DIVISION_NAMES: readonly string[] = [
  'Ennetustalitus', 'Nõustamistalitus', 'Menetlustalitus', 'Hindamistalitus', 'Järelevalvetalitus',
  'Arendustalitus', 'Analüüsitalitus', 'Teenindustalitus', 'Registritalitus', 'Toetuste talitus',
  'Hüvitiste talitus', 'Pensionitalitus', 'Lastekaitsetalitus', 'Rehabilitatsioonitalitus',
  'Kvaliteeditalitus', 'Koolitustalitus', 'Hangete talitus', 'Raamatupidamistalitus', 'Personalitalitus',
  'Õigustalitus', 'Kommunikatsioonitalitus', 'Dokumendihaldustalitus', 'Andmetalitus', 'Infoturbetalitus',
  'Klienditoe talitus', 'Perelepitustalitus', 'Ohvriabitalitus', 'Erihoolekandetalitus',
  'Sisekontrollitalitus', 'Planeerimistalitus',
];

export const TEAM_NAMES: readonly string[] = [
  'Lastekaitse tiim', 'Perelepituse tiim', 'Nõustamise tiim', 'Menetluse tiim', 'Hindamise tiim',
  'Kliendisuhete tiim', 'Andmeanalüüsi tiim', 'Arenduse tiim', 'Koolituse tiim', 'Järelevalve tiim',
  'Hoolduse tiim', 'Ennetuse tiim', 'Toetuste tiim', 'Hüvitiste tiim', 'Pensionide tiim',
  'Rehabilitatsiooni tiim', 'Teabehalduse tiim', 'Registri tiim', 'Kvaliteedi tiim', 'Hangete tiim',
  'Infoturbe tiim', 'Digilahenduste tiim', 'Tugiteenuste tiim', 'Kommunikatsiooni tiim',
  'Õigusnõustamise tiim', 'Ohvriabi tiim', 'Kriisiabi tiim', 'Töövõime tiim', 'Erihoolekande tiim',
  'Asendushoolduse tiim',
];

/** The unit noun of each kind in nominative and genitive. */
export const UNIT_NOUNS = {
  DEPARTMENT: ['osakond', 'osakonna'],
  DIVISION: ['talitus', 'talituse'],
  TEAM: ['tiim', 'tiimi'],
} as const;
