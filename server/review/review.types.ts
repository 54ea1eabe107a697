/**
 * The review queue's GraphQL shapes: the list's filter and arguments, its connection with counts per
 * kind, and settling an item.
 */
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Connection } from '../common/connection.js';
import { boundedList, PAGE_RANGE } from '../limits/cost.js';
import { LIMITS } from '../limits/limits.js';
import { UserError } from '../imports/import.types.js';
import { REVIEW_KINDS, ReviewItem } from './review-item.entity.js';
import { ReviewKindName, ReviewStatusName } from './review-enums.js';

/** Longest comment HR may give when settling an item. */
export const MAX_COMMENT = 2000;

@InputType({ description: 'Narrows the review queue. All given conditions must hold.' })
export class ReviewItemFilter {
  @Field(() => ReviewKindName, { nullable: true, description: 'Only items of this kind.' })
  @IsOptional()
  kind?: ReviewKindName | null;

  @Field(() => ID, { nullable: true, description: 'Only items about positions in this unit and the units below it.' })
  @IsOptional()
  @MaxLength(LIMITS.cursorLength)
  unitId?: string | null;

  @Field(() => ReviewStatusName, { nullable: true, description: 'Only items with this status.' })
  @IsOptional()
  status?: ReviewStatusName | null;
}

@ArgsType()
export class ReviewItemsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this organisation’s items; all organisations’ when omitted.' })
  @IsOptional()
  @MaxLength(LIMITS.cursorLength)
  organizationId?: string | null;

  @Field(() => ReviewItemFilter, { nullable: true, description: 'Conditions the items must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: ReviewItemFilter | null;

  @Field(() => Int, { defaultValue: 50, description: `How many items to return (${PAGE_RANGE}).` })
  first: number;

  @Field(() => String, { nullable: true, description: `Return the items after this cursor (an \`endCursor\` or edge \`cursor\`; at most ${LIMITS.cursorLength} characters).` })
  @IsOptional()
  after?: string | null;
}

@ObjectType({ description: 'How many items of one kind the review queue holds under a filter.' })
export class ReviewKindCount {
  @Field(() => ReviewKindName, { description: 'The kind.' })
  kind: ReviewKindName;

  @Field(() => Int, { description: 'How many items of the kind match the filter’s unit and status.' })
  count: number;
}

@ObjectType({ description: 'A page of the review queue, most pressing first (stale corrections, reporting conflicts, contradicted lines, ambiguous and cross-unit references, low confidence, typo merges, medium confidence, warnings; then by document and field).' })
export class ReviewItemConnection extends Connection(ReviewItem, 'ReviewItem', 'review items') {
  @Field(() => [ReviewKindCount], {
    description: `Items per kind under the filter’s unit and status, whatever its kind, in the order of the queue; kinds without items are left out (at most ${REVIEW_KINDS.length}, one per kind).`,
    complexity: boundedList(REVIEW_KINDS.length),
  })
  countsByKind: ReviewKindCount[];
}

@InputType({ description: 'How HR settles one review item.' })
export class SettleReviewItemInput {
  @Field(() => ID, { description: 'ID of the review item.' })
  @MaxLength(LIMITS.cursorLength)
  id: string;

  @Field(() => ReviewStatusName, { description: 'ACCEPTED (keep the reading; for a stale correction, keep the correction for the new text), DISMISSED, or OPEN to reopen it. CORRECTED is set by `correctField`, not here.' })
  @IsIn(Object.values(ReviewStatusName))
  status: ReviewStatusName;

  @Field(() => String, { nullable: true, description: `Why, in HR’s words (at most ${MAX_COMMENT} characters).` })
  @IsOptional()
  @MaxLength(MAX_COMMENT)
  comment?: string | null;
}

@ObjectType({ description: 'The result of settling a review item.' })
export class SettleReviewItemPayload {
  @Field(() => Boolean, { description: 'True when the item was settled.' })
  ok: boolean;

  @Field(() => ReviewItem, { nullable: true, description: 'The item as it now stands; null when nothing was settled.' })
  item: ReviewItem | null;

  @Field(() => [UserError], { description: 'What prevented settling it (an unknown item, CORRECTED asked for); empty on success.' })
  errors: UserError[];
}
