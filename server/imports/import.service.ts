/**
 * Importing job descriptions: parse every file first (pure), then write the whole batch in
 * one transaction. A batch with any unreadable file writes nothing.
 */
import { createHash } from 'node:crypto';
import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { Unit } from '../org/unit.entity.js';
import { Position } from '../org/position.entity.js';
import { SubstitutionLine } from '../substitution/substitution-line.entity.js';
import { readBatch, type FileOutcome, type FileReader, type ImportFile, type ReadFile } from './read-batch.js';
import { Deadline } from '../limits/deadline.js';
import { JobDescription } from '../description/job-description.entity.js';
import { Organization } from '../org/organization.entity.js';
import type { UnitMerge } from '../org/unit-merge.js';
import type { AmbiguousReference, CrossUnitReference } from '../org/reference-notes.js';
import { emptyCounts, type ChangeCounts } from './sync.js';
import { rebuildOrganization } from './rebuild.js';
import { lockImports } from '../db/locks.js';

export type { FileOutcome, FileStatus, ImportFile } from './read-batch.js';

export interface ImportSummary {
  documents: ChangeCounts;
  units: ChangeCounts;
  positions: ChangeCounts;
  relations: ChangeCounts;
  warnings: number;
  merges: UnitMerge[];
  crossUnitReferences: CrossUnitReference[];
  ambiguousReferences: AmbiguousReference[];
}

export interface ImportResult {
  ok: boolean;
  files: FileOutcome[];
  summary: ImportSummary;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface ImportOptions {
  /** Organisation for documents whose text names none. */
  organization?: string | null;
  /** Import the readable files and list the others, instead of importing nothing. */
  skipInvalid?: boolean;
  /**
   * When the request's work is abandoned: reading stops, and the transaction checks it between its
   * heavy steps and before it commits, so an import answered with a timeout writes nothing.
   */
  deadline?: Deadline;
  /** How each file is read: on this thread (default), or on a parse worker (readInPool) for requests. */
  readFile?: FileReader;
}

export async function importDocuments(dataSource: DataSource, files: ImportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const summary: ImportSummary = {
    documents: emptyCounts(),
    units: emptyCounts(),
    positions: emptyCounts(),
    relations: emptyCounts(),
    warnings: 0,
    merges: [],
    crossUnitReferences: [],
    ambiguousReferences: [],
  };
  const deadline = options.deadline ?? Deadline.none();
  const { read, outcomes } = await readBatch(files, options.organization?.trim() || null, options.readFile, deadline);
  summary.warnings = outcomes.reduce((n, o) => n + o.warnings.length, 0);
  if (files.length === 0) {
    return { ok: false, files: [], summary };
  }
  if (outcomes.some((o) => o.status === 'FAILED')) {
    if (!options.skipInvalid || read.length === 0) return { ok: false, files: outcomes, summary };
    for (const outcome of outcomes) if (outcome.status === 'FAILED') outcome.status = 'SKIPPED';
  }

  deadline.check();
  await dataSource.transaction(async (em) => {
    await lockImports(em);
    // Another import may have held the lock until now.
    deadline.check();
    const outcomeByName = new Map(outcomes.map((o) => [o.name, o]));
    const byOrganization = new Map<string, ReadFile[]>();
    for (const file of read) {
      const batch = byOrganization.get(file.parsed.organization!);
      if (batch) batch.push(file);
      else byOrganization.set(file.parsed.organization!, [file]);
    }
    for (const [name, batch] of byOrganization) {
      const organization = await findOrCreateOrganization(em, name);
      const changed = await storeDocuments(em, organization.rowId, batch, outcomeByName, summary.documents);
      if (!changed) {
        await countUnchanged(em, organization.rowId, summary);
        continue;
      }
      const graph = await rebuildOrganization(em, organization.rowId, summary, deadline);
      summary.merges.push(...graph.merges);
      summary.crossUnitReferences.push(...graph.crossUnitReferences);
      summary.ambiguousReferences.push(...graph.ambiguousReferences);
    }
    // Throwing here rolls the whole import back: nothing is written after the answer has gone.
    deadline.check();
  });
  return { ok: true, files: outcomes, summary };
}

/** An import that changed no document leaves the whole graph as it was. */
async function countUnchanged(em: EntityManager, organizationId: number, summary: ImportSummary): Promise<void> {
  const where = { organizationId };
  summary.units.unchanged += await em.count(Unit, { where });
  summary.positions.unchanged += await em.count(Position, { where });
  summary.relations.unchanged += (await em.count(SubstitutionLine, { where })) + (await em.count(Position, { where: { organizationId, managerId: Not(IsNull()) } }));
}

async function findOrCreateOrganization(em: EntityManager, name: string): Promise<Organization> {
  const existing = await em.findOne(Organization, { where: { name } });
  if (existing) return existing;
  return em.save(em.create(Organization, { name }));
}

/** Rows per INSERT: far below either database's limit on bound values, whole texts included. */
const INSERT_CHUNK = 100;

/** Inserts new documents and replaces changed ones; returns whether anything changed. */
async function storeDocuments(em: EntityManager, organizationId: number, batch: ReadFile[], outcomes: Map<string, FileOutcome>, counts: ChangeCounts): Promise<boolean> {
  const stored = await em.find(JobDescription, { select: { rowId: true, sourceName: true, contentHash: true }, where: { organizationId } });
  const existingByName = new Map(stored.map((d) => [d.sourceName, d]));
  // By name: a batch that holds one name twice stores the later text, as two imports would.
  const inserts = new Map<string, Partial<JobDescription>>();
  let changed = false;
  for (const file of batch) {
    const outcome = outcomes.get(file.name)!;
    const hash = contentHash(file.text);
    const existing = existingByName.get(file.name);
    if (existing?.contentHash === hash && !inserts.has(file.name)) {
      counts.unchanged++;
      continue;
    }
    const values = {
      organizationId,
      sourceName: file.name,
      contentHash: hash,
      layout: file.parsed.layout,
      sourceText: file.text,
      document: file.parsed,
      importedAt: new Date(),
    };
    if (existing) {
      await em.update(JobDescription, { rowId: existing.rowId }, values);
      counts.updated++;
      outcome.status = 'UPDATED';
    } else if (inserts.has(file.name)) {
      inserts.set(file.name, values);
      counts.updated++;
      outcome.status = 'UPDATED';
    } else {
      inserts.set(file.name, values);
      counts.created++;
      outcome.status = 'CREATED';
    }
    changed = true;
  }
  const rows = [...inserts.values()];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await em.insert(JobDescription, rows.slice(i, i + INSERT_CHUNK) as never);
  return changed;
}
