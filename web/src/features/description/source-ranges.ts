/** Helpers for the "source" tab: which lines a field came from. */
export interface SourceRange {
  field: string;
  start: number;
  end: number;
}

/** The ranges of a field and of everything inside it ("duties" covers "duties[2].results[0]"). */
export function rangesOf(sources: readonly SourceRange[], field: string): SourceRange[] {
  return sources.filter((s) => s.field === field || s.field.startsWith(`${field}[`) || s.field.startsWith(`${field}.`));
}

/** Line numbers (1-based) covered by the ranges. */
export function linesCovered(ranges: readonly SourceRange[]): Set<number> {
  const lines = new Set<number>();
  for (const range of ranges) for (let line = range.start; line <= range.end; line++) lines.add(line);
  return lines;
}

/** "duties[2].results[0]" → "duties 3 › results 1": numbered from one, as people count. */
export function fieldLabel(field: string): string {
  return field.replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`).replace(/\./g, ' › ');
}
