import type { HeaderFieldViewFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldLabel } from './field-confidence';
import { showValue } from './header-fields';

/**
 * The mark on a corrected field (the original reading in its tooltip; for hr also who and when),
 * or on a stale correction (the document changed since: old reading, new reading, correction).
 */
export function CorrectionMark({ entry }: { entry: HeaderFieldViewFragment }) {
  const { t, lang } = useI18n();
  const correction = entry.correction;
  if (!correction) return null;
  const name = fieldLabel(entry.field, t);
  const empty = t('fields.empty');
  const when = new Date(correction.createdAt).toLocaleString(lang === 'et' ? 'et-EE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  const who = correction.author ? t('fields.corrected.by', { author: correction.author, when }) : t('fields.corrected.when', { when });
  const comment = correction.comment ? ` — ${correction.comment}` : '';
  if (correction.status === 'STALE') {
    const label = t('fields.stale.label', {
      field: name,
      reading: showValue(correction.readValue, empty),
      now: showValue(correction.staleReading ?? entry.readValue, empty),
      correction: showValue(correction.correctedValue, empty),
    });
    return (
      <span className="correction-mark is-stale" role="note" aria-label={label} title={`${label}\n${who}${comment}`}>
        <span aria-hidden="true">⟳ {t('fields.stale')}</span>
      </span>
    );
  }
  if (!entry.corrected) return null;
  const label = t('fields.corrected.label', { field: name, reading: showValue(entry.readValue, empty) });
  return (
    <span className="correction-mark" role="note" aria-label={label} title={`${label}\n${who}${comment}`}>
      <span aria-hidden="true">✎ {t('fields.corrected')}</span>
    </span>
  );
}
