/**
 * The case forms a rendered header needs, written out per head noun as a speaker would write them:
 * the renderer inflects from this table and never asks the parser how to read a form back.
 * Only the last word of a title's head inflects ("talituse juhataja" → "talituse juhatajale");
 * a bracketed specialisation and a trailing field ("… arenduse alal") stay as they are.
 */
import { UNIT_NOUNS } from '../../ingest/estonian/lexicon.js';

/** One head noun in the cases job descriptions use for references. */
interface NounForms {
  /** Nominative singular: "Kes asendab", "Vahetu juht", the title row. */
  base: string;
  /** Partitive: the object of "asendab" ("Keda asendab", "Asendab juhatajat"). */
  partitive: string;
  /** Allative: the manager after "allub" ("allub juhatajale"). */
  allative: string;
  /** Genitive: a title heading ("JURISTI AMETIJUHEND") and a subject owning a relation. */
  genitive: string;
  /** Nominative plural: subordinates listed as kinds ("Alluvad uurijad"). */
  plural: string;
}

const noun = (base: string, partitive: string, allative: string, genitive: string, plural: string): NounForms => ({ base, partitive, allative, genitive, plural });

/** Head nouns, longest match wins, so "peaspetsialist" inflects as "spetsialist". */
const NOUNS: readonly NounForms[] = [
  noun('spetsialist', 'spetsialisti', 'spetsialistile', 'spetsialisti', 'spetsialistid'),
  noun('juhataja', 'juhatajat', 'juhatajale', 'juhataja', 'juhatajad'),
  noun('juht', 'juhti', 'juhile', 'juhi', 'juhid'),
  noun('nõunik', 'nõunikku', 'nõunikule', 'nõuniku', 'nõunikud'),
  noun('koordinaator', 'koordinaatorit', 'koordinaatorile', 'koordinaatori', 'koordinaatorid'),
  noun('ekspert', 'eksperti', 'eksperdile', 'eksperdi', 'eksperdid'),
  noun('analüütik', 'analüütikut', 'analüütikule', 'analüütiku', 'analüütikud'),
  noun('jurist', 'juristi', 'juristile', 'juristi', 'juristid'),
  noun('inspektor', 'inspektorit', 'inspektorile', 'inspektori', 'inspektorid'),
  noun('nõustaja', 'nõustajat', 'nõustajale', 'nõustaja', 'nõustajad'),
  noun('konsultant', 'konsultanti', 'konsultandile', 'konsultandi', 'konsultandid'),
  noun('referent', 'referenti', 'referendile', 'referendi', 'referendid'),
  noun('assistent', 'assistenti', 'assistendile', 'assistendi', 'assistendid'),
  noun('sekretär', 'sekretäri', 'sekretärile', 'sekretäri', 'sekretärid'),
  noun('raamatupidaja', 'raamatupidajat', 'raamatupidajale', 'raamatupidaja', 'raamatupidajad'),
  noun('arendaja', 'arendajat', 'arendajale', 'arendaja', 'arendajad'),
  noun('administraator', 'administraatorit', 'administraatorile', 'administraatori', 'administraatorid'),
  noun('direktor', 'direktorit', 'direktorile', 'direktori', 'direktorid'),
  noun('asetäitja', 'asetäitjat', 'asetäitjale', 'asetäitja', 'asetäitjad'),
  noun('insener', 'inseneri', 'insenerile', 'inseneri', 'insenerid'),
  noun('uurija', 'uurijat', 'uurijale', 'uurija', 'uurijad'),
  noun('ajaja', 'ajajat', 'ajajale', 'ajaja', 'ajajad'),
  noun('arhivaar', 'arhivaari', 'arhivaarile', 'arhivaari', 'arhivaarid'),
  noun('logistik', 'logistikut', 'logistikule', 'logistiku', 'logistikud'),
  noun('metoodik', 'metoodikut', 'metoodikule', 'metoodiku', 'metoodikud'),
  noun('toimetaja', 'toimetajat', 'toimetajale', 'toimetaja', 'toimetajad'),
  noun('tõlkija', 'tõlkijat', 'tõlkijale', 'tõlkija', 'tõlkijad'),
  noun('laborant', 'laboranti', 'laborandile', 'laborandi', 'laborandid'),
  noun('mehaanik', 'mehaanikut', 'mehaanikule', 'mehaaniku', 'mehaanikud'),
  noun('audiitor', 'audiitorit', 'audiitorile', 'audiitori', 'audiitorid'),
  noun('statistik', 'statistikut', 'statistikule', 'statistiku', 'statistikud'),
  noun('hooldaja', 'hooldajat', 'hooldajale', 'hooldaja', 'hooldajad'),
  noun('kontrolör', 'kontrolöri', 'kontrolörile', 'kontrolöri', 'kontrolörid'),
  noun('teenistuja', 'teenistujat', 'teenistujale', 'teenistuja', 'teenistujad'),
  noun('töötaja', 'töötajat', 'töötajale', 'töötaja', 'töötajad'),
  noun('ametnik', 'ametnikku', 'ametnikule', 'ametniku', 'ametnikud'),
  noun('vanem', 'vanemat', 'vanemale', 'vanema', 'vanemad'),
];

export type Case = keyof NounForms;

const FIELD = /\s+\p{L}+\s+alal$/u;

function formsOf(word: string): NounForms {
  const lower = word.toLocaleLowerCase('et');
  const found = [...NOUNS].sort((a, b) => b.base.length - a.base.length).find((n) => lower.endsWith(n.base));
  if (!found) throw new Error(`no case forms for "${word}"`);
  return found;
}

/** "Talituse juhataja (arendus)" in the given case, lower-cased as running text writes it. */
export function inflect(title: string, grammaticalCase: Case): string {
  const bracket = /\s*\([^()]*\)\s*$/.exec(title)?.[0] ?? '';
  const withoutBracket = title.slice(0, title.length - bracket.length);
  const field = FIELD.exec(withoutBracket)?.[0] ?? '';
  const head = withoutBracket.slice(0, withoutBracket.length - field.length);
  const words = head.split(' ');
  const last = words[words.length - 1];
  const forms = formsOf(last);
  const stem = last.slice(0, last.length - forms.base.length);
  words[words.length - 1] = stem + forms[grammaticalCase];
  return words.join(' ') + field + bracket;
}

/** Whether the table knows the title's head noun (every title the renderer uses must). */
export function canInflect(title: string): boolean {
  try {
    inflect(title, 'partitive');
    return true;
  } catch {
    return false;
  }
}

/** "Hüvitiste osakond" → "hüvitiste osakonna"; compounds too ("Arendusosakond" → "arendusosakonna"). Unit nouns are the lexicon's. */
export function unitGenitive(unit: string): string {
  const lower = unit.toLocaleLowerCase('et');
  const noun = [...UNIT_NOUNS].sort((a, b) => b.base.length - a.base.length).find((n) => lower.endsWith(n.base));
  if (!noun) throw new Error(`no genitive for unit "${unit}"`);
  return lower.slice(0, lower.length - noun.base.length) + noun.genitive;
}
