import type { ImportResult } from './import.service.js';
import type { ChangeCounts } from './sync.js';

const counts = (c: ChangeCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed`;

/** A plain-text summary of an import, for the command line. */
export function formatSummary(result: ImportResult): string {
  const lines: string[] = [];
  for (const file of result.files) {
    lines.push(`${file.status.toLowerCase().padEnd(9)} ${file.name}${file.title ? `  (${file.title}, ${file.organization})` : ''}`);
    if (file.error) lines.push(`          error: ${file.error.message}`);
    for (const w of file.warnings) lines.push(`          warning: line ${w.line}: ${w.message}`);
  }
  if (!result.ok) {
    lines.push('', result.files.length ? 'Nothing was imported: fix the files above and try again, or import the rest with --skip-invalid.' : 'No files were given.');
    return lines.join('\n');
  }
  const s = result.summary;
  lines.push(
    '',
    `documents: ${counts(s.documents)}`,
    `units:     ${counts(s.units)}`,
    `positions: ${counts(s.positions)}`,
    `relations: ${counts(s.relations)}`,
    `warnings:  ${s.warnings}`,
  );
  for (const merge of s.merges) lines.push(`merged:    ${merge.reason}`);
  for (const reference of s.crossUnitReferences) lines.push(`resolved:  ${reference.message}`);
  for (const reference of s.ambiguousReferences) lines.push(`warning:   ${reference.message}`);
  return lines.join('\n');
}
