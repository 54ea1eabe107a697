// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routedLayout } from '../../web/src/features/chart/compact-layout';
import { indexOrg, type OrgData } from '../../web/src/features/chart/org-data';
import { closingsToFitReadable, fitZoom, measurable, READABLE_ZOOM } from '../../web/src/features/chart/readable-fit';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { generatedOrg } from './layout-generated-org';
import { position, unit } from './org-fixture';

/** The room a fit has at 1440×900 with the header, the toolbar and a notice line above the chart. */
const AREA = { width: 1392, height: 716 };

/** The zoom a unit fits at with these units closed, from the layout of the unit alone. */
function zoomOf(data: OrgData, collapsed: Iterable<string>, unitId: string): number {
  const { nodes, edges } = toFlow(data, { collapsed: new Set(collapsed), focusUnitId: unitId, overlay: false });
  const root = routedLayout(nodes, edges, { direction: 'TB' }).nodes.find((n) => n.id === unitId)!;
  return fitZoom({ width: root.width!, height: root.height! }, AREA);
}

describe('closingsToFitReadable: a unit fitted to the view shows its cards readable', () => {
  const data = generatedOrg(5_000);
  const index = indexOrg(data);
  const departments = index.childUnits(null);

  it('fits every department of 5,000 positions, every unit open, at a zoom of 0.35 or more once the units it names are closed', () => {
    let closedSome = 0;
    for (const department of departments) {
      const closed = closingsToFitReadable(data, index, new Set(), department.id, AREA, 'TB');
      if (closed.length) closedSome++;
      expect(zoomOf(data, closed, department.id), department.name).toBeGreaterThanOrEqual(READABLE_ZOOM);
    }
    // The largest departments do not fit open; the test would pass without closing anything otherwise.
    expect(closedSome).toBeGreaterThan(5);
  });

  it('closes nothing in a department that fits readable as it is', () => {
    const small = departments.find((d) => zoomOf(data, [], d.id) >= READABLE_ZOOM)!;
    expect(small).toBeDefined();
    expect(closingsToFitReadable(data, index, new Set(), small.id, AREA, 'TB')).toEqual([]);
  });

  it('closes the teams of the largest department and leaves its divisions open, naming only the teams', () => {
    const largest = [...departments].sort((a, b) => index.totalPositions(b.id) - index.totalPositions(a.id))[0];
    expect(index.totalPositions(largest.id)).toBe(615);
    const closed = closingsToFitReadable(data, index, new Set(), largest.id, AREA, 'TB');
    expect(closed.length).toBeGreaterThan(0);
    for (const id of closed) expect(index.depth(id), index.unit(id)!.name).toBe(2);
    // Every team with positions, no more: opening a division shows what it held.
    const teams = index.childUnits(largest.id).flatMap((division) => index.childUnits(division.id));
    expect(new Set(closed)).toEqual(new Set(teams.filter((t) => index.totalPositions(t.id) > 0 || index.childUnits(t.id).length > 0).map((t) => t.id)));
  });

  it('closes the divisions too when closing the teams is not enough, and nothing of a closed unit', () => {
    const largest = [...departments].sort((a, b) => index.totalPositions(b.id) - index.totalPositions(a.id))[0];
    const narrow = { width: 700, height: 400 };
    const closed = closingsToFitReadable(data, index, new Set(), largest.id, narrow, 'TB');
    expect(new Set(closed)).toEqual(new Set(index.childUnits(largest.id).map((d) => d.id)));
    expect(closingsToFitReadable(data, index, new Set([largest.id]), largest.id, narrow, 'TB')).toEqual([]);
  });

  it('cannot measure a unit until the positions of every open unit in it are here', () => {
    const org: OrgData = {
      units: [unit('D', 'Osakond', 'DEPARTMENT', undefined, 2), unit('T', 'Talitus', 'DIVISION', 'D', 1)],
      positions: [position('P1', { unitId: 'D' })],
      loadedUnits: new Set(['D']),
    };
    const orgIndex = indexOrg(org);
    expect(measurable(orgIndex, new Set(), 'D')).toBe(false);
    expect(measurable(orgIndex, new Set(['T']), 'D')).toBe(true);
    expect(measurable(indexOrg({ ...org, loadedUnits: new Set(['D', 'T']) }), new Set(), 'D')).toBe(true);
  });
});

describe('fitZoom', () => {
  it('is the smaller of the two ratios, never above 1', () => {
    expect(fitZoom({ width: 2784, height: 716 }, AREA)).toBe(0.5);
    expect(fitZoom({ width: 1392, height: 2864 }, AREA)).toBe(0.25);
    expect(fitZoom({ width: 100, height: 100 }, AREA)).toBe(1);
  });
});
