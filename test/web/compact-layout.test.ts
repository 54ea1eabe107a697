// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compactLayout, type ChartDirection } from '../../web/src/features/chart/compact-layout';
import { EMPTY_UNIT_SIZE } from '../../web/src/features/chart/flow-types';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { absoluteBoxes as boxes } from '../../web/src/features/chart/absolute-boxes';
import { generatedOrg } from './layout-generated-org';

type Box = { x: number; y: number; width: number; height: number };

function boundingBox(all: Iterable<Box>): { width: number; height: number } {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of all) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { width: right - left, height: bottom - top };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expanded(size: number, direction: ChartDirection = 'TB') {
  const { nodes, edges } = toFlow(generatedOrg(size), { collapsed: new Set(), overlay: false });
  const laidOut = compactLayout(nodes, edges, { direction });
  return { nodes: laidOut, edges, boxes: boxes(laidOut) };
}

/** The chart's area at 1440×900 below the header. */
const SCREEN = { width: 1440, height: 840 };

describe('compactLayout: the whole organisation as one compact tree', () => {
  for (const size of [2_000, 5_000]) {
    for (const direction of ['TB', 'LR'] as const) {
      it(`keeps ${size.toLocaleString('en')} positions, every unit open (${direction}), within an aspect ratio of 1:3 to 3:1`, () => {
        const { boxes: all } = expanded(size, direction);
        const { width, height } = boundingBox(all.values());
        expect(width / height).toBeGreaterThanOrEqual(1 / 3);
        expect(width / height).toBeLessThanOrEqual(3);
      });
    }
  }

  it('lets no two cards or unit boxes in the same box overlap, and keeps each inside its unit', () => {
    const { nodes, boxes: all } = expanded(2_000);
    const siblings = new Map<string, Box[]>();
    for (const node of nodes) {
      const list = siblings.get(node.parentId ?? '') ?? [];
      list.push(all.get(node.id)!);
      siblings.set(node.parentId ?? '', list);
      if (node.parentId) {
        const inner = all.get(node.id)!;
        const outer = all.get(node.parentId)!;
        expect(inner.x).toBeGreaterThanOrEqual(outer.x);
        expect(inner.y).toBeGreaterThanOrEqual(outer.y);
        expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
        expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
      }
    }
    let pairs = 0;
    for (const list of siblings.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          pairs++;
          expect(overlaps(list[i], list[j])).toBe(false);
        }
      }
    }
    expect(pairs).toBeGreaterThan(5_000);
  });

  it('stacks the reports who manage no one in ⌈√n⌉ columns under their manager', () => {
    const { nodes, edges, boxes: all } = expanded(2_000);
    const managers = new Set(edges.map((e) => e.source));
    const reportsOf = new Map<string, string[]>();
    for (const edge of edges) {
      const node = nodes.find((n) => n.id === edge.target)!;
      const manager = nodes.find((n) => n.id === edge.source)!;
      if (node.type !== 'position' || managers.has(node.id) || node.parentId !== manager.parentId) continue;
      reportsOf.set(edge.source, [...(reportsOf.get(edge.source) ?? []), edge.target]);
    }
    const [managerId, leaves] = [...reportsOf].sort((a, b) => b[1].length - a[1].length)[0];
    expect(leaves.length).toBeGreaterThanOrEqual(9);
    const columns = new Set(leaves.map((id) => all.get(id)!.x));
    expect(columns.size).toBe(Math.ceil(Math.sqrt(leaves.length)));
    const manager = all.get(managerId)!;
    for (const id of leaves) expect(all.get(id)!.y).toBeGreaterThan(manager.y + manager.height);
  });

  it('draws the head on top, the deputies under the head and the departments under the deputies', () => {
    const org = generatedOrg(2_000);
    const { nodes, edges } = toFlow(org, { collapsed: new Set(org.units.filter((u) => u.parent).map((u) => u.id)), overlay: false });
    const all = boxes(compactLayout(nodes, edges, { direction: 'TB' }));
    const head = org.positions.find((p) => !p.manager)!;
    expect(head.title).toBe('Peadirektor');
    const deputies = org.positions.filter((p) => p.manager?.id === head.id && !p.unit);
    expect(deputies.length).toBeGreaterThan(1);
    const headBox = all.get(head.id)!;
    for (const other of all.values()) expect(other.y).toBeGreaterThanOrEqual(headBox.y);
    for (const deputy of deputies) expect(all.get(deputy.id)!.y).toBeGreaterThan(headBox.y + headBox.height);
    for (const department of org.units.filter((u) => !u.parent)) {
      const box = all.get(department.id)!;
      const line = edges.find((e) => e.type === 'reporting' && e.target.startsWith('P') && org.positions.find((p) => p.id === e.target)?.unit?.id === department.id && deputies.some((d) => d.id === e.source));
      expect(line, department.name).toBeDefined();
      expect(box.y).toBeGreaterThan(all.get(line!.source)!.y + all.get(line!.source)!.height);
    }
  });

  for (const size of [2_000, 5_000]) {
    it(`fits each department of up to 60 positions (${size.toLocaleString('en')} in all) on a 1440×900 screen at a zoom of at least 0.35`, () => {
      const org = generatedOrg(size);
      const { boxes: all } = expanded(size);
      const below = (unitId: string): number =>
        org.positions.filter((p) => p.unit?.id === unitId).length + org.units.filter((u) => u.parent?.id === unitId).reduce((sum, u) => sum + below(u.id), 0);
      const departments = org.units.filter((u) => !u.parent && below(u.id) <= 60);
      expect(departments.length).toBeGreaterThanOrEqual(3);
      for (const department of departments) {
        const box = all.get(department.id)!;
        expect(Math.min(SCREEN.width / box.width, SCREEN.height / box.height), department.name).toBeGreaterThanOrEqual(0.35);
      }
    });
  }
});

describe('compactLayout of small cases', () => {
  it('gives an open unit with nothing in it yet (its positions on their way) the size of an empty unit', () => {
    const org = generatedOrg(200);
    const team = org.units.find((u) => !org.units.some((child) => child.parent?.id === u.id))!;
    const fetching = { ...org, positions: org.positions.filter((p) => !p.unit), loadedUnits: new Set<string>(), loadingUnits: new Set([team.id]) };
    const { nodes, edges } = toFlow(fetching, { collapsed: new Set(), focusUnitId: team.id, overlay: false });
    expect(nodes.map((n) => n.id)).toEqual([team.id]);
    const laidOut = compactLayout(nodes, edges, { direction: 'TB' });
    const box = laidOut.find((n) => n.id === team.id)!;
    expect(box.width).toBeGreaterThanOrEqual(EMPTY_UNIT_SIZE.width);
    expect(box.height).toBeGreaterThanOrEqual(EMPTY_UNIT_SIZE.height);
  });
});
