/// <reference lib="webworker" />
import { layoutSlim, type LayoutEdge, type LayoutNode } from './layout';
import type { LayoutOptions } from './compact-layout';

/** Lays out the chart off the page's thread: slim nodes in, positions out. */
self.onmessage = (event: MessageEvent<{ id: number; nodes: LayoutNode[]; edges: LayoutEdge[]; options: LayoutOptions }>) => {
  const { id, nodes, edges, options } = event.data;
  try {
    self.postMessage({ id, result: layoutSlim(nodes, edges, options) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
