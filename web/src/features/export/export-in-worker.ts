import type { ChartEdge, ChartNode } from '../chart/flow-types';
import type { Language } from '../../i18n/labels';
import type { ExportFormat, ExportRequest } from './export-chart';
import type { ExportAnswer, ExportJob } from './export.worker';

/** What the drawing reads of a node and an edge: only that crosses to the worker. */
const slimNode = ({ id, type, position, width, height, measured, parentId, data }: ChartNode) =>
  ({ id, type, position, width, height, measured, parentId, data }) as ChartNode;
const slimEdge = ({ id, type, source, target, style }: ChartEdge) => ({ id, type, source, target, style }) as ChartEdge;

/** One export in a Web Worker of its own, ended when the file is made. */
export function exportInWorker(format: ExportFormat, request: ExportRequest, lang: Language): Promise<{ blob: Blob; fileName: string }> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  const job: ExportJob = {
    format,
    lang,
    request: { ...request, chart: { ...request.chart, nodes: request.chart.nodes.map(slimNode), edges: request.chart.edges.map(slimEdge) } },
  };
  return new Promise<{ blob: Blob; fileName: string }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportAnswer>) => {
      const answer = event.data;
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer);
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the export worker failed'));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
