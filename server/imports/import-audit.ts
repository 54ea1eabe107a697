import type { ImportDocumentsPayload } from './import.types.js';

/** One line for the audit log: what an import stored, by file name (never contents). */
export function importAuditSummary(payload: ImportDocumentsPayload): string {
  const counts = new Map<string, number>();
  for (const file of payload.files) counts.set(file.status, (counts.get(file.status) ?? 0) + 1);
  const byStatus = [...counts].map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ');
  const names = payload.files.map((f) => f.name);
  const shown = names.length > 20 ? [...names.slice(0, 20), `… ${names.length - 20} more`] : names;
  return `${payload.ok ? 'stored' : 'nothing stored'}: ${payload.files.length} file(s)${byStatus ? ` (${byStatus})` : ''}: ${shown.join(', ')}`;
}
