import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { DownloadIcon } from '../../app/icons';
import type { ChartMode } from '../../app/url-state';
import { useI18n } from '../../i18n/I18nProvider';
import { useChartDirection } from '../chart/chart-actions';
import type { ChartEdge, ChartNode } from '../chart/flow-types';
import { download, EXPORT_FORMATS, type ExportFormat, type ExportSubject } from './export-chart';
import { exportInfoQuery } from './export-info.query';
import { exportInWorker } from './export-in-worker';

const LABEL_KEY = { png: 'toolbar.exportPng', svg: 'toolbar.exportSvg', 'pdf-A4': 'export.pdfA4', 'pdf-A3': 'export.pdfA3' } as const;

/** The chart's nodes as laid out (with the marks of the mode) and its lines. */
export type ExportSource = () => { nodes: readonly ChartNode[]; edges: readonly ChartEdge[] };

/**
 * The toolbar's export: the whole chart as laid out (not only what is on screen) as PNG, SVG or
 * PDF for A4 or A3, with the organisation's name, the date of its data and the mode's legend,
 * made in a Web Worker while the page stays usable.
 */
export function ExportControl({ mode, overlay, source }: { mode: ChartMode; overlay: boolean; source: ExportSource }) {
  const { t, lang } = useI18n();
  const direction = useChartDirection();
  const client = useApolloClient();
  const [working, setWorking] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (format: ExportFormat) => {
      setError(null);
      setWorking(format);
      try {
        const { data } = await client.query({ query: exportInfoQuery, fetchPolicy: 'network-only' });
        const organizations = data?.organizations ?? [];
        const dates = organizations.map((o) => (o.lastImportedAt ? Date.parse(o.lastImportedAt) : NaN)).filter((d) => !Number.isNaN(d));
        const subject: ExportSubject = { organizations: organizations.map((o) => o.name), dataDate: dates.length ? new Date(Math.max(...dates)) : null };
        const { nodes, edges } = source();
        // Managers take over only where the absence mode was asked to escalate.
        const escalate = nodes.some((node) => node.type === 'position' && node.data.absence === 'fallback');
        const file = await exportInWorker(format, { chart: { nodes, edges, direction }, legend: { mode, overlay, escalate }, subject }, lang);
        download(file.blob, file.fileName);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setWorking(null);
      }
    },
    [client, source, direction, mode, overlay, lang],
  );

  return (
    <span className="export-control" role="group" aria-label={t('toolbar.export')} aria-busy={working !== null}>
      <span className="toolbar-label" aria-hidden="true">
        <DownloadIcon /> {t('toolbar.export')}
      </span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          disabled={working !== null}
          title={format === 'png' ? t('export.png.hint') : format === 'svg' ? t('export.svg.hint') : t('export.pdf.hint', { size: format.slice(4) })}
          onClick={() => void run(format)}
        >
          {t(LABEL_KEY[format])}
        </button>
      ))}
      {working && (
        <span className="toolbar-note" role="status">
          <span className="spinner small-spinner" aria-hidden="true" /> {t('export.working', { format: t(LABEL_KEY[working]) })}
        </span>
      )}
      {error && (
        <span className="toolbar-note error" role="alert">
          {t('toolbar.exportFailed', { message: error })}
        </span>
      )}
    </span>
  );
}
