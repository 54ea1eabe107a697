/**
 * Corrections on a rebuild: each active correction whose field still reads as it did when it was
 * made is applied; one whose document now reads the field differently becomes stale and is not
 * applied (the new reading shows, and the review queue asks HR). A stale one whose document reads
 * as before again is active again.
 */
import type { EntityManager } from 'typeorm';
import type { JobDescription } from '../description/job-description.entity.js';
import type { ParsedDocument } from '../ingest/document.js';
import { FieldCorrection } from './correction.entity.js';
import { applyCorrections, readField, sameValue, type AppliedCorrection } from './field-values.js';

/** Corrected documents by job-description row ID; documents without corrections are left out. */
export async function correctedDocuments(em: EntityManager, organizationId: number, stored: JobDescription[]): Promise<Map<number, ParsedDocument>> {
  const corrections = await em.find(FieldCorrection, { where: { organizationId } });
  const byDocument = new Map<number, AppliedCorrection[]>();
  const documents = new Map(stored.map((d) => [d.rowId, d.document]));
  for (const correction of corrections) {
    const document = documents.get(correction.jobDescriptionId);
    if (!document) continue;
    const reading = readField(document, correction.field);
    const fresh = sameValue(reading, correction.readValue);
    const status = fresh ? 'active' : 'stale';
    const staleReading = fresh ? null : reading;
    if (status !== correction.status || !sameValue(staleReading, correction.staleReading)) {
      await em.update(FieldCorrection, { rowId: correction.rowId }, { status, staleReading });
    }
    if (!fresh) continue;
    const list = byDocument.get(correction.jobDescriptionId) ?? [];
    list.push({ field: correction.field, value: correction.correctedValue });
    byDocument.set(correction.jobDescriptionId, list);
  }
  return new Map([...byDocument].map(([id, list]) => [id, applyCorrections(documents.get(id)!, list)]));
}
