import type { ChartMode } from '../../app/url-state';
import { useId, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { ChartDirection } from './compact-layout';
import type { ExpandLevels } from './expand';
import { ExportControl, type ExportSource } from '../export/ExportControl';
import { ModeSwitch } from './ModeSwitch';

export interface ChartToolbarProps {
  mode: ChartMode;
  onModeChange(mode: ChartMode): void;
  overlay: boolean;
  onOverlayChange(on: boolean): void;
  onExpandLevels(levels: ExpandLevels): void;
  direction: ChartDirection;
  onDirectionChange(direction: ChartDirection): void;
  /**
   * Beside a panel (`menu`): the levels, the direction and export fold into a menu, so that the
   * toolbar keeps to one line; beside a panel and a list (`tight`) the overlay switch too.
   */
  compact: false | 'menu' | 'tight';
  /** A large opening waiting to be confirmed: how many positions it would show (formatted). */
  confirm: { count: string; onConfirm(): void; onCancel(): void } | null;
  /** A word on what the chart is doing or has done (loading, units it kept closed), with an action. */
  notice: { text: string; action?: { label: string; onClick(): void } } | null;
  focusName: string | null;
  onClearFocus(): void;
  /** The chart as laid out, for the export. */
  exportSource: ExportSource;
}

const LEVELS: ExpandLevels[] = [1, 2, 'all'];
const DIRECTIONS: ChartDirection[] = ['TB', 'LR'];

/** Above the chart: the mode, the substitution overlay switch, levels to open, direction, focus, export. */
export function ChartToolbar(props: ChartToolbarProps) {
  const t = useT();
  const optionsId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const folded = !!props.compact && !menuOpen;
  const overlaySwitch = (
    <label className="toggle" title={t('toolbar.overlay.hint')}>
      <input type="checkbox" checked={props.overlay} onChange={(event) => props.onOverlayChange(event.target.checked)} />
      <span>{t('toolbar.overlay')}</span>
    </label>
  );
  const overlayOutside = props.compact !== 'tight';
  return (
    <div className={props.compact ? 'chart-toolbar compact' : 'chart-toolbar'} role="toolbar" aria-label="orgraph">
      <ModeSwitch mode={props.mode} onChange={props.onModeChange} />
      <span className="toolbar-separator" aria-hidden="true" />
      {overlayOutside && props.compact && overlaySwitch}
      {props.compact && (
        <button type="button" className="toolbar-menu-button" aria-expanded={menuOpen} aria-controls={optionsId} onClick={() => setMenuOpen(!menuOpen)}>
          {t('toolbar.more')} {menuOpen ? '▴' : '▾'}
        </button>
      )}
      <div id={optionsId} className="toolbar-options" hidden={folded}>
      {!(overlayOutside && props.compact) && (
        <>
          {overlaySwitch}
          <span className="toolbar-separator" aria-hidden="true" />
        </>
      )}
      <span className="toolbar-label" id="expand-levels-label">
        {t('toolbar.expandLevels')}
      </span>
      <span className="toolbar-group" role="group" aria-labelledby="expand-levels-label">
        {LEVELS.map((levels) => (
          <button
            key={levels}
            type="button"
            title={t(`toolbar.expandLevel.${levels}.hint`)}
            aria-label={levels === 'all' ? t('toolbar.expandAll') : `${t('toolbar.expandLevels')}: ${levels}`}
            onClick={() => props.onExpandLevels(levels)}
          >
            {t(`toolbar.expandLevel.${levels}`)}
          </button>
        ))}
      </span>
      <span className="toolbar-group" role="group" aria-label={t('toolbar.direction')}>
        {DIRECTIONS.map((direction) => (
          <button
            key={direction}
            type="button"
            className="direction-button"
            aria-pressed={props.direction === direction}
            title={t(`toolbar.direction.${direction}`)}
            onClick={() => props.onDirectionChange(direction)}
          >
            {direction === 'TB' ? '↓' : '→'}
            <span className="visually-hidden">{t(`toolbar.direction.${direction}`)}</span>
          </button>
        ))}
      </span>
      <span className="toolbar-separator" aria-hidden="true" />
      <ExportControl mode={props.mode} overlay={props.overlay} source={props.exportSource} />
      </div>
      {props.confirm && (
        <div className="toolbar-confirm" role="alertdialog" aria-label={t('toolbar.confirm.ok', { count: props.confirm.count })}>
          <span>{t('toolbar.confirm.text', { count: props.confirm.count })}</span>
          <button type="button" className="primary" onClick={props.confirm.onConfirm}>
            {t('toolbar.confirm.ok', { count: props.confirm.count })}
          </button>
          <button type="button" onClick={props.confirm.onCancel}>
            {t('toolbar.confirm.cancel')}
          </button>
        </div>
      )}
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
      {props.notice && (
        <div className="toolbar-notice" role="status">
          <span>{props.notice.text}</span>
          {props.notice.action && (
            <button type="button" onClick={props.notice.action.onClick}>
              {props.notice.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
