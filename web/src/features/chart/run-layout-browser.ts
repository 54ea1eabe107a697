import { applyLayout, layoutOnThisThread, slimEdges, slimNodes, type RunLayout, type SlimLayout } from './layout';

/**
 * The layout in a Web Worker, so that laying out a large chart never freezes the page; only what
 * the layout reads crosses to the worker. Where workers are unavailable, it runs here.
 */
export function layoutInBrowser(): RunLayout {
  if (typeof Worker === 'undefined') return layoutOnThisThread();
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve(result: SlimLayout): void; reject(error: Error): void }>();
  const start = () => {
    const created = new Worker(new URL('./compact-layout.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<{ id: number; result?: SlimLayout; error?: string }>) => {
      const { id, result, error } = event.data;
      const request = waiting.get(id);
      waiting.delete(id);
      if (result) request?.resolve(result);
      else request?.reject(new Error(error ?? 'layout failed'));
    };
    created.onerror = (event) => {
      for (const request of waiting.values()) request.reject(new Error(event.message || 'layout worker failed'));
      waiting.clear();
    };
    return created;
  };
  return async (nodes, edges, options) => {
    worker ??= start();
    const id = nextId++;
    const result = await new Promise<SlimLayout>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker!.postMessage({ id, nodes: slimNodes(nodes), edges: slimEdges(edges), options });
    });
    return { nodes: applyLayout(nodes, result.positions), routes: result.routes };
  };
}
