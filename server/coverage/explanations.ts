/**
 * Human explanations of gaps and absence results, in English and Estonian.
 *
 * Titles are quoted and kept in their base (nominative) form, with the unit in parentheses, so the
 * Estonian sentences never have to inflect them ("ametikoha „Koordinaator“ (Tiim 1) asendaja").
 * A title that other positions share gets its distinguishing place instead of the unit alone
 * ("„Koordinaator“ (Osakond B › Tiim 1)"); sentences never show internal numbers.
 */
import type { EducationLevel } from '../ingest/document.js';
import type { GraphIndex } from './graph-index.js';
import type { PositionId, SubstituteRef, UnitId } from './model.js';
import type { Shortfall } from './qualifications.js';
import { placeText } from '../org/distinguishing-place.js';
import { Places } from './places.js';

export interface Explanation {
  explanation: string;
  explanationEt: string;
}

type Lang = 'en' | 'et';

/** A name or phrase in both languages. */
export interface Bi {
  en: string;
  et: string;
}

/** How many names a list spells out before "and N more". */
const LIST_LIMIT = 10;

export class Namer {
  private readonly places: Places;

  constructor(private readonly ix: GraphIndex) {
    this.places = new Places(ix);
  }

  private readonly labels = { en: new Map<PositionId, string>(), et: new Map<PositionId, string>() };

  /** The quoted title, with its unit, or the place that tells it from peers with the title, in parentheses. */
  position(id: PositionId, lang: Lang): string {
    const cached = this.labels[lang].get(id);
    if (cached !== undefined) return cached;
    const position = this.ix.position(id);
    let label: string;
    if (!position) label = UNKNOWN_POSITION[lang];
    else {
      const unitId = this.ix.unitOf(id);
      const place = placeText(this.places.of(id)) ?? (unitId === null ? null : this.unit(unitId));
      label = `${quote(position.title, lang)}${place ? ` (${place})` : ''}`;
    }
    this.labels[lang].set(id, label);
    return label;
  }

  unit(id: UnitId): string {
    // A unit outside the graph has no name to give; its number would mean nothing to a reader.
    return this.ix.units.get(id)?.name ?? UNKNOWN_UNIT;
  }

  group(unitId: UnitId, label: string): string {
    return `${label} (${this.unit(unitId)})`;
  }

  ref(ref: SubstituteRef, lang: Lang): string {
    if (ref.kind === 'POSITION') return this.position(ref.positionId, lang);
    if (ref.kind === 'GROUP') return this.group(ref.unitId, ref.label);
    return quote(ref.label, lang);
  }

  /** A substitution end named in both languages. */
  bi(ref: SubstituteRef): Bi {
    return { en: this.ref(ref, 'en'), et: this.ref(ref, 'et') };
  }

  positions(ids: PositionId[], lang: Lang): string {
    return list(ids.map((id) => this.position(id, lang)), lang);
  }
}

/** A line naming a position the graph does not hold (never after a whole import). */
const UNKNOWN_POSITION: Record<Lang, string> = { en: 'an unknown position', et: 'tundmatu ametikoht' };
const UNKNOWN_UNIT = '?';

function quote(text: string, lang: Lang): string {
  return lang === 'et' ? `„${text}“` : `"${text}"`;
}

/** Names joined by commas; beyond LIST_LIMIT the rest is counted. */
export function list(names: string[], lang: Lang): string {
  if (names.length <= LIST_LIMIT) return names.join(', ');
  const more = names.length - LIST_LIMIT;
  return `${names.slice(0, LIST_LIMIT).join(', ')} ${lang === 'et' ? `ja veel ${more}` : `and ${more} more`}`;
}

function both(en: string, et: string): Explanation {
  return { explanation: en, explanationEt: et };
}

const EDUCATION_EN: Record<EducationLevel, string> = {
  BASIC: 'basic education',
  SECONDARY: 'secondary education',
  VOCATIONAL: 'vocational education',
  HIGHER: 'higher education',
  MASTER: "a master's degree",
  DOCTORATE: 'a doctorate',
};
const EDUCATION_ET: Record<EducationLevel, string> = {
  BASIC: 'põhiharidus',
  SECONDARY: 'keskharidus',
  VOCATIONAL: 'kutseharidus',
  HIGHER: 'kõrgharidus',
  MASTER: 'magistrikraad',
  DOCTORATE: 'doktorikraad',
};

function languageEt(language: string): string {
  return /keel$/i.test(language) ? language : `${language} keel`;
}

/** One side of a line, as the line names it: a position, a group or a placeholder. */
export interface LineEnds {
  substitute: SubstituteRef;
  substituted: SubstituteRef;
  statedBySubstituted: boolean;
}

export const explain = {
  noSubstitute(n: Namer, p: PositionId, emptyGroups: { unitId: UnitId; label: string }[]): Explanation {
    if (emptyGroups.length === 0) {
      return both(
        `No one stands in for ${n.position(p, 'en')}: no document names a substitute for it.`,
        `Ametikohal ${n.position(p, 'et')} ei ole asendajat: ükski ametijuhend ei nimeta selle asendajat.`,
      );
    }
    const groups = list(emptyGroups.map((g) => n.group(g.unitId, g.label)), 'en');
    return both(
      `No one stands in for ${n.position(p, 'en')}: the groups named as its substitutes have no other members (${groups}).`,
      `Ametikohal ${n.position(p, 'et')} ei ole asendajat: asendajaks nimetatud rühmas ei ole teisi teenistujaid (${groups}).`,
    );
  },

  singleSubstitute(n: Namer, p: PositionId, substitute: Bi): Explanation {
    return both(
      `Only one substitute stands in for ${n.position(p, 'en')}: ${substitute.en}.`,
      `Ametikohal ${n.position(p, 'et')} on ainult üks asendaja: ${substitute.et}.`,
    );
  },

  onlyUndocumented(n: Namer, p: PositionId, substitutes: Bi[]): Explanation {
    return both(
      `No substitute of ${n.position(p, 'en')} has a job description on file: ${list(substitutes.map((s) => s.en), 'en')}.`,
      `Ühelgi ametikoha ${n.position(p, 'et')} asendajal ei ole ametijuhendit: ${list(substitutes.map((s) => s.et), 'et')}.`,
    );
  },

  unconfirmedLines(n: Namer, p: PositionId, lines: LineEnds[]): Explanation {
    const clauses = (lang: Lang) =>
      list(
        lines.map((line) =>
          line.statedBySubstituted
            ? lang === 'en'
              ? `${n.ref(line.substitute, 'en')} (named by ${n.ref(line.substituted, 'en')}; has no document)`
              : `${n.ref(line.substitute, 'et')} (nimetab ${n.ref(line.substituted, 'et')}; ametijuhend puudub)`
            : lang === 'en'
              ? `${n.ref(line.substitute, 'en')} (its document names ${n.ref(line.substituted, 'en')}, which has no document)`
              : `${n.ref(line.substitute, 'et')} (selle ametijuhend nimetab ${n.ref(line.substituted, 'et')}, millel ametijuhend puudub)`,
        ),
        lang,
      );
    return both(
      `Substitution lines into ${n.position(p, 'en')} that only one document states, with no document on the other side to confirm them: ${clauses('en')}.`,
      `Ametikoha ${n.position(p, 'et')} asendused, mida kinnitab ainult üks ametijuhend (teisel poolel ametijuhend puudub): ${clauses('et')}.`,
    );
  },

  contradictedLines(n: Namer, p: PositionId, lines: LineEnds[]): Explanation {
    const clauses = (lang: Lang) =>
      lines
        .map((line) => {
          const substitute = n.ref(line.substitute, lang);
          const substituted = n.ref(line.substituted, lang);
          if (line.statedBySubstituted) {
            return lang === 'en'
              ? `the document of ${substituted} names ${substitute} as its substitute, but the document of ${substitute} does not list it`
              : `ametikoha ${substituted} ametijuhend nimetab asendajaks ${substitute}, kuid selle ametijuhendis seda asendust ei ole`;
          }
          return lang === 'en'
            ? `the document of ${substitute} says it stands in for ${substituted}, but the document of ${substituted} does not name it`
            : `ametikoha ${substitute} ametijuhendi järgi asendab see ametikohta ${substituted}, kuid ametikoha ${substituted} ametijuhend seda asendajat ei nimeta`;
        })
        .join('; ');
    return both(
      `The documents disagree on who stands in for ${n.position(p, 'en')}: ${clauses('en')}.`,
      `Ametijuhendid on ametikoha ${n.position(p, 'et')} asendamise osas vastuolus: ${clauses('et')}.`,
    );
  },

  mutualPairOnly(n: Namer, p: PositionId, other: PositionId): Explanation {
    return both(
      `${n.position(p, 'en')} and ${n.position(other, 'en')} only stand in for each other: each is the other's only substitute, so when one is away the other has no cover.`,
      `Ametikohad ${n.position(p, 'et')} ja ${n.position(other, 'et')} asendavad ainult teineteist: kumbki on teise ainus asendaja.`,
    );
  },

  managerOnly(n: Namer, p: PositionId, manager: PositionId): Explanation {
    return both(
      `The only substitute of ${n.position(p, 'en')} is its direct manager, ${n.position(manager, 'en')}.`,
      `Ametikoha ${n.position(p, 'et')} ainus asendaja on selle vahetu juht ${n.position(manager, 'et')}.`,
    );
  },

  overloaded(n: Namer, p: PositionId, covered: PositionId[], threshold: number): Explanation {
    return both(
      `${n.position(p, 'en')} stands in for ${covered.length} other positions, more than ${threshold}: ${n.positions(covered, 'en')}.`,
      `Ametikoht ${n.position(p, 'et')} asendab ${covered.length} muud ametikohta (piir on ${threshold}): ${n.positions(covered, 'et')}.`,
    );
  },

  crossUnit(n: Namer, p: PositionId, department: UnitId, substitutes: { name: Bi; department: UnitId }[]): Explanation {
    return both(
      `${n.position(p, 'en')} is in ${n.unit(department)}; these substitutes sit in another department: ${list(substitutes.map((s) => `${s.name.en} in ${n.unit(s.department)}`), 'en')}.`,
      `Ametikoht ${n.position(p, 'et')} kuulub üksusesse ${n.unit(department)}; need asendajad kuuluvad teise üksusesse: ${list(substitutes.map((s) => `${s.name.et} – ${n.unit(s.department)}`), 'et')}.`,
    );
  },

  qualificationMismatch(n: Namer, p: PositionId, substitutes: { positionId: PositionId; shortfalls: Shortfall[] }[]): Explanation {
    const detail = (shortfall: Shortfall, lang: Lang): string => {
      if (shortfall.kind === 'EDUCATION') {
        return lang === 'en'
          ? `requires ${EDUCATION_EN[shortfall.actual]}, below ${EDUCATION_EN[shortfall.required]}`
          : `haridus: ${EDUCATION_ET[shortfall.actual]}, nõutud ${EDUCATION_ET[shortfall.required]}`;
      }
      if (shortfall.actual === null) {
        return lang === 'en'
          ? `does not require ${shortfall.language}, ${shortfall.required} needed`
          : `${languageEt(shortfall.language)}: ei ole nõutud, nõutud ${shortfall.required}`;
      }
      return lang === 'en'
        ? `requires ${shortfall.language} at ${shortfall.actual}, below ${shortfall.required}`
        : `${languageEt(shortfall.language)}: ${shortfall.actual}, nõutud ${shortfall.required}`;
    };
    const items = (lang: Lang) =>
      list(substitutes.map((s) => `${n.position(s.positionId, lang)} (${s.shortfalls.map((f) => detail(f, lang)).join('; ')})`), lang);
    return both(
      `Substitutes whose own requirements fall short of those of ${n.position(p, 'en')}: ${items('en')}.`,
      `Asendajad, kelle nõuded jäävad alla ametikoha ${n.position(p, 'et')} nõuetele: ${items('et')}.`,
    );
  },

  chainCycle(n: Namer, cycle: PositionId[]): Explanation {
    // A long cycle is shortened in the middle; its length is still said.
    const shown = cycle.length <= LIST_LIMIT ? [...cycle, cycle[0]] : [...cycle.slice(0, LIST_LIMIT - 1), null, cycle[0]];
    const chain = (lang: Lang) => shown.map((id) => (id === null ? '…' : n.position(id, lang))).join(' → ');
    return both(
      `Following each position's first substitute from ${n.position(cycle[0], 'en')} leads back to it after ${cycle.length} steps: ${chain('en')}. Their first substitutes cover only one another.`,
      `Ametikoha ${n.position(cycle[0], 'et')} esimeste asendajate ahel jõuab ${cycle.length} sammuga tagasi selle juurde: ${chain('et')}. Esimesed asendajad asendavad ainult üksteist.`,
    );
  },

  vacantSubstitute(n: Namer, p: PositionId, substitutes: Bi[]): Explanation {
    return both(
      `Substitutes of ${n.position(p, 'en')} that have no holder: ${list(substitutes.map((s) => s.en), 'en')}.`,
      `Ametikoha ${n.position(p, 'et')} asendajaks nimetatud täitmata ametikohad: ${list(substitutes.map((s) => s.et), 'et')}.`,
    );
  },
};

/** A substitute that is unavailable during an absence. */
export interface Unavailable {
  name: Bi;
  /** A group with no present other member, rather than an absent position. */
  group: boolean;
}

export type Escalation = { kind: 'NONE' } | { kind: 'MANAGER'; managerId: PositionId } | { kind: 'MANAGER_AWAY'; managerId: PositionId } | { kind: 'NO_MANAGER' };

function unavailableList(unavailable: Unavailable[], lang: Lang): string {
  const why = (u: Unavailable) =>
    u.group ? (lang === 'en' ? 'no other member present' : 'teisi teenistujaid pole kohal') : lang === 'en' ? 'away' : 'eemal';
  return list(unavailable.map((u) => `${u.name[lang]} (${why(u)})`), lang);
}

export const explainAbsence = {
  absent(n: Namer, p: PositionId, unavailable: Unavailable[], escalation: Escalation): Explanation {
    const [en, et] =
      unavailable.length === 0
        ? [`${n.position(p, 'en')} is away and no one stands in for it.`, `Ametikoha ${n.position(p, 'et')} teenistuja on eemal ja ametikohal ei ole asendajat.`]
        : [
            `${n.position(p, 'en')} is away and none of its substitutes is available: ${unavailableList(unavailable, 'en')}.`,
            `Ametikoha ${n.position(p, 'et')} teenistuja on eemal ja ükski asendaja ei ole kättesaadav: ${unavailableList(unavailable, 'et')}.`,
          ];
    const [enTail, etTail] =
      escalation.kind === 'MANAGER'
        ? [` Its manager, ${n.position(escalation.managerId, 'en')}, takes over.`, ` Tööd jätkab vahetu juht ${n.position(escalation.managerId, 'et')}.`]
        : escalation.kind === 'MANAGER_AWAY'
          ? [` Its manager, ${n.position(escalation.managerId, 'en')}, is away too.`, ` Vahetu juht ${n.position(escalation.managerId, 'et')} on samuti eemal.`]
          : escalation.kind === 'NO_MANAGER'
            ? [' It has no manager to fall back to.', ' Vahetut juhti, kellele töö üle anda, ei ole.']
            : ['', ''];
    return both(en + enTail, et + etTail);
  },

  atRisk(n: Namer, p: PositionId, unavailable: Unavailable[]): Explanation {
    return both(
      `${n.position(p, 'en')} is present, but none of its substitutes is available: ${unavailableList(unavailable, 'en')}. If it were away too, no one could stand in for it.`,
      `Ametikoha ${n.position(p, 'et')} teenistuja on kohal, kuid ükski asendaja ei ole kättesaadav: ${unavailableList(unavailable, 'et')}. Tema eemalolekul ei saaks keegi teda asendada.`,
    );
  },
};
