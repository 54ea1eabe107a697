import './review.css';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { describeError } from '../../app/errors';
import { StatusMessage } from '../../app/StatusMessage';
import type { ReviewStatusFilter } from '../../app/url-state';
import type { ReviewItemViewFragment, ReviewKind } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { asReviewKind, kindOptions } from './review-kinds';
import { reviewItemsQuery } from './review.queries';
import { ReviewItemRow } from './ReviewItemRow';
import { useCanCorrect } from './use-access';

const STATUSES: readonly ReviewStatusFilter[] = ['OPEN', 'ACCEPTED', 'CORRECTED', 'DISMISSED'];

export interface ReviewPanelProps {
  /** The chart's focused unit: the list holds its items and those of the units below it. */
  focusUnitId: string | null;
  kind: string | null;
  status: ReviewStatusFilter;
  onFilterChange(filter: { kind: ReviewKind | null; status: ReviewStatusFilter }): void;
  selectedItemId: string | null;
  /** Opens the item's first position at its field; `edit` opens the field's editor as well. */
  onChoose(item: ReviewItemViewFragment, edit: boolean): void;
}

/**
 * Review mode's side list: what deserves a person's look, by kind and status, with the counts of
 * every kind; a page of 50 at a time. hr may accept, correct or dismiss each item.
 */
export function ReviewPanel({ focusUnitId, kind: kindParam, status, onFilterChange, selectedItemId, onChoose }: ReviewPanelProps) {
  const t = useT();
  const ids = useId();
  const kind = asReviewKind(kindParam);
  const canSettle = useCanCorrect();
  const filter = { kind, status, unitId: focusUnitId };
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(reviewItemsQuery, { variables: { filter }, notifyOnNetworkStatusChange: true });
  const page = (data ?? previousData)?.reviewItems;
  const options = kindOptions(page?.countsByKind ?? [], kind);
  const all = page?.countsByKind.reduce((sum, c) => sum + c.count, 0) ?? 0;

  const more = () =>
    void fetchMore({
      variables: { filter, after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        reviewItems: { ...fetchMoreResult.reviewItems, nodes: [...previous.reviewItems.nodes, ...fetchMoreResult.reviewItems.nodes] },
      }),
    });

  let body;
  if (error && !page) {
    body = <StatusMessage kind="error" title={describeError(error, t)} action={<button type="button" onClick={() => void refetch()}>{t('error.retry')}</button>} />;
  } else if (!page) {
    body = <StatusMessage kind="loading">{loading ? t('review.loading') : null}</StatusMessage>;
  } else if (page.nodes.length === 0) {
    body = <p className="muted gap-list-empty">{t('review.none')}</p>;
  } else {
    body = (
      <>
        <ul className="review-items" aria-label={t('review.list')}>
          {page.nodes.map((item) => (
            <ReviewItemRow key={item.id} item={item} selected={item.id === selectedItemId} canSettle={canSettle} onChoose={onChoose} />
          ))}
        </ul>
        {page.pageInfo.hasNextPage && (
          <button type="button" className="more-button" onClick={more} disabled={loading}>
            {t('review.more', { count: page.totalCount - page.nodes.length })}
          </button>
        )}
      </>
    );
  }

  return (
    <aside className="mode-panel review-panel" aria-labelledby="review-title">
      <header className="mode-panel-header">
        <h2 id="review-title">{t('review.title')}</h2>
      </header>
      <div className="mode-panel-body">
        <div className="gap-filters review-filters">
          <label htmlFor={`${ids}-kind`}>{t('review.filter.kind')}</label>
          <select id={`${ids}-kind`} value={kind ?? ''} onChange={(e) => onFilterChange({ kind: asReviewKind(e.target.value || null), status })}>
            <option value="">{t('review.filter.allKinds', { count: all })}</option>
            {options.map((option) => (
              <option key={option.kind} value={option.kind}>
                {t(`review.kind.${option.kind}`)} ({option.count})
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-status`}>{t('review.filter.status')}</label>
          <select id={`${ids}-status`} value={status} onChange={(e) => onFilterChange({ kind, status: e.target.value as ReviewStatusFilter })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`review.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {page && (
          <p className="muted small mode-summary" aria-live="polite">
            {focusUnitId ? t('review.summary.unit', { count: page.totalCount }) : t('review.summary', { count: page.totalCount })}
          </p>
        )}
        {body}
      </div>
    </aside>
  );
}
