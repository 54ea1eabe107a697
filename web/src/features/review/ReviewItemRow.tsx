import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import type { ReviewItemViewFragment, ReviewStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldLabel } from '../description/field-confidence';
import { explanationOf } from './review-kinds';
import { settleReviewItemMutation } from './review.queries';
import { useGraphRefresh } from './use-graph-refresh';

export interface ReviewItemRowProps {
  item: ReviewItemViewFragment;
  selected: boolean;
  canSettle: boolean;
  onChoose(item: ReviewItemViewFragment, edit: boolean): void;
}

/**
 * One item: its kind, position, explanation, field and lines, and how it was settled. The chosen
 * item shows hr its actions: accept the reading (for a stale correction: keep the correction),
 * correct the field in the panel, dismiss, or reopen a settled one; each with an optional comment.
 */
export function ReviewItemRow({ item, selected, canSettle, onChoose }: ReviewItemRowProps) {
  const { t, lang } = useI18n();
  const position = item.positions[0];
  const title = position?.title ?? t('review.noPosition');
  const explanation = explanationOf(item, lang);
  return (
    <li className={`review-item${selected ? ' is-selected' : ''}`}>
      <button type="button" className="gap-item-button review-item-button" onClick={() => onChoose(item, false)} aria-current={selected || undefined} disabled={!position}>
        <span className="review-item-head">
          <span className={`review-kind kind-${item.kind.toLowerCase()}`}>{t(`review.kind.${item.kind}`)}</span>
          {item.status !== 'OPEN' && <span className={`review-status status-${item.status.toLowerCase()}`}>{t(`review.status.${item.status}`)}</span>}
        </span>
        <span className="gap-item-title">{title}</span>
        {position?.unit && <span className="gap-item-unit">{position.unit.name}</span>}
        <span className="gap-explanation review-explanation" title={explanation}>
          {explanation}
        </span>
        {(item.field || item.lines) && (
          <span className="review-where small muted">
            {item.field && t('review.field', { field: fieldLabel(item.field, t) })}
            {item.field && item.lines && ' · '}
            {item.lines && (item.lines.start === item.lines.end ? t('review.line', { line: item.lines.start }) : t('review.lines', { start: item.lines.start, end: item.lines.end }))}
          </span>
        )}
        {item.settledAt && <Settled item={item} />}
      </button>
      {selected && canSettle && <ReviewActions item={item} title={title} onCorrect={() => onChoose(item, true)} />}
    </li>
  );
}

function Settled({ item }: { item: ReviewItemViewFragment }) {
  const { t, lang } = useI18n();
  const when = new Date(item.settledAt!).toLocaleString(lang === 'et' ? 'et-EE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  const status = t(`review.status.${item.status}`);
  return (
    <span className="review-settled small muted">
      {item.settledBy ? t('review.settled', { status, who: item.settledBy, when }) : t('review.settled.anonymous', { status, when })}
      {item.comment && <span className="review-comment"> — {item.comment}</span>}
    </span>
  );
}

function ReviewActions({ item, title, onCorrect }: { item: ReviewItemViewFragment; title: string; onCorrect(): void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [settle, { loading }] = useMutation(settleReviewItemMutation);
  const refresh = useGraphRefresh();

  const run = async (status: ReviewStatus) => {
    setProblems([]);
    try {
      const { data } = await settle({ variables: { input: { id: item.id, status, comment: comment.trim() || null } } });
      const payload = data?.settleReviewItem;
      if (!payload?.ok) return setProblems(payload?.errors.map((e) => e.message) ?? []);
      setComment('');
      // Keeping a stale correction rebuilds the graph; any settling changes the list and its counts.
      await refresh();
    } catch (error) {
      setProblems([describeError(error, t)]);
    }
  };

  const open = item.status === 'OPEN';
  return (
    <div className="review-actions" role="group" aria-label={t('review.actions', { title })}>
      <input type="text" value={comment} onChange={(e) => setComment(e.target.value)} aria-label={t('review.comment')} placeholder={t('review.comment')} />
      <div className="review-action-buttons">
        {open ? (
          <>
            <button type="button" onClick={() => void run('ACCEPTED')} disabled={loading}>
              {item.kind === 'STALE_CORRECTION' ? t('review.accept.stale') : t('review.accept')}
            </button>
            {item.field && item.jobDescription && (
              <button type="button" onClick={onCorrect} disabled={loading}>
                {t('review.correct')}
              </button>
            )}
            <button type="button" onClick={() => void run('DISMISSED')} disabled={loading}>
              {t('review.dismiss')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void run('OPEN')} disabled={loading}>
            {t('review.reopen')}
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="field-editor-errors" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
