/**
 * Correcting header fields: each change stores or removes one correction and rebuilds the
 * organisation's graph with the corrections applied, in one transaction under the import lock
 * (an import and a correction never rebuild one graph from interleaved reads and writes).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { JobDescription } from '../description/job-description.entity.js';
import { rebuildOrganization } from '../imports/rebuild.js';
import { emptyCounts } from '../imports/sync.js';
import { lockImports } from '../db/locks.js';
import { Deadline } from '../limits/deadline.js';
import { rowId } from '../common/node.js';
import { FieldCorrection, type FieldValue } from './correction.entity.js';
import { checkCorrectedValue, describeValue, isHeaderField, readField, sameValue } from './field-values.js';
import { reopenFieldItems, settleFieldItems } from './review-status.js';

export interface CorrectionProblem {
  message: string;
  /** The document's source name, when known. */
  file: string | null;
  line: null;
}

export interface CorrectFieldRequest {
  /** Global ID of the job description. */
  jobDescriptionId: string;
  field: string;
  value: readonly string[];
  comment?: string | null;
}

export interface CorrectionOutcome {
  ok: boolean;
  correction: FieldCorrection | null;
  jobDescription: JobDescription | null;
  errors: CorrectionProblem[];
  /** What changed, for the audit log (no personal data). */
  summary: string;
}

const problem = (message: string, file: string | null = null): CorrectionProblem => ({ message, file, line: null });

const refused = (summary: string, errors: CorrectionProblem[], jobDescription: JobDescription | null = null): CorrectionOutcome => ({ ok: false, correction: null, jobDescription, errors, summary });

/** `substitutes of "ska-1.txt" (Arendusnõunik)`: names the field and the document, never a person. */
const fieldOf = (field: string, description: JobDescription) => `${field} of "${description.sourceName}" (${description.document.title})`;

const commented = (comment: string | null | undefined) => (comment?.trim() ? ` (comment: "${comment.trim()}")` : '');

async function rebuild(em: EntityManager, organizationId: number, deadline: Deadline): Promise<void> {
  await rebuildOrganization(em, organizationId, { units: emptyCounts(), positions: emptyCounts(), relations: emptyCounts() }, deadline);
}

export async function correctField(dataSource: DataSource, request: CorrectFieldRequest, actor: string, deadline: Deadline = Deadline.none()): Promise<CorrectionOutcome> {
  const { field } = request;
  const comment = request.comment?.trim() || null;
  const documentRowId = rowId(request.jobDescriptionId, 'JobDescription');
  if (!isHeaderField(field)) return refused(`nothing corrected: "${field}" is not a header field`, [problem(`"${field}" is not a header field; correct title, specialization, unitPath, manager, subordinates, substitutedBy or substitutes`)]);
  const checked = checkCorrectedValue(field, request.value);
  return dataSource.transaction(async (em) => {
    await lockImports(em);
    deadline.check();
    const description = documentRowId ? await em.findOne(JobDescription, { where: { rowId: documentRowId } }) : null;
    if (!description) return refused('nothing corrected: no such job description', [problem(`no job description has the ID "${request.jobDescriptionId}"`)]);
    const file = description.sourceName;
    if (!checked.ok) return refused(`nothing corrected: ${checked.problem}`, [problem(`${checked.problem}; nothing was corrected`, file)], description);
    const reading = readField(description.document, field);
    if (sameValue(reading, checked.value)) {
      return refused(`nothing corrected: ${fieldOf(field, description)} already reads so`, [
        problem(`${field} of "${file}" already reads ${describeValue(reading)}; to return to the reading, undo the correction`, file),
      ], description);
    }
    const values = { readValue: reading, correctedValue: checked.value, status: 'active' as const, staleReading: null, author: actor, createdAt: new Date(), comment };
    // One correction per field: correcting again replaces it.
    const existing = await em.findOne(FieldCorrection, { where: { jobDescriptionId: description.rowId, field } });
    if (existing) await em.update(FieldCorrection, { rowId: existing.rowId }, values);
    else await em.insert(FieldCorrection, { ...values, organizationId: description.organizationId, jobDescriptionId: description.rowId, sourceName: file, field });
    await rebuild(em, description.organizationId, deadline);
    // After the rebuild, which may have created the items about this field.
    await settleFieldItems(em, description.rowId, field, actor, comment);
    deadline.check();
    const correction = await em.findOneOrFail(FieldCorrection, { where: { jobDescriptionId: description.rowId, field } });
    return { ok: true, correction, jobDescription: description, errors: [], summary: `corrected ${fieldOf(field, description)}: ${describeValue(reading)} → ${describeValue(checked.value)}${commented(comment)}` };
  });
}

export interface UndoOutcome {
  ok: boolean;
  jobDescription: JobDescription | null;
  errors: CorrectionProblem[];
  summary: string;
}

export async function undoCorrection(dataSource: DataSource, correctionId: string, comment: string | null = null, deadline: Deadline = Deadline.none()): Promise<UndoOutcome> {
  const correctionRowId = rowId(correctionId, 'FieldCorrection');
  return dataSource.transaction(async (em) => {
    await lockImports(em);
    deadline.check();
    const correction = correctionRowId ? await em.findOne(FieldCorrection, { where: { rowId: correctionRowId } }) : null;
    const description = correction ? await em.findOne(JobDescription, { where: { rowId: correction.jobDescriptionId } }) : null;
    if (!correction || !description) return { ok: false, jobDescription: null, errors: [problem(`no correction has the ID "${correctionId}"; it may have been undone already`)], summary: 'nothing undone: no such correction' };
    await em.delete(FieldCorrection, { rowId: correction.rowId });
    await rebuild(em, description.organizationId, deadline);
    await reopenFieldItems(em, description.rowId, correction.field);
    deadline.check();
    const reading = readField(description.document, correction.field);
    return {
      ok: true,
      jobDescription: description,
      errors: [],
      summary: `undid the correction of ${fieldOf(correction.field, description)}: ${describeValue(correction.correctedValue)} → the reading ${describeValue(reading)}${commented(comment)}`,
    };
  });
}

/**
 * Keeps a stale correction for the document's new text: the new reading becomes the value read,
 * so the correction applies again. Call inside a transaction holding the import lock; returns the
 * correction, or null when there is no stale correction with that row ID.
 */
export async function keepStaleCorrection(em: EntityManager, correctionRowId: number, actor: string, deadline: Deadline = Deadline.none()): Promise<FieldCorrection | null> {
  const correction = await em.findOne(FieldCorrection, { where: { rowId: correctionRowId } });
  if (!correction || correction.status !== 'stale') return null;
  // Whoever keeps it for the new text answers for it from now on.
  const values = { readValue: correction.staleReading as FieldValue, status: 'active' as const, staleReading: null, author: actor };
  await em.update(FieldCorrection, { rowId: correction.rowId }, values);
  await rebuild(em, correction.organizationId, deadline);
  return em.findOne(FieldCorrection, { where: { rowId: correction.rowId } });
}
