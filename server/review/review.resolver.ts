import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../request/context.js';
import { rowId } from '../common/node.js';
import { pagedList, boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';
import { RequiresRole } from '../access/auth-checker.js';
import { actorFromAccess } from '../access/audit.service.js';
import { Position } from '../org/position.entity.js';
import { JobDescription } from '../description/job-description.entity.js';
import { ReviewItem } from './review-item.entity.js';
import { FieldCorrection } from './correction.entity.js';
import { ReviewItemConnection, ReviewItemsArgs, SettleReviewItemInput, SettleReviewItemPayload } from './review.types.js';
import { listReviewItems, settleReviewItem } from './review.service.js';

@Resolver(() => ReviewItem)
export class ReviewItemResolver {
  @Query(() => ReviewItemConnection, {
    description: 'The review queue: what deserves a person’s look, most pressing first, filtered and paged, with counts per kind. Viewers may read it; who settled an item is personal data.',
    complexity: pagedList,
  })
  reviewItems(@Args(() => ReviewItemsArgs) { organizationId, filter, first, after }: ReviewItemsArgs, @Ctx() { dataSource }: Context) {
    return listReviewItems(
      dataSource,
      {
        organizationRowId: organizationId ? (rowId(organizationId, 'Organization') ?? -1) : null,
        kind: filter?.kind ?? null,
        unitRowId: filter?.unitId ? (rowId(filter.unitId, 'Unit') ?? -1) : null,
        status: filter?.status ?? null,
      },
      first,
      after ?? null,
    );
  }

  @Mutation(() => SettleReviewItemPayload, {
    description: 'Settles a review item: ACCEPTED (the reading is right; for a stale correction, the correction is kept for the new text), DISMISSED, or OPEN again, with an optional comment. Needs the hr role; recorded in the audit log.',
  })
  @RequiresRole('hr')
  async settleReviewItem(@Arg('input', () => SettleReviewItemInput, { description: 'The item, its new status and a comment.' }) input: SettleReviewItemInput, @Ctx() context: Context): Promise<SettleReviewItemPayload> {
    const outcome = await settleReviewItem(
      context.dataSource,
      { itemRowId: rowId(input.id, 'ReviewItem'), status: input.status, comment: input.comment ?? null },
      actorFromAccess(context.access).actor,
      context.deadline,
    );
    context.auditSummary = outcome.summary;
    return outcome;
  }

  @FieldResolver(() => [Position], { description: `The positions the item is about, first the one to open (the first ${LIST_BOUNDS.relatedPositions}).`, complexity: boundedList(LIST_BOUNDS.relatedPositions) })
  async positions(@Root() item: ReviewItem, @Ctx() { loaders }: Context) {
    const rows = await loaders.position.loadMany(item.positionIds.slice(0, LIST_BOUNDS.relatedPositions));
    return rows.filter((row): row is Position => row instanceof Position);
  }

  @FieldResolver(() => JobDescription, { nullable: true, description: 'The job description whose reading the item is about; null when it is about no one document.' })
  jobDescription(@Root() item: ReviewItem, @Ctx() { loaders }: Context) {
    return item.jobDescriptionId ? loaders.jobDescription.load(item.jobDescriptionId) : null;
  }

  @FieldResolver(() => FieldCorrection, { nullable: true, description: 'The correction of the item’s field of its job description (ACTIVE or STALE), if there is one.' })
  async correction(@Root() item: ReviewItem, @Ctx() { loaders }: Context) {
    if (!item.jobDescriptionId || !item.field) return null;
    const corrections = await loaders.correctionsByJobDescription.load(item.jobDescriptionId);
    return corrections.find((correction) => correction.field === item.field) ?? null;
  }
}
