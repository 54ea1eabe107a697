/**
 * Measuring the parser against hand labels (labels.json beside the documents):
 * per-field accuracy of the header and every mismatch.
 */
import type { ParsedDocument } from './document.js';

export const MEASURED_FIELDS = ['title', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;
export type MeasuredField = (typeof MEASURED_FIELDS)[number];

export interface LabelledPosition {
  title: string;
  unitPath: string[];
  manager: string | null;
  subordinates: string[];
  substitutedBy: string[];
  substitutes: string[];
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
  const report: AccuracyReport = { files: labels.length, positions: 0, fields, mismatches: [], failures: [] };
  for (const file of labels) {
    const result = parsed.get(file.file);
    if (result instanceof Error || !result) report.failures.push({ file: file.file, reason: result ? result.message : 'no such file' });
    file.positions.forEach((expected, index) => {
      report.positions++;
      const actual = result instanceof Error || !result ? undefined : result[index];
      for (const field of MEASURED_FIELDS) {
        fields[field].total++;
        const value = actual?.[field];
        if (actual && same(field, expected[field], value)) fields[field].correct++;
        else report.mismatches.push({ file: file.file, position: index, field, expected: expected[field], actual: value ?? null });
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
  if (report.failures.length) lines.push('', 'Unreadable:', ...report.failures.map((f) => `  ${f.file}: ${f.reason}`));
  if (report.mismatches.length) {
    lines.push('', 'Mismatches:');
    for (const m of report.mismatches) lines.push(`  ${m.file}#${m.position + 1} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
  return lines.join('\n');
}
