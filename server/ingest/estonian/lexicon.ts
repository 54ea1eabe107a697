/**
 * Every word list the Estonian reader uses, once. Each list names the grammar it encodes; the
 * readers build their patterns from these lists instead of spelling words themselves.
 */

/** A header field a label fills. */
export type LabelField = 'title' | 'unit' | 'manager' | 'subordinates' | 'substitutedBy' | 'substitutes' | 'other';

/**
 * Labels as printed in templates, longest first within each field. Known wordings only: a
 * wording outside this table is still read by its stems (LABEL_STEMS) and grammar.
 */
export const ROW_LABELS: [string, LabelField][] = [
  ['teenistuskoha nimetus', 'title'],
  ['ametikoha nimetus', 'title'],
  ['töökoha nimetus', 'title'],
  ['ametinimetus', 'title'],
  ['teenistuskoht', 'title'],
  ['ametikoht', 'title'],
  ['töökoht', 'title'],
  ['struktuuriüksuse nimetus', 'unit'],
  ['struktuuriüksus', 'unit'],
  ['vahetu juht', 'manager'],
  ['otsene juht', 'manager'],
  ['kellele allub', 'manager'],
  ['allub', 'manager'],
  ['temale alluvad', 'subordinates'],
  ['alluvad', 'subordinates'],
  ['teenistuja asendaja', 'substitutedBy'],
  ['töötaja asendaja', 'substitutedBy'],
  ['tema asendaja', 'substitutedBy'],
  ['esimene asendaja', 'substitutedBy'],
  ['teine asendaja', 'substitutedBy'],
  ['kolmas asendaja', 'substitutedBy'],
  ['kes asendab', 'substitutedBy'],
  ['asendajad', 'substitutedBy'],
  ['asendaja', 'substitutedBy'],
  ['teenistuja asendab', 'substitutes'],
  ['töötaja asendab', 'substitutes'],
  ['tema asendab', 'substitutes'],
  ['keda asendab', 'substitutes'],
  ['asendab', 'substitutes'],
  ['ametisse nimetab', 'other'],
  ['tööle võtab', 'other'],
  ['teenistusse võtab', 'other'],
  ['teenistuskoha asukoht', 'other'],
  ['ametikoha asukoht', 'other'],
  ['töökoha asukoht', 'other'],
  ['teenistustingimuste erisused', 'other'],
  ['töötingimuste erisused', 'other'],
  ['teenistuskoha kood', 'other'],
];

/**
 * Nouns for "the position" in a label, any case: "teenistuskoha nimetus", "Ametikoht",
 * "töökoha asukoht". Followed by "nimetus" or standing alone they name the title.
 */
export const POSITION_NOUNS = ['teenistuskoht', 'ametikoht', 'töökoht'];
/** The genitive of POSITION_NOUNS, which "nimetus", "kood", "asukoht", "eesmärk" follow. */
export const POSITION_GENITIVES = ['teenistuskoha', 'ametikoha', 'töökoha'];
/** Words for the title itself (nominative): "Ametinimetus", "Nimetus", "Ametikoha nimi". */
export const TITLE_NOUNS = ['ametinimetus', 'nimetus', 'nimi'];
/** Words for the unit in a label (stems; nominative "üksus", genitive "üksuse"): "Struktuuriüksus", "Osakond". */
export const UNIT_LABEL_STEMS = ['struktuuriüksus', 'üksus', 'allüksus', 'osakond', 'talitus'];
/** Adjectives before "juht" that make a manager label: "vahetu juht", "otsene juht". */
export const MANAGER_ADJECTIVES = ['vahetu', 'otsene', 'otsesem'];
/** The same adjectives in the plural, before "alluvad": "Vahetud alluvad", "Otsesed alluvad". */
export const SUBORDINATE_ADJECTIVES = ['vahetud', 'otsesed'];
/** Adverbs between the subject and "allub": "Vahetult allub", "Otse allub". */
export const RELATION_ADVERBS = ['vahetult', 'otse', 'otseselt'];
/** The manager noun of a label: "juht" (nominative) and its genitive "juhi" ("Vahetu juhi ametinimetus"). */
export const MANAGER_NOUNS = ['juht', 'juhi'];

/**
 * Verb stems of the relation labels. "allu-": allub (manager, subordinate is the subject),
 * alluvad/alluvus (subordinates, or the subordination as a whole); "asenda-": asendab (verb),
 * asendaja(d) (agent noun: who substitutes), asendamine (the substitution as a whole).
 */
export const SUBSTITUTE_STEM = 'asenda';
export const SUBORDINATE_STEM = 'allu';
/** The nouns of the substitution as a whole ("Asendamine:", "Asendus:") and of the subordination ("Alluvus:", "Alluvussuhted:"): the value tells the direction. */
export const SUBSTITUTION_NOUNS = ['asendamine', 'asendus'];
export const SUBORDINATION_NOUNS = ['alluvus', 'alluvussuhted'];
/** The agent noun of "asenda-": "asendaja(d)" is who substitutes the position. */
export const SUBSTITUTE_AGENT = 'asendaja';
/** The relation words a label phrase may be built on (beside its subjects, adjectives and nouns). */
export const RELATION_LABEL_WORDS = ['asendab', 'asendavad', 'asendaja', 'asendajad', 'asendaja(d)', 'asendamine', 'asendus', 'allub', 'alluvad', 'alluvus'];
/** Words that are whole labels by themselves ("Asendaja", "Ametikoht"): alone on a line they are a label, never a cut one. */
export const WHOLE_LABEL_WORDS = ['asendaja', 'asendajad', 'asendab', 'allub', 'alluvad', 'ametikoht', 'teenistuskoht', 'töökoht', 'ametinimetus', 'struktuuriüksus', 'üksus'];
/** Personal pronouns of the third person, any case, as the pronoun after a question word ("Keda ta asendab", "Kes teda asendab"). */
export const THIRD_PERSON_PRONOUNS = ['ta', 'tema', 'teda'];
/** Titles of a unit's head: after a unit's genitive they name the unit's head ("Hoolduse osakonna juhataja"). */
export const UNIT_HEAD_TITLES = ['juhataja', 'juht', 'juhi'];

/**
 * Subjects standing for the position described, nominative: "Ametnik asendab", "Tema asendab" =
 * whom this position substitutes. Their partitives stand as objects: "Ametnikku asendab", "Teda
 * asendab" = who substitutes this position.
 */
export const GENERIC_NOMINATIVES = ['ametnik', 'teenistuja', 'töötaja', 'tema', 'ta', 'ametikoht', 'teenistuskoht', 'töökoht', 'ametikoha täitja', 'teenistuskoha täitja'];
export const GENERIC_PARTITIVES = ['ametnikku', 'teenistujat', 'töötajat', 'teda', 'ametikohta', 'teenistuskohta', 'töökohta', 'ametikoha täitjat', 'teenistuskoha täitjat'];
/**
 * Question words ask about the other party, so they point the other way: "Kes asendab" (who,
 * nominative) = who substitutes this position; "Keda asendab" (whom, partitive) = whom it
 * substitutes; "Kellele allub" (to whom, allative) = its manager.
 */
export const QUESTION_SUBJECT = 'kes';
export const QUESTION_OBJECT = 'keda';
export const QUESTION_ALLATIVE = 'kellele';
/** Ordinals before "asendaja": "Esimene asendaja", "Teine asendaja". */
export const ORDINALS = ['esimene', 'teine', 'kolmas', 'neljas'];
/** Dative/allative pronouns before "alluvad"/"allub": "Temale alluvad", "Kellele allub". */
export const ALLATIVE_PRONOUNS = ['temale', 'talle', 'ametnikule', 'teenistujale', 'töötajale'];

/** Label words of other header rows that fill no measured field ("Ametisse nimetab", "Asukoht"). */
export const OTHER_LABEL_WORDS = ['ametisse nimetab', 'tööle võtab', 'teenistusse võtab', 'asukoht', 'kood', 'erisused', 'palgaaste', 'palgagrupp', 'töötasu'];

/**
 * Head words of body-section headings (nominative or genitive + noun): "TÖÖKOHA EESMÄRK",
 * "TEENISTUSKOHUSTUSED", "ÕIGUSED", "VASTUTUS", "NÕUDED". A line led by one of them ends the header.
 */
export const SECTION_WORDS = [
  'eesmärk',
  'põhieesmärk',
  'teenistuskohustused',
  'tööülesanded',
  'teenistusülesanded',
  'ametiülesanded',
  'ülesanded',
  'kohustused',
  'õigused',
  'vastutus',
  'nõuded',
  'kompetentsid',
  'töövahendid',
  'üldosa',
  'üldsätted',
  'muutmine',
];
/** Section words that open the header itself ("1. ÜLDOSA"), not the body after it. */
export const OPENING_SECTION_WORDS = ['üldosa', 'üldsätted'];
/** "Ametikoha eesmärk", "Töökoha põhieesmärk": the purpose row, where a header ends. */
export const PURPOSE_WORDS = ['eesmärk', 'põhieesmärk'];

/** Values that mean "nobody": "Puuduvad", "-", "ei ole". */
export const NONE_WORDS = ['puudub', 'puuduvad', 'ei ole', 'ei asenda', 'ei asenda kedagi', 'alluvad puuduvad', 'alluvaid ei ole', 'ei ole alluvaid'];

/** Month names in genitive, as in "12. märtsi 2025". */
export const MONTHS = ['jaanuari', 'veebruari', 'märtsi', 'aprilli', 'mai', 'juuni', 'juuli', 'augusti', 'septembri', 'oktoobri', 'novembri', 'detsembri'];

/**
 * Words that open a scope after a title ("Nõunik – igapäevastes küsimustes", "juhataja
 * allkirjaõiguse osas", "vastavalt neile antud volitustele"): the scope is a note, not the title.
 */
export const SCOPE_WORDS = ['osas', 'küsimustes', 'ulatuses', 'piires', 'korral', 'ajal', 'valdkonnas'];
/** A postposition phrase that opens a scope wherever it stands after a title: "vastavalt neile antud volitustele". */
export const SCOPE_OPENERS = ['vastavalt', 'välja arvatud', 'sh', 'sealhulgas'];

/**
 * Words that make a value prose, never a title: finite verbs of the third person ("on", "tagab",
 * "teeb") and relative pronouns that open a clause ("kelle", "mille", "mis").
 */
export const PROSE_WORDS = ['on', 'ei', 'tagab', 'teeb', 'korraldab', 'vastutab', 'täidab', 'osaleb', 'koostab', 'nõustab', 'esitab', 'annab', 'kelle', 'mille', 'mis', 'kes', 'mida', 'kellel'];
/** Words after which a value's prose begins: relative pronouns and the copula ("… kes vastutab", "… ja on"). */
export const CLAUSE_OPENERS = ['kes', 'mis', 'mille', 'kelle', 'ja on', 'on'];

/** "kui" (when, than) opens a clause: after a hyphen at a line's end it is a word of its own, not the hyphenated word's rest. */
export const CLAUSE_CONJUNCTIONS = ['kui'];
/** The copula: "X on … koosseisus olev ametnik", "Vallasekretär on vallavalitsuse ametnik": the subject stands before it. */
export const COPULA = 'on';
/** "koosseisus" (inessive), "koosseisusse" (illative) of "koosseis" (staff): the unit in genitive before it holds the position. */
export const MEMBERSHIP_FORMS = ['koosseisus', 'koosseisusse'];

/** Conjunctions joining two titles or items: a value ending in one, or a line starting with one, goes on. */
export const CONJUNCTIONS = ['ja', 'või', 'ning'];
/** Words that leave a value open at a line's end: it continues on the next line ("… poolt", "… vastavalt", "tema"). */
export const OPEN_END_WORDS = [...CONJUNCTIONS, 'tema', 'poolt', 'määratud', 'antud', 'vastavalt', 'neile', 'asendab', 'allub'];
/** Words that continue the value above when a line starts with one ("poolt määratud teenistuja", "vastavalt …", "või juhataja"). */
export const CONTINUING_WORDS = ['vastavalt', 'poolt', 'määratud', ...CONJUNCTIONS];
/** The substitution scheme: a value "vastavalt asendusskeemile" names no one. */
export const SCHEME_STEM = 'asendusskeem';

/** A unit noun's grammar: "osakond" (nominative), "osakonna" (genitive), the kind of unit it names. */
export type UnitNounKind = 'DEPARTMENT' | 'DIVISION' | 'TEAM' | 'OTHER';
export interface UnitNoun {
  base: string;
  genitive: string;
  /** Other cases written in headers and sentences: partitive, inessive, elative, illative, adessive, allative. */
  oblique: string[];
  kind: UnitNounKind;
  /** Only as a word of its own: "Linnaplaneerimise amet" is a unit, "Sotsiaalkindlustusamet" an agency. */
  standalone?: boolean;
}

/** Local cases built on a unit noun's genitive stem: -s, -st, -sse, -l, -le, -lt (inessive … ablative). */
const LOCAL_CASES = ['s', 'st', 'sse', 'l', 'le', 'lt'];
const unitNoun = (base: string, genitive: string, partitive: string, kind: UnitNounKind, standalone = false): UnitNoun => ({
  base,
  genitive,
  oblique: [partitive, ...LOCAL_CASES.map((ending) => genitive + ending)],
  kind,
  ...(standalone ? { standalone } : {}),
});

/** Nouns that name a structural unit (a compound ends in one: "ennetustalitus", "Finantsosakonna"). */
export const UNIT_NOUNS: UnitNoun[] = [
  unitNoun('osakond', 'osakonna', 'osakonda', 'DEPARTMENT'),
  unitNoun('talitus', 'talituse', 'talitust', 'DIVISION'),
  unitNoun('tiim', 'tiimi', 'tiimi', 'TEAM'),
  unitNoun('büroo', 'büroo', 'bürood', 'OTHER'),
  unitNoun('keskus', 'keskuse', 'keskust', 'OTHER'),
  unitNoun('teenistus', 'teenistuse', 'teenistust', 'OTHER'),
  unitNoun('grupp', 'grupi', 'gruppi', 'TEAM'),
  unitNoun('üksus', 'üksuse', 'üksust', 'OTHER'),
  unitNoun('sektor', 'sektori', 'sektorit', 'OTHER'),
  unitNoun('valdkond', 'valdkonna', 'valdkonda', 'OTHER'),
  unitNoun('direktoraat', 'direktoraadi', 'direktoraati', 'OTHER'),
  unitNoun('kantselei', 'kantselei', 'kantseleid', 'OTHER'),
  unitNoun('prefektuur', 'prefektuuri', 'prefektuuri', 'OTHER'),
  unitNoun('amet', 'ameti', 'ametit', 'DEPARTMENT', true),
];

/**
 * Genitive modifiers naming the whole organisation: "valla sotsiaaltöötajad", "kooli õpetajad".
 * A plural title after one is a group of staff, not one position.
 */
export const ORGANIZATION_GENITIVES = ['valla', 'linna', 'kooli', 'asutuse', 'ameti', 'vallavalitsuse', 'linnavalitsuse', 'inspektsiooni', 'lasteaia', 'gümnaasiumi'];

/** Words for "staff" that a unit's genitive makes a group: "osakonna teenistujad", "talituse töötajad". */
export const STAFF_WORDS = ['teenistuja', 'teenistujad', 'töötaja', 'töötajad', 'ametnik', 'ametnikud', 'liige', 'liikmed', 'personal'];

/**
 * Words of a placeholder, a role designated by someone ("valdkonnajuhi poolt määratud ametnik",
 * "vastavalt asendusskeemile"): a participle or a rule, never a position of its own.
 */
export const PLACEHOLDER_WORDS = ['määratud', 'määrab', 'asendusskeem', 'vastavalt', 'nimetatud isik', 'käskkirjaga'];

/** The genitive pronoun pointing back to the alternative before it: "juhataja või tema määratud teenistuja". */
export const BACK_PRONOUNS = ['tema', 'selle'];

/** Abbreviations inside titles, always upper case: "IT-arendaja", "IKT-juht". */
export const ACRONYMS = ['IT', 'IKT', 'HR', 'KOV'];

/** Generic subjects in the adessive, which "alluvaid ei ole" takes: "Ametnikul alluvaid ei ole". */
export const GENERIC_ADESSIVES = ['ametnikul', 'teenistujal', 'töötajal', 'temal', 'tal'];

/** Verbs of a relation sentence, finite forms: "allub", "asendab", "nimetatakse ametisse". */
export const RELATION_VERBS = ['asendab', 'asendavad', 'allub', 'alluvad', 'allutatud', 'alluvaid ei ole', 'ei allu', 'annab tööülesanded', 'annab tööülesandeid', 'annab ülesanded', 'annab ülesandeid', 'nimetab ametisse', 'nimetatakse ametisse'];

/**
 * Genitive endings of title head nouns, from the nominative ending (longest first): "juht" →
 * "juhi", "direktor" → "direktori", "juhataja" stays. The genitive names whoever designates a
 * placeholder: "osakonnajuhataja või tema määratud teenistuja" → "Osakonnajuhataja määratud teenistuja".
 */
export const GENITIVE_ENDINGS: [string, string][] = [
  ['esimees', 'esimehe'],
  ['liige', 'liikme'],
  ['vanem', 'vanema'],
  ['juht', 'juhi'],
  ['ent', 'endi'],
  ['ant', 'andi'],
  ['ert', 'erdi'],
  ['ja', 'ja'],
  ['ik', 'iku'],
  ['or', 'ori'],
  ['ör', 'öri'],
  ['ur', 'uri'],
  ['ar', 'ari'],
  ['är', 'äri'],
  ['er', 'eri'],
  ['st', 'sti'],
  ['og', 'ogi'],
  ['aal', 'aali'],
];

/**
 * Plural endings of agent nouns, nominative and the cases a plural list is written in
 * (partitive "-jaid", "-nikke"; allative "-jatele", "-idele"), each with its nominative plural:
 * "valla sotsiaaltöötajaid" names the group "Valla sotsiaaltöötajad".
 */
export const PLURAL_ENDINGS: [string, string][] = [
  ['jatele', 'jad'],
  ['jaid', 'jad'],
  ['jad', 'jad'],
  ['nikkudele', 'nikud'],
  ['nikke', 'nikud'],
  ['nikud', 'nikud'],
  ['ikutele', 'ikud'],
  ['ikud', 'ikud'],
  ['idele', 'id'],
  ['id', 'id'],
  ['ud', 'ud'],
  ['med', 'med'],
];

/**
 * Head nouns of position titles (nominative) with their inflected forms: partitive, allative,
 * genitive, plural. A compound title ends in one of them ("perelepitusjuht").
 */
export const TITLE_HEADS: Record<string, string[]> = {
  juht: ['juhti', 'juhile', 'juhi', 'juhid', 'juhte', 'juhtidele'],
  juhataja: ['juhatajat', 'juhatajale', 'juhatajad', 'juhatajaid'],
  koordinaator: ['koordinaatorit', 'koordinaatorile', 'koordinaatori', 'koordinaatorid', 'koordinaatoreid'],
  nõunik: ['nõunikku', 'nõunikule', 'nõuniku', 'nõunikud', 'nõunikke'],
  spetsialist: ['spetsialisti', 'spetsialistile', 'spetsialistid', 'spetsialiste'],
  direktor: ['direktorit', 'direktorile', 'direktori', 'direktorid'],
  teenistuja: ['teenistujat', 'teenistujale', 'teenistujad', 'teenistujaid'],
  töötaja: ['töötajat', 'töötajale', 'töötajad', 'töötajaid'],
  nõustaja: ['nõustajat', 'nõustajale', 'nõustajad', 'nõustajaid'],
  ekspert: ['eksperti', 'eksperdile', 'eksperdi', 'eksperdid', 'eksperte'],
  jurist: ['juristi', 'juristile', 'juristid', 'juriste'],
  inspektor: ['inspektorit', 'inspektorile', 'inspektori', 'inspektorid'],
  raamatupidaja: ['raamatupidajat', 'raamatupidajale', 'raamatupidajad'],
  analüütik: ['analüütikut', 'analüütikule', 'analüütiku', 'analüütikud'],
  assistent: ['assistenti', 'assistendile', 'assistendi', 'assistendid'],
  sekretär: ['sekretäri', 'sekretärile', 'sekretärid'],
  vanem: ['vanemat', 'vanemale', 'vanema'],
  omanik: ['omanikku', 'omanikule', 'omaniku', 'omanikud'],
  ametnik: ['ametnikku', 'ametnikule', 'ametniku', 'ametnikud', 'ametnikke'],
  referent: ['referenti', 'referendile', 'referendi'],
  arhivaar: ['arhivaari', 'arhivaarile'],
  administraator: ['administraatorit', 'administraatorile', 'administraatori'],
  arendaja: ['arendajat', 'arendajale'],
  haldur: ['haldurit', 'haldurile', 'halduri'],
  konsultant: ['konsultanti', 'konsultandile', 'konsultandi'],
  asetäitja: ['asetäitjat', 'asetäitjale'],
  esimees: ['esimeest', 'esimehele', 'esimehe'],
  liige: ['liiget', 'liikmele', 'liikme', 'liikmed'],
  psühholoog: ['psühholoogi', 'psühholoogile'],
  sotsiaaltöötaja: [],
  tehnik: ['tehnikut', 'tehnikule', 'tehniku'],
  insener: ['inseneri', 'insenerile', 'insenerid'],
  kontrolör: ['kontrolöri', 'kontrolörile'],
  konstaabel: ['konstaablit', 'konstaablile', 'konstaabli', 'konstaablid', 'konstaableid'],
  piirivalvur: ['piirivalvurit', 'piirivalvurile', 'piirivalvuri', 'piirivalvurid'],
  komissar: ['komissari', 'komissarile', 'komissarid'],
  arst: ['arsti', 'arstile', 'arstid'],
  arhitekt: ['arhitekti', 'arhitektile', 'arhitektid'],
  projektijuht: [],
};

/**
 * Endings of agent nouns not in TITLE_HEADS, inflected → nominative: partitive "-jat", allative
 * "-jale", plural "-jad"/"-jaid", "-nikku", "-ikut", "-orit", … Each is unambiguous for agent nouns.
 */
export const GENERIC_HEAD_ENDINGS: [string, string][] = [
  ['jat', 'ja'],
  ['jale', 'ja'],
  ['jad', 'ja'],
  ['jaid', 'ja'],
  ['nikku', 'nik'],
  ['nikule', 'nik'],
  ['ikut', 'ik'],
  ['ikule', 'ik'],
  ['ikud', 'ik'],
  ['orit', 'or'],
  ['orile', 'or'],
];

/**
 * The staff of a unit as a group ("osakonna teenistujad") stays plural: only as a word of its own,
 * since a compound plural names a position ("noorsootöötajad" → "Noorsootöötaja").
 */
export const GROUP_PLURALS: Record<string, string> = {
  teenistujad: 'teenistujad',
  teenistujaid: 'teenistujad',
  teenistujatele: 'teenistujad',
  töötajad: 'töötajad',
  töötajaid: 'töötajad',
  töötajatele: 'töötajad',
};

/** Abbreviations agencies use for themselves, with the name they stand for. */
export const AGENCY_ABBREVIATIONS: Record<string, string> = {
  SKA: 'Sotsiaalkindlustusamet',
  PPA: 'Politsei- ja Piirivalveamet',
  EMTA: 'Maksu- ja Tolliamet',
  MTA: 'Maksu- ja Tolliamet',
  TRAM: 'Transpordiamet',
  AKI: 'Andmekaitse Inspektsioon',
  RIA: 'Riigi Infosüsteemi Amet',
};

/** Nouns an agency's name ends in, as a compound: "Sotsiaalkindlustusamet", "Teabeinspektsioon". */
export const AGENCY_NOUNS = ['amet', 'inspektsioon', 'kassa', 'keskus'];

/** Adverbs before a title that say how, not who: "Allub vahetult …", "asendab vajadusel …". */
export const ADVERBIALS = ['vahetult', 'otse', 'vajadusel', 'ajutiselt'];

/** Absence words (adessive of a noun of absence): "tema äraolekul", "puudumisel", "puhkuse ajal". */
export const ABSENCE_WORDS = ['äraolekul', 'puudumisel', 'eemalviibimisel', 'puhkuse\\s+ajal'];

/**
 * Heads who designate a placeholder, in genitive before "määratud": "valdkonnajuhi või
 * peadirektori määratud ametnik". A genitive of another title before "või" is an alternative of its own.
 */
export const DESIGNATOR_HEADS = ['juht', 'juhataja', 'direktor', 'vanem', 'asetäitja', 'esimees', 'sekretär', 'omanik'];

/**
 * Agent-noun suffixes of titles with their genitive (nominative → genitive): "metoodik" →
 * "metoodiku", "laborant" → "laborandi". Their partitive, allative and comitative build on the
 * genitive ("metoodikut", "laborandile"); a title not in TITLE_HEADS is reduced by these.
 */
export const AGENT_SUFFIXES: [string, string][] = [
  ['ik', 'iku'],
  ['ant', 'andi'],
  ['ent', 'endi'],
  ['ert', 'erdi'],
  ['ist', 'isti'],
  ['or', 'ori'],
  ['ar', 'ari'],
  ['är', 'äri'],
  ['ör', 'öri'],
  ['oog', 'oogi'],
];
