import { DownloadIcon } from '../../app/icons';
import type { ChartMode } from '../../app/url-state';
import { useT } from '../../i18n/I18nProvider';
import type { ImageFormat } from './export-image';
import { ModeSwitch } from './ModeSwitch';

export interface ChartToolbarProps {
  mode: ChartMode;
  onModeChange(mode: ChartMode): void;
  overlay: boolean;
  onOverlayChange(on: boolean): void;
  onExpandAll(): void;
  onCollapseAll(): void;
  focusName: string | null;
  onClearFocus(): void;
  onExport(format: ImageFormat): void;
  exporting: boolean;
  exportError: string | null;
}

/** Above the chart: the mode, the substitution overlay switch, open/close all, focus, export. */
export function ChartToolbar(props: ChartToolbarProps) {
  const t = useT();
  return (
    <div className="chart-toolbar" role="toolbar" aria-label="orgraph">
      <ModeSwitch mode={props.mode} onChange={props.onModeChange} />
      <span className="toolbar-separator" aria-hidden="true" />
      <label className="toggle" title={t('toolbar.overlay.hint')}>
        <input
          type="checkbox"
          checked={props.overlay}
          onChange={(event) => props.onOverlayChange(event.target.checked)}
        />
        <span>{t('toolbar.overlay')}</span>
      </label>
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" onClick={props.onExpandAll}>
        {t('toolbar.expandAll')}
      </button>
      <button type="button" onClick={props.onCollapseAll}>
        {t('toolbar.collapseAll')}
      </button>
      {props.focusName && (
        <>
          <span className="toolbar-separator" aria-hidden="true" />
          <span className="focus-chip" title={props.focusName}>
            {t('toolbar.focus.current', { name: props.focusName })}
          </span>
          <button type="button" onClick={props.onClearFocus}>
            {t('toolbar.focus.clear')}
          </button>
        </>
      )}
      <span className="toolbar-separator" aria-hidden="true" />
      <span className="toolbar-label">
        <DownloadIcon /> {t('toolbar.export')}
      </span>
      <button type="button" disabled={props.exporting} onClick={() => props.onExport('png')}>
        {t('toolbar.exportPng')}
      </button>
      <button type="button" disabled={props.exporting} onClick={() => props.onExport('svg')}>
        {t('toolbar.exportSvg')}
      </button>
      {props.exporting && <span className="toolbar-note">{t('toolbar.exporting')}</span>}
      {props.exportError && (
        <span className="toolbar-note error" role="alert">
          {t('toolbar.exportFailed', { message: props.exportError })}
        </span>
      )}
    </div>
  );
}
