import { useMemo } from 'react';
import { describeError } from '../../app/errors';
import { DownloadIcon } from '../../app/icons';
import { StatusMessage } from '../../app/StatusMessage';
import { useT } from '../../i18n/I18nProvider';
import { gapEntries, worklistUrl, type GapFilter } from './gap-entries';
import { GapList } from './GapList';
import { useCoverageOverview } from './use-mode-data';

/** Coverage mode's side list: every gap, filters, and the HR worklist (of the unit listed) to download. */
export interface CoveragePanelProps {
  /** The gap list's filters (kept in the URL) and where a change goes. */
  filter: Required<GapFilter>;
  onFilterChange(filter: Required<GapFilter>): void;
  selectedId: string | null;
  onChoose(positionId: string): void;
}

export function CoveragePanel({ filter, onFilterChange, selectedId, onChoose }: CoveragePanelProps) {
  const t = useT();
  const { report, loading, error, refetch } = useCoverageOverview(true);
  const list = useMemo(() => (report ? gapEntries(report) : null), [report]);
  const gapCount = list?.entries.reduce((sum, e) => sum + e.gaps.length, 0) ?? 0;
  const withGaps = list?.entries.filter((e) => e.gaps.length > 0).length ?? 0;

  let body;
  if (error && !list) {
    body = <StatusMessage kind="error" title={describeError(error, t)} action={<button type="button" onClick={() => void refetch()}>{t('error.retry')}</button>} />;
  } else if (!list) {
    body = <StatusMessage kind="loading">{loading ? t('coverage.loading') : null}</StatusMessage>;
  } else {
    body = (
      <>
        <p className="muted small mode-summary">{t('coverage.summary', { positions: withGaps, gaps: gapCount })}</p>
        <GapList entries={list.entries} units={list.units} filter={filter} onFilterChange={onFilterChange} selectedId={selectedId} onChoose={onChoose} />
      </>
    );
  }

  return (
    <aside className="mode-panel coverage-panel" aria-labelledby="coverage-title">
      <header className="mode-panel-header">
        <h2 id="coverage-title">{t('coverage.title')}</h2>
        <a className="download-link" href={worklistUrl(filter.unitId)} download title={t('coverage.csv.hint')}>
          <DownloadIcon /> {filter.unitId ? t('coverage.csv.unit') : t('coverage.csv')}
        </a>
      </header>
      <div className="mode-panel-body">{body}</div>
    </aside>
  );
}
