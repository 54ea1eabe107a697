/// <reference lib="webworker" />
/**
 * Exports off the page's thread: the drawing, the SVG text, the PNG's painting and encoding and
 * the PDF's pages are made here, so that a chart of thousands of positions never freezes the page.
 */
import { format, LANGUAGES, type Language } from '../../i18n/labels';
import type { Translate } from '../../i18n/I18nProvider';
import { exportChart, type ExportFormat, type ExportRequest } from './export-chart';
import { canvasMeasure } from './measure';

export interface ExportJob {
  format: ExportFormat;
  request: ExportRequest;
  lang: Language;
}

export type ExportAnswer = { blob: Blob; fileName: string; error?: undefined } | { error: string };

self.onmessage = async (event: MessageEvent<ExportJob>) => {
  const { format: kind, request, lang } = event.data;
  const t: Translate = (key, params) => format(LANGUAGES[lang][key], params);
  try {
    const file = await exportChart(kind, request, t, lang, canvasMeasure());
    self.postMessage(file satisfies ExportAnswer);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ExportAnswer);
  }
};
