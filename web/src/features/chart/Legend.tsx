import { useT } from '../../i18n/I18nProvider';
import { substitutionStyle } from './to-flow';

const line = (stroke: string, dash?: string, width = 2) => (
  <svg width="36" height="10" aria-hidden="true">
    <line x1="2" y1="5" x2="34" y2="5" stroke={stroke} strokeDasharray={dash} strokeWidth={width} />
  </svg>
);

/** What the colours and lines mean. */
export function Legend({ overlay }: { overlay: boolean }) {
  const t = useT();
  const confirmed = substitutionStyle('CONFIRMED');
  const unconfirmed = substitutionStyle('UNCONFIRMED');
  const contradicted = substitutionStyle('CONTRADICTED');
  return (
    <div className="legend" aria-label={t('legend.title')}>
      <div className="legend-row">
        <span className="legend-label">{t('legend.coverage')}:</span>
        <span className="legend-item"><span className="dot coverage-none" />{t('legend.coverage.none')}</span>
        <span className="legend-item"><span className="dot coverage-one" />{t('legend.coverage.one')}</span>
        <span className="legend-item"><span className="dot coverage-many" />{t('legend.coverage.many')}</span>
      </div>
      <div className="legend-row">
        <span className="legend-item">{line('#5b6b7d', undefined, 1.5)}{t('legend.reporting')}</span>
      </div>
      {overlay && (
        <>
          <div className="legend-row">
            <span className="legend-item">{line(confirmed.stroke, confirmed.dash, confirmed.width)}{t('legend.confirmed')}</span>
          </div>
          <div className="legend-row">
            <span className="legend-item">{line(unconfirmed.stroke, unconfirmed.dash, unconfirmed.width)}{t('legend.unconfirmed')}</span>
          </div>
          <div className="legend-row">
            <span className="legend-item">{line(contradicted.stroke, contradicted.dash, contradicted.width)}{t('legend.contradicted')}</span>
          </div>
        </>
      )}
    </div>
  );
}
