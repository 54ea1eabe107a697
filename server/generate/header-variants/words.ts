/**
 * The words rendered headers are made of: titles, units, the unit heads that manage them, and the
 * label wordings of every header field with the case their value takes. Label wordings come from
 * the reader's lexicon (every wording it knows) plus wordings it must read by grammar alone.
 */
import { ROW_LABELS, type LabelField } from '../../ingest/estonian/lexicon.js';
import { DEPARTMENT_DOMAINS, DIVISION_NAMES, SPECIALISATIONS, TEAM_NAMES } from '../vocabulary.js';
import { canInflect, type Case } from './inflection.js';
import { upperFirst } from './text.js';

/** Staff titles (nominative, capitalised); every head noun is in the inflection table. */
export const TITLES: readonly string[] = [
  'Peaspetsialist', 'Juhtivspetsialist', 'Vanemspetsialist', 'Spetsialist', 'Nõunik', 'Koordinaator',
  'Ekspert', 'Analüütik', 'Jurist', 'Inspektor', 'Vaneminspektor', 'Nõustaja', 'Konsultant', 'Referent',
  'Assistent', 'Sekretär', 'Raamatupidaja', 'Pearaamatupidaja', 'IT-arendaja', 'Andmebaaside administraator',
  'Insener', 'Sillainsener', 'Uurija', 'Vanemuurija', 'Projektijuht', 'Andmeanalüütik', 'Teenuste koordinaator',
  'Haldusspetsialist', 'Personalispetsialist', 'Õigusnõunik', 'Arendusjuht', 'Peaekspert', 'Vanemjurist',
  'Sekretär-asjaajaja', 'Jurist-analüütik',
  // Head nouns a reader may never have met: read by their endings, not by a list.
  'Arhivaar', 'Logistik', 'Metoodik', 'Toimetaja', 'Tõlkija', 'Laborant', 'Vanemlaborant', 'Mehaanik', 'Siseaudiitor',
  'Statistik', 'Hooldaja', 'Kvaliteedikontrolör',
].filter(canInflect);

export { SPECIALISATIONS };

/** Heads of a unit kind in generic form ("Talituse juhataja") or naming the unit ("Hüvitiste talituse juhataja"). */
export const HEAD_NOUNS: Record<string, string[]> = {
  osakond: ['juhataja', 'juht'],
  talitus: ['juhataja', 'juht'],
  büroo: ['juhataja', 'juht'],
  teenistus: ['direktor', 'juht'],
  keskus: ['juhataja', 'juht'],
  tiim: ['juht'],
  grupp: ['juht'],
};

/** Heads above every unit: the manager of a unit head, or of a position at the top. */
export const TOP_MANAGERS: readonly string[] = ['Peadirektor', 'Direktor', 'Peadirektori asetäitja', 'Peadirektori asetäitja arenduse alal', 'Juhataja'];

export const DEPARTMENTS: readonly string[] = [
  ...DEPARTMENT_DOMAINS.map((domain) => `${domain[0].toLocaleUpperCase('et')}${domain.slice(1)} osakond`),
  'Arendusosakond', 'Finantsosakond', 'Haldusosakond', 'Õigusosakond', 'Personaliosakond',
];
export const SERVICES: readonly string[] = ['Veeteede teenistus', 'Teehoiuteenistus', 'Lennundusteenistus', 'Tugiteenuste teenistus', 'Raudteeteenistus', 'Kliimateenistus'];
export const DIVISIONS: readonly string[] = [
  ...DIVISION_NAMES,
  'Eelarvebüroo', 'Hankebüroo', 'Kvaliteedibüroo', 'Raamatupidamisbüroo', 'Transpordibüroo', 'Analüüsikeskus', 'Seirekeskus',
];
export { TEAM_NAMES as TEAMS };

/** A label as printed and the case its value takes. */
export interface LabelWording {
  text: string;
  field: LabelField;
  /** The case of the references after it; titles and units are always nominative. */
  valueCase: Case;
}

/**
 * The case a reference takes after a label, by the label's grammar: "allub" governs the allative
 * ("allub juhatajale"), "asendab" with a subject (or none) takes a partitive object ("Asendab
 * juhatajat"), every noun label ("Vahetu juht", "Asendaja", "Kes asendab") a nominative.
 */
function caseAfter(label: string, field: LabelField): Case {
  if (field === 'manager' && /allub$/.test(label)) return 'allative';
  if (field === 'substitutes' && /asendab$/.test(label)) return 'partitive';
  return 'base';
}


/** Wordings the reader has to read by their stems and grammar (not listed in its lexicon). */
const UNLISTED: [string, LabelField][] = [
  ['vahetu juhi ametinimetus', 'manager'],
  ['ametnik allub', 'manager'],
  ['vahetult allub', 'manager'],
  ['otsesed alluvad', 'subordinates'],
  ['vahetud alluvad', 'subordinates'],
  ['ametnikku asendab', 'substitutedBy'],
  ['töötajat asendab', 'substitutedBy'],
  ['teenistujat asendab', 'substitutedBy'],
  ['teda asendab', 'substitutedBy'],
  ['asendaja(d)', 'substitutedBy'],
  ['ametnik asendab', 'substitutes'],
  ['keda ta asendab', 'substitutes'],
  ['struktuuriüksuse nimi', 'unit'],
  ['üksus', 'unit'],
  ['ametikoha nimi', 'title'],
];

/**
 * The label shapes whose grammar the renderer knows, so it can write the value in the right case:
 * a wording the lexicon gains in another shape is left out rather than rendered with a guessed answer.
 */
const UNDERSTOOD: Record<LabelField, RegExp> = {
  title: /(nimetus|nimi|koht)$/,
  unit: /(üksus|üksuse nimetus|üksuse nimi)$/,
  manager: /(juht|allub|ametinimetus)$/,
  subordinates: /alluvad$/,
  substitutedBy: /^((\p{L}+ )?asendaja(d|\(d\))?|kes asendab|(ametnikku|töötajat|teenistujat|teda) asendab)$/u,
  substitutes: /^((teenistuja|töötaja|ametnik|tema|keda|keda ta) )?asendab$/,
  other: /^$/,
};

/** A wording of the lexicon's label table, as printed: a family that always prints one wording names it here, and a wording the lexicon lacks fails at once. */
export function lexiconLabel(text: string): LabelWording {
  const known = ROW_LABELS.find(([label]) => label === text.toLocaleLowerCase('et'));
  if (!known) throw new Error(`the lexicon has no label "${text}"`);
  return { text: upperFirst(known[0]), field: known[1], valueCase: caseAfter(known[0], known[1]) };
}

/** Every wording of a field, lexicon first; "first/second substitute" only where a family numbers them. */
export function labelsOf(field: LabelField): LabelWording[] {
  return [...ROW_LABELS, ...UNLISTED]
    .filter(([text, f]) => f === field && UNDERSTOOD[f].test(text) && !/^(esimene|teine|kolmas) asendaja$/.test(text))
    .map(([text, f]) => ({ text: upperFirst(text), field: f, valueCase: caseAfter(text, f) }));
}

/** Values meaning "nobody", as each list prints them; "vastavalt asendusskeemile" (by the scheme) names no one either. */
export const NO_SUBORDINATES = ['alluvaid ei ole', 'Alluvaid ei ole', 'puuduvad', 'Puuduvad', '-', 'ei ole'];
export const NO_SUBSTITUTE = ['vastavalt asendusskeemile', 'Vastavalt asendusskeemile', '-', 'puudub'];
export const NO_ONE_SUBSTITUTED = ['vastavalt asendusskeemile', '-', 'puuduvad', 'ei asenda kedagi'];

/** Scopes written after a reference with a dash: kept as a note, never part of the title. */
export const SCOPES = ['igapäevastes küsimustes', 'allkirjaõiguse osas', 'tema puudumise ajal', 'oma pädevuse piires', 'eelarve küsimustes'];
/** A scope written straight after a group, with no dash: "teenistujaid vastavalt neile antud volitustele". */
export const UNDASHED_SCOPE = 'vastavalt neile antud volitustele';
/** Genitives naming the whole organisation before its staff: "ameti teenistujad" is a group of everyone. */
export const ORGANIZATION_STAFF = ['ameti', 'inspektsiooni'];

/** The first section after the header with one sentence of it, and the section heading after that. */
export const BODY_SECTIONS: readonly [string, string, string][] = [
  ['AMETIKOHA EESMÄRK', 'Valdkonna teenuste korraldamine ja arendamine nii, et kliendid saavad vajaliku abi õigel ajal.', 'TEENISTUSÜLESANDED'],
  ['TEENISTUSKOHA EESMÄRK', 'Järelevalve planeerimine ja läbiviimine ning selle tulemuste analüüsimine.', 'TEENISTUSKOHA ÜLESANDED JA TULEMUSED'],
  ['TÖÖKOHA EESMÄRK', 'Töökoha eesmärk on menetluste õigeaegne läbiviimine ja klientide nõustamine.', 'TÖÖÜLESANDED'],
  ['TEENISTUSKOHUSTUSED', 'Koostab ja esitab valdkonna aruanded õigeaegselt.', 'ÕIGUSED'],
  ['TEENISTUSÜLESANDED', 'Taotluste menetlemine ja otsuste ettevalmistamine.', 'VASTUTUS'],
];

/** Made-up agencies with their genitive, for the directive lines above a header ("Taristuameti peadirektori"). */
export const ORGANIZATION_GENITIVES: Record<string, string> = {
  Hoolekandeamet: 'Hoolekandeameti',
  Taristuamet: 'Taristuameti',
  Teabeinspektsioon: 'Teabeinspektsiooni',
  Korrakaitseamet: 'Korrakaitseameti',
  Tervisetooteamet: 'Tervisetooteameti',
};
export const ORGANIZATIONS: readonly string[] = Object.keys(ORGANIZATION_GENITIVES);
