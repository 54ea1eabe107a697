/**
 * The typed result of reading one job description (ametijuhend).
 * Produced by pure functions from text; knows nothing of the database.
 */

/** A 1-based, inclusive range of source lines. */
export interface LineRange {
  start: number;
  end: number;
}

/** A line the parser could not place, or a fact about the text worth a human look. */
export interface ParseWarning {
  line: number;
  message: string;
}

/** One numbered duty (põhiülesanne) with its expected results (oodatavad tulemused). */
export interface Duty {
  /** The number as printed, e.g. "3.12" (printed numbers may repeat). */
  number: string;
  text: string;
  results: string[];
}

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/** A language requirement (keeleoskus): "Inglise või vene keele valdamine tasemel B2". */
export interface LanguageRequirement {
  /** Language name in Estonian base form ("eesti", "inglise"), or "võõrkeel" for any foreign language. */
  language: string;
  /** ISO 639-1 code where the language is a specific one ("et", "en", "ru"), else null. */
  code: string | null;
  level: CefrLevel | null;
  /** Languages that satisfy the requirement instead ("või vene") or are suggested ("soovitavalt inglise ja vene"). */
  alternatives: string[];
  /** The sentence it was read from. */
  text: string;
}

export type EducationLevel = 'BASIC' | 'SECONDARY' | 'VOCATIONAL' | 'HIGHER' | 'MASTER' | 'DOCTORATE';

export interface Requirements {
  education: string | null;
  /** The lowest education level that satisfies the requirement, when the text names one. */
  educationLevel: EducationLevel | null;
  experience: string | null;
  languages: LanguageRequirement[];
  computerSkills: string | null;
  /** Valdkonnapõhised teadmised ja oskused. */
  domainKnowledge: string | null;
  /** Requirement rows with labels not listed above. */
  other: { label: string; text: string }[];
}

/** A competency group (e.g. "Kliendikesksus") with its behavioural items. */
export interface CompetencyGroup {
  group: string;
  items: string[];
}

/** An additional competency (täiendav kompetents): "Korrektsus: Täidab ülesandeid …". */
export interface NamedDescription {
  name: string;
  description: string;
}

/** The directive that approved the job description (KINNITATUD … käskkirjaga nr …). */
export interface Approval {
  /** ISO date, e.g. "2024-02-12". */
  date: string | null;
  number: string | null;
  /** Who issued the directive, as written ("Sotsiaalkindlustusameti peadirektor"). */
  issuer: string | null;
  /** Name of the person who signed the directive, where the file holds it (personal data). */
  signer?: string | null;
}

/** "Töölepingu nr 3-6/493-2 juurde kuuluv lisa": the document is an annex to an employment contract. */
export interface ContractAnnex {
  contractNumber: string | null;
}

export type SignatureParty = 'EMPLOYER' | 'EMPLOYEE';

/** A signature block. The name is personal data. */
export interface Signature {
  name: string;
  role: string | null;
  party: SignatureParty;
}

/** The header block (üldosa): who the position is and where it sits. All titles in base (nominative) form. */
export interface DocumentHeader {
  /** Full title, specialisation included: "Arendusnõunik (rehabilitatsioon)". */
  title: string;
  /** The bracketed specialisation alone, or null. */
  specialization: string | null;
  /** Unit names, top department first, organisation left out. */
  unitPath: string[];
  manager: string | null;
  subordinates: string[];
  /** Kes asendab: positions that stand in for this one. */
  substitutedBy: string[];
  /** Keda asendab: positions this one stands in for. */
  substitutes: string[];
}

/** The header fields that carry a confidence. */
export const HEADER_FIELDS = ['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** How sure the reader is of a value: `high` when nothing about it was doubtful. */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

/**
 * A doubt the reader had while reading a header field, which the text alone no longer shows
 * (how a label was matched, a value moved by its case ending). Confidence takes the lowest level.
 */
export interface ReadingNote {
  field: HeaderField;
  level: ConfidenceLevel;
  /** Short English phrase, lower case: "label recognised by stem only". */
  reason: string;
}

/** A field's confidence: its level and every reason that lowered it (none when high). */
export interface FieldConfidence {
  level: ConfidenceLevel;
  reasons: string[];
}

/** Everything after the header. */
export interface DocumentBody {
  purpose: string | null;
  duties: Duty[];
  rights: string[];
  responsibilities: string[];
  workTools: string | null;
  requirements: Requirements;
  competencies: CompetencyGroup[];
  additionalCompetencies: NamedDescription[];
  /** AMETIJUHENDI MUUTMINE: how and when the description is reviewed. */
  amendment: string | null;
  signatures: Signature[];
}

export interface ParsedDocument extends DocumentHeader, DocumentBody {
  /** The file it came from, as given. */
  fileName: string;
  /** Which layout was recognised, e.g. "table". */
  layout: string;
  organization: string | null;
  approval: Approval | null;
  contractAnnex: ContractAnnex | null;
  /** For a document taken from a signed container (.asice/.bdoc): the container and its signers (personal data). */
  container?: { name: string; signers: string[] } | null;
  /** Source line range of every extracted value, keyed by its path: "title", "duties[2].results[0]". */
  sources: Record<string, LineRange>;
  warnings: ParseWarning[];
  /** Doubts the header reader noted while reading (see ReadingNote); absent in documents stored before they were kept. */
  readingNotes?: ReadingNote[];
  /** Confidence of each header field; absent in documents stored before it was computed. */
  fieldConfidence?: Record<HeaderField, FieldConfidence>;
}

/** A source line: its 1-based number and its text with bullets and spacing normalised. */
export interface Line {
  number: number;
  /** Text with trailing space trimmed and bullet glyphs replaced by "• ". */
  text: string;
  /** True when the line started with a bullet glyph (, •, ▪ …). */
  bullet: boolean;
}

/** What a section parser returns: values, where they came from, and what it could not place. */
export interface SectionResult<T> {
  value: T;
  sources: Record<string, LineRange>;
  warnings: ParseWarning[];
}
