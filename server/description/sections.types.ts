/**
 * GraphQL shapes of the parsed sections of a job description. They mirror
 * server/ingest/document.ts so that parsed JSON is served as stored.
 */
import { Field, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { PersonalData } from '../access/auth-checker.js';
import { QuotesArePersonalData } from '../access/personal-data.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';

export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}
registerEnumType(CefrLevel, {
  name: 'CefrLevel',
  description: 'Common European Framework of Reference language level, A1 (lowest) to C2.',
  valuesConfig: {
    A1: { description: 'Breakthrough (algtase, lower).' },
    A2: { description: 'Waystage (algtase, upper).' },
    B1: { description: 'Threshold (kesktase, lower).' },
    B2: { description: 'Vantage (kesktase, upper).' },
    C1: { description: 'Effective operational proficiency (kõrgtase, lower).' },
    C2: { description: 'Mastery (kõrgtase, upper).' },
  },
});

export enum EducationLevel {
  BASIC = 'BASIC',
  SECONDARY = 'SECONDARY',
  VOCATIONAL = 'VOCATIONAL',
  HIGHER = 'HIGHER',
  MASTER = 'MASTER',
  DOCTORATE = 'DOCTORATE',
}
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'Education level named by a requirement, lowest to highest.',
  valuesConfig: {
    BASIC: { description: 'Basic education (põhiharidus).' },
    SECONDARY: { description: 'Secondary education (keskharidus).' },
    VOCATIONAL: { description: 'Vocational education (kutseharidus).' },
    HIGHER: { description: 'Higher education (kõrgharidus).' },
    MASTER: { description: "Master's degree (magistrikraad)." },
    DOCTORATE: { description: 'Doctorate (doktorikraad).' },
  },
});

export enum SignatureParty {
  EMPLOYER = 'EMPLOYER',
  EMPLOYEE = 'EMPLOYEE',
}
registerEnumType(SignatureParty, {
  name: 'SignatureParty',
  description: 'Which side of the employment relationship signed.',
  valuesConfig: {
    EMPLOYER: { description: 'The employer (tööandja), usually the director general.' },
    EMPLOYEE: { description: 'The employee (töötaja) holding the position.' },
  },
});

@ObjectType({ description: 'A range of lines in the source text, 1-based and inclusive.' })
export class LineRange {
  @Field(() => Int, { description: 'First line.' })
  start: number;

  @Field(() => Int, { description: 'Last line.' })
  end: number;
}

@ObjectType({ description: 'Where one extracted value came from in the source text.' })
export class SourceRange extends LineRange {
  @Field(() => String, { description: 'Path of the value in the job description, e.g. "duties[2].results[0]" or "requirements.languages[1]".' })
  field: string;
}

@ObjectType({ description: 'A duty (põhiülesanne) with its expected results (oodatavad tulemused).' })
export class Duty {
  @Field(() => String, { description: 'Number as printed, e.g. "3.12" (printed numbers can repeat).' })
  number: string;

  @Field(() => String, { description: 'What the position does.' })
  text: string;

  @Field(() => [String], { description: `Expected results of the duty (the first ${LIST_BOUNDS.dutyResults}).`, complexity: boundedList(LIST_BOUNDS.dutyResults) })
  results: string[];
}

@ObjectType({ description: 'A language requirement (keeleoskus), e.g. "Inglise või vene keele valdamine tasemel B2".' })
export class LanguageRequirement {
  @Field(() => String, { description: 'Language in Estonian base form ("eesti", "inglise"), or "võõrkeel" for any foreign language.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the language, null for "any foreign language".' })
  code: string | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Required level on the CEFR scale.' })
  level: CefrLevel | null;

  @Field(() => [String], { description: `Languages accepted instead, or suggested: "Inglise või vene" gives ["vene"] (the first ${LIST_BOUNDS.languageAlternatives}).`, complexity: boundedList(LIST_BOUNDS.languageAlternatives) })
  alternatives: string[];

  @Field(() => String, { description: 'The sentence the requirement was read from.' })
  text: string;
}

@ObjectType({ description: 'A requirement row with a label the reader has no field for.' })
export class LabelledText {
  @Field(() => String, { description: 'The row label as written.' })
  label: string;

  @Field(() => String, { description: 'The text of the row.' })
  text: string;
}

@ObjectType({ description: 'Requirements for the position (ametikohale esitatavad nõuded).' })
export class Requirements {
  @Field(() => String, { nullable: true, description: 'Education (haridus) as written.' })
  education: string | null;

  @Field(() => EducationLevel, { nullable: true, description: 'The lowest education level that satisfies the requirement.' })
  educationLevel: EducationLevel | null;

  @Field(() => String, { nullable: true, description: 'Work experience (töökogemus).' })
  experience: string | null;

  @Field(() => [LanguageRequirement], { description: `Language skills (keeleoskus), one entry per language (the first ${LIST_BOUNDS.languages}).`, complexity: boundedList(LIST_BOUNDS.languages) })
  languages: LanguageRequirement[];

  @Field(() => String, { nullable: true, description: 'Computer skills (arvutikasutamise oskus).' })
  computerSkills: string | null;

  @Field(() => String, { nullable: true, description: 'Domain knowledge and skills (valdkonnapõhised teadmised ja oskused).' })
  domainKnowledge: string | null;

  @Field(() => [LabelledText], { description: `Other requirement rows (the first ${LIST_BOUNDS.otherRequirements}).`, complexity: boundedList(LIST_BOUNDS.otherRequirements) })
  other: LabelledText[];
}

@ObjectType({ description: 'A competency (kompetents) with the behaviours that show it.' })
export class CompetencyGroup {
  @Field(() => String, { description: 'Competency name, e.g. "Kliendikesksus".' })
  group: string;

  @Field(() => [String], { description: `Behaviours that show the competency (the first ${LIST_BOUNDS.competencyItems}).`, complexity: boundedList(LIST_BOUNDS.competencyItems) })
  items: string[];
}

@ObjectType({ description: 'An additional competency, personal quality or knowledge (täiendav kompetents).' })
export class NamedDescription {
  @Field(() => String, { description: 'Name, e.g. "Pingetaluvus (tasakaalukus)".' })
  name: string;

  @Field(() => String, { description: 'What it means for this position.' })
  description: string;
}

@ObjectType({ description: 'The directive (käskkiri) that approved the job description.' })
export class Approval {
  @Field(() => String, { nullable: true, description: 'Date of the directive, ISO 8601 (YYYY-MM-DD).' })
  date: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the directive as written.' })
  number: string | null;

  @Field(() => String, { nullable: true, description: 'Who issued it, e.g. "Sotsiaalkindlustusameti peadirektor".' })
  issuer: string | null;
}

@ObjectType({ description: 'The job description is an annex to an employment contract (töölepingu lisa).' })
export class ContractAnnex {
  @Field(() => String, { nullable: true, description: 'Number of the contract, when written. Personal data (the contract is one employee’s): null with a FORBIDDEN error below the hr role.' })
  @PersonalData()
  contractNumber: string | null;
}

@ObjectType({ description: 'A signature block. The name is personal data.' })
export class Signature {
  @Field(() => String, { nullable: true, description: 'Name of the signer. Personal data: null with a FORBIDDEN error below the hr role.' })
  @PersonalData()
  name: string;

  @Field(() => String, { nullable: true, description: "Signer's role as written, e.g. \"peadirektor\"." })
  role: string | null;

  @Field(() => SignatureParty, { description: 'Which side signed.' })
  party: SignatureParty;
}

@ObjectType({ description: 'A note from reading the document: a line that could not be placed, a repeated number, a guess.' })
export class ParseWarning {
  @Field(() => Int, { description: 'Line number in the source text (1-based).' })
  line: number;

  @Field(() => String, {
    nullable: true,
    description: 'What was noticed. A message that quotes the source text ("could not be placed: \"…\"") is personal data, as the quote may be a name: null with a FORBIDDEN error below the hr role.',
  })
  @UseMiddleware(QuotesArePersonalData)
  message: string;
}

@ObjectType({ description: 'The digitally signed container (ASiC-E / BDOC) a job description was taken from.' })
export class SignedContainer {
  @Field(() => String, { description: 'File name of the container.' })
  name: string;

  @Field(() => [String], { nullable: true, description: `Names of the people who signed the container. Personal data: null with a FORBIDDEN error below the hr role (the first ${LIST_BOUNDS.signers}).`, complexity: boundedList(LIST_BOUNDS.signers) })
  @PersonalData()
  signers: string[];
}
