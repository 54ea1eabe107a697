/**
 * How corrections settle review items: correcting a field settles the open items about that field
 * of that document as `corrected`; undoing the correction opens them again.
 */
import { In, type EntityManager } from 'typeorm';
import { ReviewItem } from './review-item.entity.js';

export async function settleFieldItems(em: EntityManager, jobDescriptionId: number, field: string, settledBy: string, comment: string | null): Promise<void> {
  await em.update(ReviewItem, { jobDescriptionId, field, status: In(['open', 'accepted']) }, { status: 'corrected', settledBy, settledAt: new Date(), comment });
}

export async function reopenFieldItems(em: EntityManager, jobDescriptionId: number, field: string): Promise<void> {
  await em.update(ReviewItem, { jobDescriptionId, field, status: 'corrected' }, { status: 'open', settledBy: null, settledAt: null, comment: null });
}
