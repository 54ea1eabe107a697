/**
 * The audit log: every mutation, upload and token change, with who made it and when.
 * Denied attempts are not recorded (they change nothing, and would let anyone fill the log).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { LessThan } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';
import { actorOf, type Access } from './access.js';
import type { Role } from './roles.js';
import { fromCursor, toPage, type Page } from '../common/connection.js';
import { RoleName } from './roles.js';

export interface Actor {
  actor: string;
  role: Role;
}

export const actorFromAccess = (access: Access): Actor => ({ actor: actorOf(access), role: access.role });

/** Longest summary kept; longer ones are cut with "…". */
const MAX_SUMMARY = 2000;

export async function recordAudit(db: DataSource | EntityManager, who: Actor, operation: string, summary: string, ok: boolean): Promise<void> {
  const text = summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary;
  await db.getRepository(AuditEntry).insert({ at: new Date(), actor: who.actor, role: who.role as RoleName, operation, summary: text, ok });
}

/** Newest first. */
export async function listAudit(dataSource: DataSource, first: number, after: string | null): Promise<Page<AuditEntry>> {
  const repository = dataSource.getRepository(AuditEntry);
  const afterId = after ? fromCursor(after) : null;
  const [rows, totalCount] = await Promise.all([
    repository.find({ where: afterId ? { rowId: LessThan(afterId) } : {}, order: { rowId: 'DESC' }, take: first + 1 }),
    repository.count(),
  ]);
  return toPage(rows, first, totalCount, afterId !== null);
}
