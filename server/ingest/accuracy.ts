/**
 * Measuring the parser against hand labels (labels.json beside the documents):
 * per-field accuracy of the header and every mismatch.
 */
import type { ParsedDocument } from './document.js';
import { parseDocuments } from './parse.js';
import { FAMILIES, renderHeaderVariant, variantSeed, type Family, type HeaderVariant } from '../generate/header-variants/index.js';
import { countField, emptyCalibration, formatCalibration, type Calibration } from './calibration.js';

export const MEASURED_FIELDS = ['title', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;
export type MeasuredField = (typeof MEASURED_FIELDS)[number];

export interface LabelledPosition {
  title: string;
  unitPath: string[];
  manager: string | null;
  subordinates: string[];
  substitutedBy: string[];
  substitutes: string[];
  /** Fields the text never reaches (it ends inside the header before them): not counted. */
  uncounted?: MeasuredField[];
}

export interface LabelledFile {
  file: string;
  positions: LabelledPosition[];
}

export interface Mismatch {
  file: string;
  position: number;
  field: MeasuredField;
  expected: unknown;
  actual: unknown;
}

export interface AccuracyReport {
  files: number;
  positions: number;
  fields: Record<MeasuredField, { correct: number; total: number }>;
  mismatches: Mismatch[];
  /** Files that could not be parsed at all, with the reason. */
  failures: { file: string; reason: string }[];
  /** How well each field's confidence told right from wrong (documents that could not be read are left out). */
  calibration: Calibration;
}

const fold = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('et');

/** Lists are compared as sets of case-folded titles; single values case-folded. */
function same(field: MeasuredField, expected: unknown, actual: unknown): boolean {
  if (field === 'unitPath') return JSON.stringify((expected as string[]).map(fold)) === JSON.stringify(((actual as string[]) ?? []).map(fold));
  if (Array.isArray(expected)) {
    const a = [...expected].map(fold).sort();
    const b = [...((actual as string[]) ?? [])].map(fold).sort();
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return fold(expected as string) === fold(actual as string);
}

export function measure(labels: LabelledFile[], parsed: Map<string, ParsedDocument[] | Error>): AccuracyReport {
  const fields = Object.fromEntries(MEASURED_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as AccuracyReport['fields'];
  const report: AccuracyReport = { files: labels.length, positions: 0, fields, mismatches: [], failures: [], calibration: emptyCalibration() };
  for (const file of labels) {
    const result = parsed.get(file.file);
    if (result instanceof Error || !result) report.failures.push({ file: file.file, reason: result ? result.message : 'no such file' });
    file.positions.forEach((expected, index) => {
      report.positions++;
      const actual = result instanceof Error || !result ? undefined : result[index];
      for (const field of MEASURED_FIELDS) {
        if (expected.uncounted?.includes(field)) continue;
        fields[field].total++;
        const value = actual?.[field];
        const right = Boolean(actual && same(field, expected[field], value));
        if (right) fields[field].correct++;
        else report.mismatches.push({ file: file.file, position: index, field, expected: expected[field], actual: value ?? null });
        if (actual) countField(report.calibration, actual.fieldConfidence?.[field]?.level, right);
      }
    });
  }
  return report;
}

export function formatAccuracy(report: AccuracyReport): string {
  const lines = [`${report.files} files, ${report.positions} positions`, ''];
  for (const field of MEASURED_FIELDS) {
    const { correct, total } = report.fields[field];
    lines.push(`${field.padEnd(14)} ${((100 * correct) / Math.max(total, 1)).toFixed(1).padStart(5)}%  (${correct}/${total})`);
  }
  const all = MEASURED_FIELDS.reduce((n, f) => n + report.fields[f].correct, 0);
  const total = MEASURED_FIELDS.reduce((n, f) => n + report.fields[f].total, 0);
  lines.push(`${'all fields'.padEnd(14)} ${((100 * all) / Math.max(total, 1)).toFixed(1).padStart(5)}%  (${all}/${total})`);
  lines.push('', ...formatCalibration(report.calibration));
  if (report.failures.length) lines.push('', 'Unreadable:', ...report.failures.map((f) => `  ${f.file}: ${f.reason}`));
  if (report.mismatches.length) {
    lines.push('', 'Mismatches:');
    for (const m of report.mismatches) lines.push(`  ${m.file}#${m.position + 1} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
  return lines.join('\n');
}

/** A rendered run: the report of `measure`, per family, and each variant's text by its name. */
export interface RenderedReport extends AccuracyReport {
  families: Record<Family, { correct: number; total: number; variants: number }>;
  texts: Map<string, string>;
}

/** A variant's name in mismatches: its family, arrangement and the seed that renders it again. */
const variantName = (v: HeaderVariant) => `${v.family}/${v.arrangement} seed ${v.seed}`;

function parseVariant(variant: HeaderVariant): ParsedDocument[] | Error {
  try {
    return parseDocuments(`${variant.seed}.txt`, variant.text);
  } catch (error) {
    return error as Error;
  }
}

const asLabels = (variant: HeaderVariant): LabelledFile => ({ file: variantName(variant), positions: [variant.expected] });

/** Parses n rendered headers of a run (seed) and measures every counted field against its rendered answer. */
export function measureRendered(n: number, seed: number): RenderedReport {
  const variants = Array.from({ length: n }, (_, i) => renderHeaderVariant(variantSeed(seed, i)));
  const parsed = new Map(variants.map((v) => [variantName(v), parseVariant(v)] as const));
  const report = measure(variants.map(asLabels), parsed);
  const families = Object.fromEntries(
    FAMILIES.map((family) => {
      const own = variants.filter((v) => v.family === family);
      const fields = Object.values(measure(own.map(asLabels), parsed).fields);
      return [family, { correct: fields.reduce((s, f) => s + f.correct, 0), total: fields.reduce((s, f) => s + f.total, 0), variants: own.length }];
    }),
  ) as RenderedReport['families'];
  return { ...report, families, texts: new Map(variants.map((v) => [variantName(v), v.text])) };
}

/** The report per field and per family, then the first misses with the text they were read from. */
export function formatRendered(report: RenderedReport, shown = 50): string {
  const lines = [formatAccuracy({ ...report, mismatches: [] }), '', 'Per family:'];
  for (const [family, { correct, total, variants }] of Object.entries(report.families)) {
    lines.push(`  ${family.padEnd(14)} ${((100 * correct) / Math.max(total, 1)).toFixed(1).padStart(5)}%  (${correct}/${total} fields, ${variants} headers)`);
  }
  const misses = report.mismatches.slice(0, shown);
  if (misses.length) lines.push('', `Misses (${misses.length} of ${report.mismatches.length}):`);
  for (const m of misses) {
    lines.push('', `${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
    lines.push(...(report.texts.get(m.file) ?? '').split(/\r?\n/).map((line) => `    | ${line}`));
  }
  return lines.join('\n');
}
