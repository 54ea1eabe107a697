import type { ChartMode } from '../../app/url-state';
import { useT } from '../../i18n/I18nProvider';
import { GAP_TONES, kindsOfTone, TONE_COLOR } from '../coverage/gap-severity';
import { substitutionStyle } from './to-flow';

const line = (stroke: string, dash?: string, width = 2) => (
  <svg width="36" height="10" aria-hidden="true">
    <line x1="2" y1="5" x2="34" y2="5" stroke={stroke} strokeDasharray={dash} strokeWidth={width} />
  </svg>
);

const ABSENCE_MARKS = ['away', 'uncovered', 'fallback', 'at-risk', 'untouched'] as const;

/** What the colours and lines mean, for the current mode. */
export function Legend({ overlay, mode, escalate }: { overlay: boolean; mode: ChartMode; escalate: boolean }) {
  const t = useT();
  const confirmed = substitutionStyle('CONFIRMED');
  const unconfirmed = substitutionStyle('UNCONFIRMED');
  const contradicted = substitutionStyle('CONTRADICTED');
  return (
    <div className={`legend legend-${mode}`} aria-label={t('legend.title')}>
      {mode === 'coverage' && (
        // Long (twelve kinds): it folds away, so that it does not cover the chart for good.
        <details className="legend-column" open>
          <summary className="legend-label">{t('legend.gaps')}</summary>
          <div className="legend-tones">
            {/* Most severe first, as the side list is sorted. */}
            {[...GAP_TONES].reverse().map((tone) => (
              <span key={tone} className="legend-item">
                <span className="swatch" style={{ background: TONE_COLOR[tone] }} />
                {tone === 'ok' ? t('legend.tone.ok') : kindsOfTone(tone).map((kind) => t(`gap.kind.${kind}`)).join(', ')}
              </span>
            ))}
          </div>
        </details>
      )}
      {mode === 'absence' && (
        <div className="legend-column">
          <span className="legend-label">{t('legend.absence')}:</span>
          {ABSENCE_MARKS.filter((mark) => mark !== 'fallback' || escalate).map((mark) => (
            <span key={mark} className="legend-item">
              <span className={`swatch absence-swatch absence-${mark}`} />
              {t(`legend.absence.${mark}`)}
            </span>
          ))}
        </div>
      )}
      {(mode === 'structure' || mode === 'review') && (
        <div className="legend-row">
          <span className="legend-label">{t('legend.coverage')}:</span>
          <span className="legend-item"><span className="dot coverage-none" />{t('legend.coverage.noneDocumented')}</span>
          <span className="legend-item"><span className="dot coverage-one" />{t('legend.coverage.one')}</span>
          <span className="legend-item"><span className="dot coverage-many" />{t('legend.coverage.many')}</span>
        </div>
      )}
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
