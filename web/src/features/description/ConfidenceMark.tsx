import './confidence.css';
import { useT } from '../../i18n/I18nProvider';
import { fieldLabel, reasonLabel, type DoubtfulField } from './field-confidence';

/**
 * The mark beside a value the reader was unsure of: a badge and its reasons in words, so that a
 * misread line is checked against the source text before anyone relies on it.
 */
export function ConfidenceMark({ doubt }: { doubt: DoubtfulField | undefined }) {
  const t = useT();
  if (!doubt) return null;
  const reasons = doubt.reasons.map((r) => reasonLabel(r, t)).join('; ');
  return (
    <span className="confidence-mark" role="note" aria-label={t('confidence.mark.label', { field: fieldLabel(doubt.field, t), reasons })}>
      <span className="confidence-badge" aria-hidden="true">
        ⚠ {t('confidence.mark')}
      </span>{' '}
      <span className="confidence-reasons" aria-hidden="true">
        {reasons}
      </span>
    </span>
  );
}
