import type { ChartNode } from './flow-types';

export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every node's box in the chart's own coordinates. React Flow keeps a child's position relative to
 * its parent; this is the one place that adds the parents up. A node's size is its laid-out size,
 * else its measured size, else `fallback`.
 */
export function absoluteBoxes(nodes: readonly ChartNode[], fallback: { width: number; height: number } = { width: 0, height: 0 }): Map<string, NodeBox> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, NodeBox>();
  const of = (node: ChartNode): NodeBox => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parentId && node.parentId !== node.id ? byId.get(node.parentId) : undefined;
    const origin = parent ? of(parent) : { x: 0, y: 0 };
    const box = {
      x: origin.x + node.position.x,
      y: origin.y + node.position.y,
      width: node.width ?? node.measured?.width ?? fallback.width,
      height: node.height ?? node.measured?.height ?? fallback.height,
    };
    boxes.set(node.id, box);
    return box;
  };
  for (const node of nodes) of(node);
  return boxes;
}
