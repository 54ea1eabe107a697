import { MODES, type ChartMode } from '../../app/url-state';
import { useT } from '../../i18n/I18nProvider';

/** Structure, coverage, absence or review: what the chart's colours, clicks and side list are for. */
export function ModeSwitch({ mode, onChange }: { mode: ChartMode; onChange(mode: ChartMode): void }) {
  const t = useT();
  return (
    <div className="mode-switch" role="group" aria-label={t('mode.label')}>
      {MODES.map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} title={t(`mode.${m}.hint`)} onClick={() => onChange(m)}>
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
