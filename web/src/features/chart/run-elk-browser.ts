import type { ElkNode } from 'elkjs/lib/elk-api';
import type { RunElk } from './layout';

/**
 * ELK in a Web Worker, so laying out a large chart never freezes the page. The worker script
 * is bundled as a file of its own (no CDN). Where workers are unavailable, ELK runs here.
 */
export function elkInBrowser(): RunElk {
  let elk: Promise<{ layout(graph: ElkNode): Promise<ElkNode> }> | null = null;
  const load = async () => {
    if (typeof Worker !== 'undefined') {
      const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
        import('elkjs/lib/elk-api.js'),
        import('elkjs/lib/elk-worker.min.js?url'),
      ]);
      return new ELK({ workerUrl });
    }
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    return new ELK();
  };
  return async (graph) => {
    elk ??= load();
    return (await elk).layout(graph);
  };
}
