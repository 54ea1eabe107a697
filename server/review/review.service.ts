/**
 * The review queue as the API serves it: a page of items under a filter, in the queue's order,
 * with counts per kind; and HR settling one item.
 */
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { PageInfo } from '../common/connection.js';
import { subtreeIds } from '../org/org.service.js';
import { lockImports } from '../db/locks.js';
import { Deadline } from '../limits/deadline.js';
import { ReviewItem, type ReviewKind, type ReviewStatus } from './review-item.entity.js';
import { KIND_ORDER, staleCorrectionId } from './review-order.js';
import { keepStaleCorrection } from './correction.service.js';

export interface ReviewQuery {
  organizationRowId: number | null;
  kind?: ReviewKind | null;
  unitRowId?: number | null;
  status?: ReviewStatus | null;
}

export interface ReviewPage {
  totalCount: number;
  nodes: ReviewItem[];
  edges: { cursor: string; node: ReviewItem }[];
  pageInfo: PageInfo;
  countsByKind: { kind: ReviewKind; count: number }[];
}

/** A cursor holds the item's place in the order as well as its ID, so it stays good when the item is gone. */
export function reviewCursor(item: Pick<ReviewItem, 'sortOrder' | 'rowId'>): string {
  return Buffer.from(`review:${item.sortOrder}:${item.rowId}`).toString('base64url');
}

function fromReviewCursor(cursor: string): { sortOrder: number; rowId: number } | null {
  const match = /^review:(-?\d+):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? { sortOrder: Number(match[1]), rowId: Number(match[2]) } : null;
}

export async function listReviewItems(dataSource: DataSource, query: ReviewQuery, first: number, after: string | null): Promise<ReviewPage> {
  const unitIds = query.unitRowId ? await subtreeIds(dataSource, query.unitRowId) : null;
  const base = (alias: string): SelectQueryBuilder<ReviewItem> => {
    const builder = dataSource.getRepository(ReviewItem).createQueryBuilder(alias);
    if (query.organizationRowId) builder.andWhere(`${alias}.organizationId = :organization`, { organization: query.organizationRowId });
    if (unitIds) builder.andWhere(`${alias}.unitId IN (:...units)`, { units: unitIds.length ? unitIds : [-1] });
    if (query.status) builder.andWhere(`${alias}.status = :status`, { status: query.status });
    return builder;
  };
  // One statement gives both the counts per kind and the total under the kind filter.
  const counted: { kind: ReviewKind; count: number | string }[] = await base('r').select('r.kind', 'kind').addSelect('COUNT(*)', 'count').groupBy('r.kind').getRawMany();
  const counts = new Map(counted.map((c) => [c.kind, Number(c.count)]));
  const countsByKind = KIND_ORDER.filter((kind) => counts.get(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
  const totalCount = query.kind ? (counts.get(query.kind) ?? 0) : countsByKind.reduce((sum, c) => sum + c.count, 0);

  const page = base('r');
  if (query.kind) page.andWhere('r.kind = :kind', { kind: query.kind });
  const place = after ? fromReviewCursor(after) : null;
  if (after && !place) return toReviewPage([], first, totalCount, countsByKind, true);
  if (place) page.andWhere('(r.sortOrder > :sortOrder OR (r.sortOrder = :sortOrder AND r.rowId > :rowId))', place);
  const rows = await page.orderBy('r.sortOrder', 'ASC').addOrderBy('r.rowId', 'ASC').take(first + 1).getMany();
  return toReviewPage(rows, first, totalCount, countsByKind, place !== null);
}

function toReviewPage(rows: ReviewItem[], first: number, totalCount: number, countsByKind: ReviewPage['countsByKind'], hasPrevious: boolean): ReviewPage {
  const nodes = rows.slice(0, first);
  return {
    totalCount,
    nodes,
    edges: nodes.map((node) => ({ cursor: reviewCursor(node), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: nodes.length ? reviewCursor(nodes[0]) : null,
      endCursor: nodes.length ? reviewCursor(nodes[nodes.length - 1]) : null,
    },
    countsByKind,
  };
}

export type SettleStatus = 'open' | 'accepted' | 'dismissed' | 'corrected';

export interface SettleOutcome {
  ok: boolean;
  item: ReviewItem | null;
  errors: { message: string; file: string | null; line: number | null }[];
  /** For the audit log: what was settled, without personal data. */
  summary: string;
}

const problem = (message: string): SettleOutcome => ({ ok: false, item: null, errors: [{ message, file: null, line: null }], summary: `refused: ${message}` });

/**
 * Settles an item as ACCEPTED or DISMISSED, or opens it again, with HR's comment. Accepting a stale
 * correction keeps the correction for the document's new text, which rebuilds the graph; the item
 * then leaves the queue (its correction is no longer stale) and is returned as it was settled.
 */
export async function settleReviewItem(
  dataSource: DataSource,
  request: { itemRowId: number | null; status: SettleStatus; comment: string | null },
  actor: string,
  deadline: Deadline = Deadline.none(),
): Promise<SettleOutcome> {
  if (request.status === 'corrected') return problem('an item becomes CORRECTED by correcting its field (correctField); settle it as ACCEPTED, DISMISSED or OPEN');
  const unknown = problem('there is no review item with this ID; the queue may have changed since it was read');
  if (request.itemRowId === null) return unknown;
  return dataSource.transaction(async (em) => {
    await lockImports(em);
    const item = await em.findOne(ReviewItem, { where: { rowId: request.itemRowId! } });
    if (!item) return unknown;
    const settled = request.status === 'open' ? { status: 'open' as const, settledBy: null, settledAt: null, comment: null } : { status: request.status, settledBy: actor, settledAt: new Date(), comment: request.comment?.trim() || null };
    Object.assign(item, settled);
    await em.update(ReviewItem, { rowId: item.rowId }, settled);
    if (item.kind === 'STALE_CORRECTION' && request.status === 'accepted') await keepStale(em, item, actor, deadline);
    return { ok: true, item, errors: [], summary: `${VERBS[request.status as keyof typeof VERBS]} review item "${summaryStart(item.explanationEn)}"` };
  });
}

async function keepStale(em: EntityManager, item: ReviewItem, actor: string, deadline: Deadline): Promise<void> {
  const correctionId = staleCorrectionId(item.key);
  if (correctionId !== null) await keepStaleCorrection(em, correctionId, actor, deadline);
}

const VERBS: Record<Exclude<SettleStatus, 'corrected'>, string> = { accepted: 'accepted', dismissed: 'dismissed', open: 'reopened' };

/** The start of an explanation, enough to recognise the item in the audit log. */
function summaryStart(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
