/**
 * One export from start to end: the laid-out chart → shapes → the heading and legend around
 * them → SVG, PNG or PDF, with a file name that says whose chart it is and of when.
 */
import type { Language } from '../../i18n/labels';
import type { Translate } from '../../i18n/I18nProvider';
import { chartShapes, type LaidOutChart } from './chart-shapes';
import { composeDrawing, type Heading } from './compose';
import type { Measure } from './drawing';
import { legendGroups, type LegendOptions } from './legend';
import { planPdf, renderPdf, type PaperSize } from './pdf';
import { renderPng } from './png';
import { toSvg } from './svg';

export type ExportFormat = 'png' | 'svg' | 'pdf-A4' | 'pdf-A3';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf-A4', 'pdf-A3'];

export interface ExportSubject {
  /** Names of the organisations the chart shows. */
  organizations: readonly string[];
  /** When their documents were last imported; null when unknown. */
  dataDate: Date | null;
}

export interface ExportRequest {
  chart: LaidOutChart;
  legend: LegendOptions;
  subject: ExportSubject;
}

export function headingOf(subject: ExportSubject, legend: LegendOptions, t: Translate, lang: Language): Heading {
  const title = subject.organizations.length ? subject.organizations.join(' · ') : t('export.untitled');
  const date = subject.dataDate
    ? t('export.dataDate', { date: new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { dateStyle: 'long' }).format(subject.dataDate) })
    : t('export.noDate');
  return { title, subtitle: `${date} · ${t('export.mode', { mode: t(`mode.${legend.mode}`) })}` };
}

/** E.g. "sotsiaalkindlustusamet-2026-12-04.pdf". */
export function fileNameOf(subject: ExportSubject, format: ExportFormat): string {
  const name = (subject.organizations[0] ?? 'orgraph')
    .toLocaleLowerCase('et')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  const date = subject.dataDate ? `-${subject.dataDate.toISOString().slice(0, 10)}` : '';
  const extension = format === 'png' || format === 'svg' ? format : 'pdf';
  const paper = format.startsWith('pdf-') ? `-${format.slice(4)}` : '';
  return `${name || 'orgraph'}${date}${paper}.${extension}`;
}

export async function exportChart(format: ExportFormat, request: ExportRequest, t: Translate, lang: Language, measure: Measure): Promise<{ blob: Blob; fileName: string }> {
  const chart = chartShapes(request.chart, t, measure);
  const heading = headingOf(request.subject, request.legend, t, lang);
  const legend = legendGroups(request.legend, t);
  const fileName = fileNameOf(request.subject, format);
  if (format === 'svg' || format === 'png') {
    const drawing = composeDrawing(chart, heading, legend, measure);
    const blob = format === 'svg' ? new Blob([toSvg(drawing, heading.title)], { type: 'image/svg+xml' }) : await renderPng(drawing);
    return { blob, fileName };
  }
  const paper = format.slice(4) as PaperSize;
  const label = (page: number, pages: number, row: number, column: number, rows: number, columns: number) =>
    `${t('export.page', { page, pages })}` + (rows * columns > 1 ? ` · ${t('export.place', { row, column })} (${rows} × ${columns})` : '');
  const plan = planPdf(chart, heading, legend, paper, label, measure);
  return { blob: await renderPdf(plan, heading.title), fileName };
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has begun the download by now; the object URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
