// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { layoutChart, layoutOnThisThread } from '../../web/src/features/chart/layout';
import { toFlow } from '../../web/src/features/chart/to-flow';
import type { ChartNode } from '../../web/src/features/chart/flow-types';
import { smallOrg } from './org-fixture';

/** Absolute box of a node: React Flow positions are relative to the parent. */
function box(nodes: ChartNode[], id: string) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const node = byId.get(id)!;
  let x = 0;
  let y = 0;
  for (let n: ChartNode | undefined = node; n; n = n.parentId ? byId.get(n.parentId) : undefined) {
    x += n.position.x;
    y += n.position.y;
  }
  return { x, y, width: node.width!, height: node.height! };
}

describe('layoutChart: (nodes, edges) → positioned nodes', () => {
  it('places managers above their reports and keeps everything inside its unit', async () => {
    const { nodes, edges } = toFlow(smallOrg(), { collapsed: new Set(), overlay: false });
    const { nodes: laidOut } = await layoutChart(nodes, edges, layoutOnThisThread());
    expect(laidOut.map((n) => n.id)).toEqual(nodes.map((n) => n.id));

    for (const [manager, report] of [['director', 'head'], ['head', 'divHead'], ['divHead', 'teamLead'], ['teamLead', 'member']]) {
      const above = box(laidOut, manager);
      expect(above.y + above.height).toBeLessThanOrEqual(box(laidOut, report).y);
    }
    for (const node of laidOut) {
      if (!node.parentId) continue;
      const inner = box(laidOut, node.id);
      const outer = box(laidOut, node.parentId);
      expect(inner.x).toBeGreaterThanOrEqual(outer.x);
      expect(inner.y).toBeGreaterThanOrEqual(outer.y);
      expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
    }
    // Nothing overlaps among siblings.
    const siblings = laidOut.filter((n) => n.parentId === 'T1').map((n) => box(laidOut, n.id));
    expect(siblings[0].y + siblings[0].height <= siblings[1].y || siblings[1].y + siblings[1].height <= siblings[0].y || siblings[0].x + siblings[0].width <= siblings[1].x || siblings[1].x + siblings[1].width <= siblings[0].x).toBe(true);
  });
});
