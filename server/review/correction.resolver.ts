import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../request/context.js';
import { RequiresRole } from '../access/auth-checker.js';
import { actorFromAccess } from '../access/audit.service.js';
import { JobDescription } from '../description/job-description.entity.js';
import { HEADER_FIELDS } from '../ingest/document.js';
import { Position } from '../org/position.entity.js';
import { boundedList } from '../limits/cost.js';
import { FieldCorrection } from './correction.entity.js';
import { correctField, undoCorrection } from './correction.service.js';
import { CorrectFieldInput, CorrectFieldPayload, HeaderFieldReading, headerReadings, UndoCorrectionInput, UndoCorrectionPayload } from './correction.types.js';

const FIELDS = `(the first ${HEADER_FIELDS.length})`;

/** A document's corrections in HEADER_FIELDS order. */
const inFieldOrder = (corrections: FieldCorrection[]) => [...corrections].sort((a, b) => HEADER_FIELDS.indexOf(a.field) - HEADER_FIELDS.indexOf(b.field));

@Resolver(() => FieldCorrection)
export class CorrectionResolver {
  @FieldResolver(() => JobDescription, { description: 'The job description whose field was corrected.' })
  async jobDescription(@Root() correction: FieldCorrection, @Ctx() { loaders }: Context) {
    return loaders.jobDescription.load(correction.jobDescriptionId);
  }

  @Mutation(() => CorrectFieldPayload, {
    description:
      'Corrects one header field of a job description. The correction is stored beside the document (correcting the field again replaces it), the graph and its coverage are rebuilt with it, and the review items about the field are settled as CORRECTED. It survives re-imports while the field reads as when corrected, and turns STALE when the new text reads differently. Needs the hr role; recorded in the audit log.',
  })
  @RequiresRole('hr')
  async correctField(@Arg('input', () => CorrectFieldInput, { description: 'The document, the field and its new value.' }) input: CorrectFieldInput, @Ctx() context: Context): Promise<CorrectFieldPayload> {
    const outcome = await correctField(context.dataSource, input, actorFromAccess(context.access).actor, context.deadline);
    context.auditSummary = outcome.summary;
    return outcome;
  }

  @Mutation(() => UndoCorrectionPayload, {
    description: 'Removes a correction: the field returns to the reading, the graph is rebuilt and the review items it settled are open again. Needs the hr role; recorded in the audit log.',
  })
  @RequiresRole('hr')
  async undoCorrection(@Arg('input', () => UndoCorrectionInput, { description: 'The correction to undo.' }) input: UndoCorrectionInput, @Ctx() context: Context): Promise<UndoCorrectionPayload> {
    const outcome = await undoCorrection(context.dataSource, input.id, input.comment ?? null, context.deadline);
    context.auditSummary = outcome.summary;
    return outcome;
  }
}

@Resolver(() => JobDescription)
export class JobDescriptionCorrectionsResolver {
  @FieldResolver(() => [HeaderFieldReading], {
    description: `Every header field (title, specialization, unitPath, manager, subordinates, substitutedBy, substitutes), in that order: the value in effect, the reading, and its correction if any ${FIELDS}.`,
    complexity: boundedList(HEADER_FIELDS.length),
  })
  async headerFields(@Root() description: JobDescription, @Ctx() { loaders }: Context) {
    return headerReadings(description, await loaders.correctionsByJobDescription.load(description.rowId));
  }

  @FieldResolver(() => [FieldCorrection], { description: `HR's corrections of this document's header fields, ACTIVE and STALE, in header-field order ${FIELDS}.`, complexity: boundedList(HEADER_FIELDS.length) })
  async corrections(@Root() description: JobDescription, @Ctx() { loaders }: Context) {
    return inFieldOrder(await loaders.correctionsByJobDescription.load(description.rowId));
  }
}

@Resolver(() => Position)
export class PositionCorrectionsResolver {
  @FieldResolver(() => [String], { description: `Header fields of the position's job description with an ACTIVE correction, in header-field order; empty for undocumented positions ${FIELDS}.`, complexity: boundedList(HEADER_FIELDS.length) })
  async correctedFields(@Root() position: Position, @Ctx() { loaders }: Context) {
    if (!position.jobDescriptionId) return [];
    const corrections = await loaders.correctionsByJobDescription.load(position.jobDescriptionId);
    return inFieldOrder(corrections.filter((c) => c.status === 'active')).map((c) => c.field);
  }
}
