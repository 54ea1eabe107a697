/**
 * The word patterns field confidence looks for, built from the lexicon (server/ingest/estonian/lexicon.ts)
 * so that the reader and its judge know the same words. Only the shapes the lexicon does not list
 * (case endings, a verb's -b) are written here.
 */
import {
  CONJUNCTIONS,
  GENERIC_NOMINATIVES,
  GENERIC_PARTITIVES,
  MANAGER_ADJECTIVES,
  NONE_WORDS,
  ORGANIZATION_GENITIVES,
  PLACEHOLDER_WORDS,
  POSITION_GENITIVES,
  POSITION_NOUNS,
  PROSE_WORDS,
  QUESTION_OBJECT,
  QUESTION_SUBJECT,
  RELATION_VERBS,
  SCOPE_WORDS,
  SUBORDINATE_ADJECTIVES,
  SUBORDINATE_STEM,
  SUBSTITUTE_STEM,
  TITLE_NOUNS,
  UNIT_LABEL_STEMS,
  UNIT_NOUNS,
} from './estonian/lexicon.js';

const single = (list: readonly string[]) => list.filter((w) => !w.includes(' '));
const alternatives = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * A word that is a finite verb or opens a clause (allub, asendab, täidab, on, kelle): titles are noun
 * phrases. Beside the listed words, any third-person verb (-ab, -eb, -ib, -ub: "nimetab", "juhib").
 */
export const FINITE_VERB = new RegExp(`^(${alternatives([...PROSE_WORDS, ...single(RELATION_VERBS)])})$|^\\p{Ll}{3,}[aeiu]b$`, 'u');

/** A unit noun in the nominative: a unit's own name; "büroo", "kantselei" (the genitive is the same) left out. */
const nominatives = UNIT_NOUNS.filter((n) => n.base !== n.genitive);
export const UNIT_NOMINATIVE = new RegExp(
  `(${alternatives(nominatives.filter((n) => !n.standalone).map((n) => n.base))})$|^(${alternatives(nominatives.filter((n) => n.standalone).map((n) => n.base))})$`,
  'iu',
);
/** A unit noun in any case form, alone or ending a compound: "osakonna", "talituse", "ennetustalitus". */
export const UNIT_ANY_FORM = new RegExp(`(${alternatives(UNIT_NOUNS.flatMap((n) => [n.base, n.genitive, ...n.oblique]))})$`, 'iu');
/** A unit noun in the genitive ending a name: the title that should follow it was cut off ("Talituse"). */
export const UNIT_GENITIVE_END = new RegExp(`(${alternatives(nominatives.map((n) => n.genitive))})$`, 'iu');
/** Units a department is divided into: a path that starts with one has most likely lost its department. */
export const SUB_UNIT = new RegExp(`(${alternatives(UNIT_NOUNS.filter((n) => n.kind === 'DIVISION' || n.kind === 'TEAM').map((n) => n.base))})$`, 'iu');

/**
 * Words of a label (Kes asendab, Alluvad, Vahetu juht, Ametinimetus, Teenistuskoht, "Ametnikku asendab"):
 * inside a name they mean the next row's label was glued on.
 */
export const LABEL_WORD = new RegExp(
  `^(${SUBSTITUTE_STEM}|${SUBORDINATE_STEM})\\p{L}*$|^(${alternatives([
    ...single(GENERIC_PARTITIVES),
    ...SUBORDINATE_ADJECTIVES,
    ...MANAGER_ADJECTIVES,
    ...POSITION_NOUNS,
    ...POSITION_GENITIVES,
    ...TITLE_NOUNS.filter((w) => w.length > 4),
    ...UNIT_LABEL_STEMS.filter((w) => w.length > 7),
    ...single(NONE_WORDS),
    QUESTION_SUBJECT,
    QUESTION_OBJECT,
  ])})$`,
  'iu',
);
/**
 * The generic subject of a substitution row ("Teenistuja asendab", "Tema asendaja"): last in a name it is
 * a group's member ("Osakonna teenistuja"), before another word it is a label glued to the next value.
 */
export const GENERIC_SUBJECT = new RegExp(`^(${alternatives(single(GENERIC_NOMINATIVES))})$`, 'iu');
/** A conjunction alone ("ja", "või", "ning"): the word before it closes an alternative. */
export const CONJUNCTION = new RegExp(`^(${alternatives(CONJUNCTIONS)})$`, 'iu');
/** A name that starts with a conjunction, or ends in one or in "poolt"/"määratud": the rest of it was cut off. */
export const CUT_AT_JOINT = new RegExp(`^(${alternatives(CONJUNCTIONS)})\\b|\\b(${alternatives([...CONJUNCTIONS, 'poolt', 'määratud'])})$`, 'iu');
/** Placeholders and schemes name no position ("valdkonnajuhi poolt määratud ametnik", "vastavalt asendusskeemile"). */
export const PLACEHOLDER = new RegExp(`(^|\\s)(${alternatives([...single(PLACEHOLDER_WORDS), 'poolt'])})|asendusskeem`, 'iu');
/** What narrows a title ("– igapäevastes küsimustes", "allkirjaõiguse osas", "(edaspidi juhataja)"). */
export const SCOPE = new RegExp(`\\s[–—-]\\s|^[–—-]|(^|\\s)(${alternatives([...SCOPE_WORDS, 'edaspidi', 'volitustele'])})(\\s|$)`, 'iu');
/** A genitive that owns a group of staff: a unit's ("Talituse teenistujad") or the organisation's ("valla sotsiaaltöötajad"). */
export const GROUP_OWNER = new RegExp(`^(${alternatives(ORGANIZATION_GENITIVES)})$`, 'iu');
/** The generic subject in any case form, alone: a sentence's subject read as the title ("Ametnikul"). */
export const GENERIC_ALONE = new RegExp(`^(${alternatives(single(GENERIC_NOMINATIVES).filter((w) => w.length > 2))})\\p{L}*$`, 'iu');
