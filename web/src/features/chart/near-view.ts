import { useStore, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { NodeBox } from './absolute-boxes';
import type { ChartEdge, ChartNode } from './flow-types';

/** The view is cut into steps of this share of its extent; React Flow gets the nodes this far around it. */
const STEP = 1 / 4;

/**
 * The part of the chart around the view, in the chart's own coordinates: the view and a step of
 * a quarter of it on every side. It changes only when the view crosses a step (or the zoom
 * changes by a fifth), so panning re-renders the chart a few times per screen, not every frame.
 */
export function useNearView(enabled: boolean): NodeBox {
  const store = useStoreApi();
  const cell = useStore((s) => {
    if (!enabled) return '';
    const [tx, ty, zoom] = s.transform;
    const width = s.width / zoom;
    const height = s.height / zoom;
    return `${Math.floor(-tx / zoom / (width * STEP))}|${Math.floor(-ty / zoom / (height * STEP))}|${Math.round(Math.log2(zoom) * 4)}|${s.width}|${s.height}`;
  });
  return useMemo(() => {
    void cell;
    const { transform, width, height } = store.getState();
    const [tx, ty, zoom] = transform;
    const [w, h] = [width / zoom, height / zoom];
    return { x: -tx / zoom - w * STEP, y: -ty / zoom - h * STEP, width: w * (1 + 2 * STEP), height: h * (1 + 2 * STEP) };
  }, [cell, store]);
}

/**
 * The nodes of a large chart React Flow is given: those whose box meets `near`, and every node
 * at the top (the departments and the positions above them, so that fitting and the minimap
 * still see the whole chart). A unit's box holds its children's, so a child met brings its
 * parent. React Flow draws every node it has not measured yet, on screen or not: giving it
 * thousands at once costs seconds.
 */
export function nodesNear(nodes: readonly ChartNode[], edges: readonly ChartEdge[], boxes: ReadonlyMap<string, NodeBox>, near: NodeBox): { nodes: ChartNode[]; edges: ChartEdge[] } {
  const kept = nodes.filter((node) => {
    if (!node.parentId) return true;
    const box = boxes.get(node.id);
    return !!box && meets(box, near);
  });
  const ids = new Set(kept.map((n) => n.id));
  return { nodes: kept, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

function meets(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
