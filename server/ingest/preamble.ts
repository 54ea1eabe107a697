/**
 * The lines above the header block: approval by directive (KINNITATUD … käskkirjaga nr …)
 * and the employment-contract annex note (Töölepingu nr … juurde kuuluv lisa).
 */
import type { Approval, ContractAnnex, Line, SectionResult } from './document.js';
import { rangeOf } from './lines.js';
import { baseWord } from './estonian/titles.js';
import { MONTHS } from './estonian/lexicon.js';

export interface Preamble {
  approval: Approval | null;
  contractAnnex: ContractAnnex | null;
}

const DATE = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/;
/** A date written with the month in words, the day possibly missing: "12. märtsi 2025", "veebruari 2025". */
const WORD_DATE = new RegExp(`(?:(\\d{1,2})\\.\\s*)?(${MONTHS.join('|')})\\s+(\\d{4})`, 'iu');
const DIRECTIVE_NUMBER = /käskkirja(?:ga)?\s+nr\.?\s*([\p{L}\d./-]*\d[\p{L}\d./-]*)/iu;
const CONTRACT_ANNEX = /Töölepingu(?:\s+nr\.?\s*([\p{L}\d./-]+))?\s+juurde\s+kuuluv\s+lisa/iu;
const STRUCTURAL = /^(KINNITATUD|AMETIJUHEND|(\d+\.\s*)?(ÜLDOSA|ÜLDSÄTTED))$/i;

export function isoDate(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function parsePreamble(lines: Line[]): SectionResult<Preamble> & { placed: Set<number> } {
  const placed = new Set<number>();
  const sources: SectionResult<Preamble>['sources'] = {};
  let approval: Approval | null = null;
  let contractAnnex: ContractAnnex | null = null;

  const approvalStart = lines.findIndex((l) => /^KINNITATUD\b/i.test(l.text));
  if (approvalStart >= 0) {
    const block = lines.slice(approvalStart, approvalStart + 6).filter((l) => l.text);
    const untilNumber = block.findIndex((l) => DIRECTIVE_NUMBER.test(l.text));
    const used = untilNumber >= 0 ? block.slice(0, untilNumber + 1) : block.slice(0, 1);
    const text = used.map((l) => l.text).join(' ');
    const numeric = DATE.exec(text);
    const worded = numeric ? null : WORD_DATE.exec(text);
    const month = worded ? String(MONTHS.indexOf(worded[2].toLocaleLowerCase('et')) + 1) : null;
    const date = numeric ? isoDate(numeric[1], numeric[2], numeric[3]) : worded?.[1] && month ? isoDate(worded[1], month, worded[3]) : null;
    const issuerText = text.replace(/^KINNITATUD\s*/i, '').split(numeric ? DATE : WORD_DATE)[0].trim();
    approval = {
      date,
      number: DIRECTIVE_NUMBER.exec(text)?.[1] ?? null,
      issuer: issuerText ? issuerText.replace(/(\S+)$/, (w) => baseWord(w)) : null,
    };
    used.forEach((l) => placed.add(l.number));
    sources.approval = rangeOf(used);
  }

  for (const line of lines) {
    const annex = CONTRACT_ANNEX.exec(line.text);
    if (annex) {
      contractAnnex = { contractNumber: annex[1] ?? null };
      placed.add(line.number);
      sources.contractAnnex = rangeOf([line]);
    }
    if (STRUCTURAL.test(line.text)) placed.add(line.number);
  }
  return { value: { approval, contractAnnex }, sources, warnings: [], placed };
}
