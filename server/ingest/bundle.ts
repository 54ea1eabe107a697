/**
 * A directive (KÄSKKIRI) approving several job descriptions as annexes (Lisa 1 … Lisa N):
 * the directive's own text, and the lines of each annex.
 */
import type { Approval, Line } from './document.js';
import { isJobDescriptionTitle } from './layouts/heading.js';
import { isoDate } from './preamble.js';

export interface DirectiveFacts {
  approval: Approval;
  /** The signer's name (personal data). */
  signer: string | null;
  /** The annexes the directive lists: "1.1. talituse juhataja (lisa 1)". */
  listed: { annex: number; title: string; line: number }[];
}

export interface Annex {
  /** Annex number when the text gives one ("Lisa 2"), else null. */
  number: number | null;
  lines: Line[];
}

export interface Bundle {
  directive: DirectiveFacts | null;
  /** Lines of the directive itself (before the first annex). */
  directiveLines: Line[];
  annexes: Annex[];
}

const ANNEX_MARK = /(?:^|\s)lisa\s+(\d+)\s*$/iu;
const LISTED = /^\s*(?:\d+(?:\.\d+)*\.?\s*)?(.+?)\s*\(\s*lisa\s+(\d+)\s*\)/iu;
const DIRECTIVE = /^KÄSKKIRI\b|käskkirja\b/u;
const DATE_NUMBER = /(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:\.|a\.)?\s*nr\s+([\p{L}\d./-]+)/iu;

/** Where each annex begins: the lines leading to its "AMETIJUHEND" title (Lisa N, KINNITATUD, heading). */
function annexStarts(lines: Line[]): { start: number; number: number | null }[] {
  const titles = lines.map((l, i) => (isJobDescriptionTitle(l) ? i : -1)).filter((i) => i >= 0);
  const starts: { start: number; number: number | null }[] = [];
  let floor = 0;
  for (const title of titles) {
    let start = title;
    let number: number | null = null;
    // Walk back over the annex's lead-in: heading lines, "Lisa N", "KINNITATUD …", dates.
    for (let i = title - 1; i >= floor && title - i <= 10; i--) {
      const mark = ANNEX_MARK.exec(lines[i].text);
      if (mark) {
        number = Number(mark[1]);
        start = i;
        // The approval note of the annex ("KINNITATUD … käskkirjaga nr 183 Lisa 1") may start above.
        for (let j = i - 1; j >= floor && i - j <= 3; j--) if (/KINNITATUD/i.test(lines[j].text)) start = j;
        break;
      }
    }
    starts.push({ start, number });
    floor = title + 1;
  }
  return starts;
}

export function splitBundle(lines: Line[]): Bundle {
  const starts = annexStarts(lines);
  if (starts.length === 0) return { directive: null, directiveLines: [], annexes: [{ number: null, lines }] };
  const directiveLines = lines.slice(0, starts[0].start);
  // The directive's date and number may stand in the first annex's lead-in ("lisa 1 / 11.12.2025 nr …").
  const firstTitle = lines.findIndex(isJobDescriptionTitle);
  const directive = directiveLines.some((l) => DIRECTIVE.test(l.text)) ? readDirective(lines.slice(0, firstTitle)) : null;
  // Without a directive, everything before the first annex belongs to it (approval notes, headings).
  const annexes = starts.map((s, i) => ({
    number: s.number,
    lines: lines.slice(directive ? s.start : i === 0 ? 0 : s.start, starts[i + 1]?.start ?? lines.length),
  }));
  return { directive, directiveLines: directive ? directiveLines : [], annexes };
}

function readDirective(lines: Line[]): DirectiveFacts {
  const text = lines.map((l) => l.text).join('\n');
  const dated = DATE_NUMBER.exec(text);
  // "1.1. teenuseomanik (lastemaja) (lisa 1); 1.2. peaspetsialist (lastemaja) (lisa 2)."
  const listed = lines.flatMap((line) =>
    line.text.split(/;|:\s/).flatMap((part) => {
      const m = LISTED.exec(part);
      return m ? [{ annex: Number(m[2]), title: m[1].trim(), line: line.number }] : [];
    }),
  );
  const signed = lines.findIndex((l) => /allkirjastatud digitaalselt/i.test(l.text));
  const after = signed >= 0 ? lines.slice(signed + 1).filter((l) => l.text) : [];
  const inline = signed >= 0 ? /allkirjastatud digitaalselt\)?\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+)\s+(.*)$/u.exec(lines[signed].text) : null;
  const signer = inline?.[1] ?? after[0]?.text ?? null;
  const role = inline?.[2]?.trim() || after[1]?.text || null;
  return {
    approval: {
      date: dated ? isoDate(dated[1], dated[2], dated[3]) : null,
      number: dated?.[4] ?? null,
      issuer: role,
    },
    signer,
    listed,
  };
}
