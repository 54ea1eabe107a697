import type {
  CompetencyGroup,
  EducationLevel,
  Line,
  LineRange,
  NamedDescription,
  ParseWarning,
  Requirements,
  SectionResult,
} from '../document.js';
import { isBlank } from '../lines.js';
import { parseCompetencies, parseNamedDescriptions } from './competencies.js';
import { parseLanguages } from './languages.js';
import { notPlaced, paragraph } from './text.js';
import { quote } from '../caps.js';

type RowKind =
  | 'education'
  | 'experience'
  | 'languages'
  | 'computerSkills'
  | 'domainKnowledge'
  | 'competencies'
  | 'additionalCompetencies'
  | 'other';

/** The row labels of the requirements table; any other label-like line is kept as "other". */
const REQUIREMENT_LABELS: [RowKind, RegExp][] = [
  ['education', /^haridus$/iu],
  ['experience', /^töökogemus$/iu],
  ['languages', /^keeleoskus$/iu],
  ['computerSkills', /^arvutikasutamise oskus$/iu],
  ['domainKnowledge', /^valdkonnapõhised teadmised( ja oskused)?$/iu],
  ['competencies', /^tööks vajalikud kompetentsid$/iu],
  ['additionalCompetencies', /^täiendavad kompetentsid([, ].*)?$/iu],
];

/** Lowest level first: the first one the text names is the lowest that satisfies it. */
const EDUCATION_LEVELS: [EducationLevel, RegExp][] = [
  ['BASIC', /põhiharidus/iu],
  ['SECONDARY', /(?<!kutse)keskharidus/iu],
  ['VOCATIONAL', /kutseharidus|kutsekeskharidus|keskeriharidus/iu],
  ['HIGHER', /kõrgharidus|bakalaureus/iu],
  ['MASTER', /magist/iu],
  ['DOCTORATE', /doktor/iu],
];

interface Row {
  kind: RowKind;
  label: Line;
  lines: Line[];
}

export interface RequirementsValue {
  requirements: Requirements;
  competencies: CompetencyGroup[];
  additionalCompetencies: NamedDescription[];
}

export function emptyRequirements(): Requirements {
  return {
    education: null,
    educationLevel: null,
    experience: null,
    languages: [],
    computerSkills: null,
    domainKnowledge: null,
    other: [],
  };
}

export function educationLevel(text: string): EducationLevel | null {
  return EDUCATION_LEVELS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** A known label, alone ("Haridus") or with its value after a colon ("Haridus: Kõrgharidus"). */
function readLabel(line: Line): { kind: RowKind; value: string } | null {
  if (line.bullet) return null;
  const text = line.text.replace(/\s*:$/u, '');
  const colon = text.indexOf(':');
  const head = colon < 0 ? text : text.slice(0, colon).trim();
  const found = REQUIREMENT_LABELS.find(([, pattern]) => pattern.test(head));
  if (!found) return null;
  return { kind: found[0], value: colon < 0 ? '' : text.slice(colon + 1).trim() };
}

/**
 * An unlisted label: a short stand-alone line of words between blank lines, after the previous row
 * has its value. Competency rows are left alone: their groups and items are not labels.
 */
function looksLikeLabel(lines: Line[], index: number, afterBlank: boolean, row: Row | undefined): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  if (line.bullet || !afterBlank || (next && !isBlank(next))) return false;
  if (row && (row.kind === 'competencies' || row.kind === 'additionalCompetencies')) return false;
  if (row && !row.lines.some((l) => !isBlank(l))) return false;
  return line.text.length <= 60 && line.text.split(' ').length <= 6 && /^\p{Lu}[\p{L} ,()-]*:?$/u.test(line.text);
}

function readRows(lines: Line[], warnings: ParseWarning[]): Row[] {
  const rows: Row[] = [];
  let afterBlank = true;
  lines.forEach((line, index) => {
    const row = rows[rows.length - 1];
    const label = readLabel(line);
    if (label) {
      const inline = label.value ? [{ ...line, text: label.value }] : [];
      rows.push({ kind: label.kind, label: line, lines: inline });
    } else if (!isBlank(line) && looksLikeLabel(lines, index, afterBlank, row)) {
      rows.push({ kind: 'other', label: line, lines: [] });
    } else if (row) {
      row.lines.push(line);
    } else if (!isBlank(line)) {
      warnings.push(notPlaced(line, 'could not be placed (before the first requirement)'));
    }
    afterBlank = isBlank(line);
  });
  // A guessed label with nothing under it was a value line after all.
  const kept: Row[] = [];
  for (const row of rows) {
    const empty = !row.lines.some((l) => !isBlank(l));
    const previous = kept[kept.length - 1];
    if (row.kind === 'other' && empty && previous) previous.lines.push(row.label, ...row.lines);
    else kept.push(row);
  }
  return kept;
}

/** Reads the requirements section: label rows, each with a value paragraph or competency lists. */
export function parseRequirements(lines: Line[]): SectionResult<RequirementsValue> {
  const warnings: ParseWarning[] = [];
  const sources: Record<string, LineRange> = {};
  const value: RequirementsValue = { requirements: emptyRequirements(), competencies: [], additionalCompetencies: [] };
  const requirements = value.requirements;
  const seen = new Set<RowKind>();

  for (const row of readRows(lines, warnings)) {
    if (row.kind !== 'other' && seen.has(row.kind)) {
      warnings.push({ line: row.label.number, message: `requirement row repeated, read into the first one: ${quote(row.label.text)}` });
    }
    seen.add(row.kind);
    if (row.kind === 'competencies') {
      append(value.competencies, parseCompetencies(row.lines), sources, warnings);
      continue;
    }
    if (row.kind === 'additionalCompetencies') {
      append(value.additionalCompetencies, parseNamedDescriptions(row.lines), sources, warnings);
      continue;
    }
    const chunk = paragraph(row.lines);
    if (!chunk) {
      warnings.push({ line: row.label.number, message: `requirement without a value: ${quote(row.label.text)}` });
      continue;
    }
    const text = chunk.text;
    switch (row.kind) {
      case 'other':
        sources[`requirements.other[${requirements.other.length}]`] = chunk.range;
        requirements.other.push({ label: row.label.text.replace(/\s*:$/u, ''), text });
        break;
      case 'languages':
        append(requirements.languages, parseLanguages(row.lines), sources, warnings);
        break;
      default: {
        const key = row.kind;
        const previous = requirements[key];
        requirements[key] = previous ? `${previous} ${text}` : text;
        const range = sources[`requirements.${key}`];
        sources[`requirements.${key}`] = range ? { start: range.start, end: chunk.last } : chunk.range;
        if (key === 'education') {
          requirements.educationLevel = educationLevel(requirements.education ?? '');
          if (requirements.educationLevel) sources['requirements.educationLevel'] = sources['requirements.education'];
        }
      }
    }
  }
  return { value, sources, warnings };
}

/** Appends a list (a repeated row goes after the first), shifting the first index in its source keys. */
function append<T>(target: T[], result: SectionResult<T[]>, sources: Record<string, LineRange>, warnings: ParseWarning[]): void {
  const offset = target.length;
  target.push(...result.value);
  for (const [key, range] of Object.entries(result.sources)) {
    sources[key.replace(/\[(\d+)\]/u, (_, i: string) => `[${Number(i) + offset}]`)] = range;
  }
  warnings.push(...result.warnings);
}
