/**
 * What each review item says, in English and Estonian: positions are named by title and unit,
 * never by internal numbers, and readings are quoted as the document has them. Pure.
 */
import type { ConfidenceLevel, HeaderField } from '../ingest/document.js';
import { REASONS as CONFIDENCE_REASONS } from '../ingest/confidence.js';
import { REASONS as READER_REASONS } from '../ingest/header/assign.js';
import { placeText, type PositionPlace } from '../org/reference-notes.js';
import type { ConflictKind } from '../org/graph.js';
import type { FieldValue } from './correction.entity.js';

export interface Explanation {
  en: string;
  et: string;
}

const FIELD_EN: Record<HeaderField, string> = {
  title: 'title',
  specialization: 'specialisation',
  unitPath: 'unit',
  manager: 'direct manager',
  subordinates: 'subordinates',
  substitutedBy: 'substitutes (who stands in for it)',
  substitutes: 'positions it stands in for',
};

/** The header's labels as Estonian documents print them. */
const FIELD_ET: Record<HeaderField, string> = {
  title: 'Ametinimetus',
  specialization: 'Spetsialiseerumine',
  unitPath: 'Struktuuriüksus',
  manager: 'Vahetu juht',
  subordinates: 'Alluvad',
  substitutedBy: 'Kes asendab',
  substitutes: 'Keda asendab',
};

/** The reader's reasons in Estonian; a reason without a translation is given as it is. */
const REASONS_ET: Record<string, string> = {
  [CONFIDENCE_REASONS.noLabel]: 'silti ei leitud',
  [CONFIDENCE_REASONS.prose]: 'väärtus on nagu lause',
  [CONFIDENCE_REASONS.unitWordInTitle]: 'ametinimetuses on üksuse nimetus',
  [CONFIDENCE_REASONS.truncated]: 'päis on katkenud',
  [CONFIDENCE_REASONS.warning]: 'välja ridadel on hoiatus',
  [CONFIDENCE_REASONS.notBaseForm]: 'viide ei ole nimetavas käändes',
  [CONFIDENCE_REASONS.twoUnits]: 'ühes nimes on kaks üksust',
  [CONFIDENCE_REASONS.noUnitWord]: 'üksuse nimes puudub üksuse liik (osakond, talitus vms)',
  [CONFIDENCE_REASONS.repeatedUnit]: 'üksus on nimetatud kaks korda',
  [CONFIDENCE_REASONS.labelInValue]: 'väärtuses on silt',
  [CONFIDENCE_REASONS.scopeLeft]: 'väärtusesse jäi ulatuse märge',
  [CONFIDENCE_REASONS.cutShort]: 'väärtus on poolik',
  [CONFIDENCE_REASONS.plural]: 'ametinimetus on mitmuses',
  [CONFIDENCE_REASONS.genericTitle]: 'ametinimetus on üldsõna',
  [CONFIDENCE_REASONS.runTogether]: 'kaks väärtust on kokku jooksnud',
  [CONFIDENCE_REASONS.placeholderTitle]: 'ametinimetus on kohatäide',
  [CONFIDENCE_REASONS.noUnit]: 'üksust ei leitud',
  [CONFIDENCE_REASONS.noManager]: 'vahetut juhti ei leitud',
  [CONFIDENCE_REASONS.pathBelowTop]: 'üksuste rida ei alga osakonnast',
  [CONFIDENCE_REASONS.sharedLines]: 'loetud teise väljaga ühistelt ridadelt',
  [CONFIDENCE_REASONS.severalTitles]: 'ametinimetus nimetab mitut ametikohta',
  [READER_REASONS.stem]: 'silt tunti ära ainult tüve järgi',
  [READER_REASONS.direction]: 'suund loeti väärtusest',
  [READER_REASONS.guessed]: 'suund on oletatud',
  [READER_REASONS.scope]: 'ulatuse märge eemaldati',
  [READER_REASONS.prose]: 'lauseosa eemaldati',
};

const LEVEL_EN: Record<ConfidenceLevel, string> = { low: 'low', medium: 'medium', high: 'high' };
const LEVEL_ET: Record<ConfidenceLevel, string> = { low: 'madal', medium: 'keskmine', high: 'kõrge' };

/** "Nõunik (Osakond › Talitus)", or at the top "Peadirektor (asutuse tasand)". */
export function placeEt(place: PositionPlace): string {
  return `${place.title} (${place.unitPath.length ? place.unitPath.join(' › ') : 'asutuse tasand'})`;
}
const placeEn = placeText;

const en = (value: FieldValue): string => {
  const items = listOf(value);
  return items.length ? items.map((item) => `"${item}"`).join(', ') : 'nothing';
};
const et = (value: FieldValue): string => {
  const items = listOf(value);
  return items.length ? items.map((item) => `„${item}“`).join(', ') : 'mitte midagi';
};
const listOf = (value: FieldValue): string[] => (Array.isArray(value) ? value : value === null || value === '' ? [] : [value]);

export function lowConfidence(place: PositionPlace, field: HeaderField, level: ConfidenceLevel, reasons: string[], value: FieldValue): Explanation {
  const why = reasons.length ? `: ${reasons.join('; ')}` : '';
  const whyEt = reasons.length ? `: ${reasons.map((r) => REASONS_ET[r] ?? r).join('; ')}` : '';
  return {
    en: `The reader is unsure of the ${FIELD_EN[field]} of ${placeEn(place)} (${LEVEL_EN[level]} confidence${why}); it read ${en(value)}.`,
    et: `Ametikoha ${placeEt(place)} välja „${FIELD_ET[field]}“ lugemine on ebakindel (${LEVEL_ET[level]} kindlus${whyEt}); loetud: ${et(value)}.`,
  };
}

export function titleMerge(alias: string, referrer: PositionPlace | null, field: HeaderField | null, target: PositionPlace, caseEnding: boolean): Explanation {
  const whereEn = referrer ? ` (${field ? FIELD_EN[field] : 'a reference'} in the job description of ${placeEn(referrer)})` : '';
  const whereEt = referrer ? ` (ametikoha ${placeEt(referrer)} ametijuhendis${field ? `, väljal „${FIELD_ET[field]}“` : ''})` : '';
  return caseEnding
    ? {
        en: `"${alias}"${whereEn} was taken as ${placeEn(target)}: the same title with a case ending.`,
        et: `„${alias}“${whereEt} loeti ametikohaks ${placeEt(target)}: see on sama ametinimetus käändelõpuga.`,
      }
    : {
        en: `"${alias}"${whereEn} was taken as ${placeEn(target)}: the spelling differs by a likely typo.`,
        et: `„${alias}“${whereEt} loeti ametikohaks ${placeEt(target)}: kirjapilt erineb tõenäoliselt trükivea tõttu.`,
      };
}

export function unitMerge(alias: string, name: string, path: string[], referrer: PositionPlace | null): Explanation {
  const whereEn = referrer ? ` in the job description of ${placeEn(referrer)}` : '';
  const whereEt = referrer ? ` ametikoha ${placeEt(referrer)} ametijuhendis` : '';
  return {
    en: `The unit name "${alias}"${whereEn} was taken as "${name}" (${path.join(' › ')}): the spelling differs by a likely typo.`,
    et: `Struktuuriüksuse nimi „${alias}“${whereEt} loeti üksuseks „${name}“ (${path.join(' › ')}): kirjapilt erineb tõenäoliselt trükivea tõttu.`,
  };
}

export function crossUnit(message: string, reference: string, referrer: PositionPlace, target: PositionPlace): Explanation {
  return {
    en: `${message}.`,
    et: `„${reference}“ ametikoha ${placeEt(referrer)} ametijuhendis ei nimeta ühtki ametikohta oma üksustes; see loeti ainsaks sellise nimetusega ametikohaks mujal: ${placeEt(target)}.`,
  };
}

export function ambiguous(message: string, reference: string, referrer: PositionPlace, candidates: PositionPlace[]): Explanation {
  const unit = referrer.unitPath.at(-1);
  return {
    en: `${message}.`,
    et:
      `„${reference}“ ametikoha ${placeEt(referrer)} ametijuhendis ei nimeta ühtki ametikohta oma üksustes, kuid mujal on neid ${candidates.length}: ` +
      `${candidates.map(placeEt).join(', ')}; see jäeti dokumenteerimata ametikohaks ${unit ? `üksuses „${unit}“` : 'asutuse tasandil'}.`,
  };
}

export function reportingConflict(kind: ConflictKind, subordinate: PositionPlace, claimed: PositionPlace, stated: PositionPlace | null): Explanation {
  if (kind === 'MANAGER_DOES_NOT_LIST_SUBORDINATE') {
    return {
      en: `${placeEn(subordinate)} names ${placeEn(claimed)} as its direct manager (Vahetu juht), but the manager's job description lists its reports (Alluvad) without it.`,
      et: `Ametikoha ${placeEt(subordinate)} ametijuhendis on vahetu juht ${placeEt(claimed)}, kuid juhi ametijuhendi alluvate loetelus seda ametikohta ei ole.`,
    };
  }
  return {
    en:
      `The job description of ${placeEn(claimed)} lists ${placeEn(subordinate)} among its reports (Alluvad), but the subordinate's own job description names ` +
      `${stated ? placeEn(stated) : 'no one'} as its direct manager (Vahetu juht); the chart follows the subordinate's own document.`,
    et:
      `Ametikoha ${placeEt(claimed)} ametijuhend loetleb alluvate hulgas ametikoha ${placeEt(subordinate)}, kuid alluva enda ametijuhendis ` +
      `${stated ? `on vahetu juht ${placeEt(stated)}` : 'ei ole vahetut juhti nimetatud'}; skeem järgib alluva enda ametijuhendit.`,
  };
}

/** `statedBySubstituted`: the substituted position's "Kes asendab" states the line, the substitute's "Keda asendab" does not. */
export function contradictedLine(substitute: PositionPlace, substituted: PositionPlace, statedBySubstituted: boolean): Explanation {
  return statedBySubstituted
    ? {
        en: `The job description of ${placeEn(substituted)} names ${placeEn(substitute)} as its substitute (Kes asendab), but the substitute's own job description does not list it among the positions it stands in for (Keda asendab).`,
        et: `Ametikoha ${placeEt(substituted)} ametijuhendi järgi asendab seda ${placeEt(substitute)}, kuid asendaja enda ametijuhendis ei ole seda ametikohta loetelus „Keda asendab“.`,
      }
    : {
        en: `The job description of ${placeEn(substitute)} says it stands in for ${placeEn(substituted)} (Keda asendab), but that position's own job description does not name it among its substitutes (Kes asendab).`,
        et: `Ametikoha ${placeEt(substitute)} ametijuhendi järgi asendab see ametikohta ${placeEt(substituted)}, kuid selle ametikoha enda ametijuhendis ei ole asendajat loetelus „Kes asendab“.`,
      };
}

/** At most this many warnings are quoted; the panel shows them all. */
const QUOTED_WARNINGS = 3;

export function importWarnings(place: PositionPlace, warnings: { line: number; message: string }[]): Explanation {
  const quoted = warnings.slice(0, QUOTED_WARNINGS);
  const more = warnings.length > QUOTED_WARNINGS ? '; …' : '';
  const list = quoted.map((w) => `line ${w.line}: ${w.message}`).join('; ');
  const listEt = quoted.map((w) => `rida ${w.line}: ${w.message}`).join('; ');
  const noun = warnings.length === 1 ? 'warning' : 'warnings';
  return {
    en: `The job description of ${placeEn(place)} was imported with ${warnings.length} ${noun} (${list}${more}).`,
    et: `Ametikoha ${placeEt(place)} ametijuhend imporditi ${warnings.length} hoiatusega (${listEt}${more}).`,
  };
}

export function staleCorrection(place: PositionPlace, field: HeaderField, readBefore: FieldValue, readNow: FieldValue, corrected: FieldValue): Explanation {
  return {
    en:
      `The document changed since this was corrected: the ${FIELD_EN[field]} of ${placeEn(place)} read ${en(readBefore)} when it was corrected to ${en(corrected)}, and now reads ${en(readNow)}. ` +
      'The new reading shows until the correction is kept for the new text or undone.',
    et:
      `Ametijuhend on pärast parandamist muutunud: ametikoha ${placeEt(place)} väljal „${FIELD_ET[field]}“ oli loetud ${et(readBefore)}, mis parandati väärtuseks ${et(corrected)}; nüüd on loetud ${et(readNow)}. ` +
      'Kuni parandus uue teksti jaoks kinnitatakse või tühistatakse, kehtib uus lugemine.',
  };
}
