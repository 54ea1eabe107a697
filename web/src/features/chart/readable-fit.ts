import { routedLayout, type ChartDirection } from './compact-layout';
import type { OrgData, OrgIndex } from './org-data';
import { toFlow } from './to-flow';

/** Below this zoom a card's text (11–14 px) is too small to read. */
export const READABLE_ZOOM = 0.35;

/** The room a fitted view has, in screen pixels (the chart's area less the fit's padding). */
export interface FitArea {
  width: number;
  height: number;
}

/** The zoom at which a box fills the area (never above 1, as the chart's fit). */
export function fitZoom(box: { width: number; height: number }, area: FitArea): number {
  if (box.width <= 0 || box.height <= 0) return 1;
  return Math.min(1, area.width / box.width, area.height / box.height);
}

/**
 * The sub-units of `unitId` to close so that the unit, fitted to `area`, shows its cards at a
 * readable zoom: none when it fits as it is; else the open units one level above the deepest
 * open level, then a level higher, until it fits — at most every open unit directly below it.
 * Only the units at the level closed are listed, so that opening one of them again shows what
 * was open inside it. The size of each try is the compact layout of the unit alone (a unit's box
 * depends on nothing outside it), so nothing is drawn to find out.
 */
export function closingsToFitReadable(
  data: OrgData,
  index: OrgIndex,
  collapsed: ReadonlySet<string>,
  unitId: string,
  area: FitArea,
  direction: ChartDirection,
): string[] {
  if (!index.unit(unitId) || collapsed.has(unitId)) return [];
  const openByDepth = openSubUnitsByDepth(index, collapsed, unitId);
  if (!openByDepth.length) return [];
  const zoomWith = (closed: readonly string[]) => {
    const view = { collapsed: new Set([...collapsed, ...closed]), focusUnitId: unitId, overlay: false };
    const { nodes, edges } = toFlow(data, view, index);
    const laidOut = routedLayout(nodes, edges.filter((e) => e.type === 'reporting'), { direction });
    const root = laidOut.nodes.find((n) => n.id === unitId);
    return root ? fitZoom({ width: root.width ?? 0, height: root.height ?? 0 }, area) : 1;
  };
  if (zoomWith([]) >= READABLE_ZOOM) return [];
  // Closing the units at relative depth d hides everything deeper: try the deepest first.
  for (let depth = openByDepth.length - 1; depth > 0; depth--) {
    if (zoomWith(openByDepth[depth]) >= READABLE_ZOOM) return openByDepth[depth];
  }
  return openByDepth[0];
}

/**
 * The open units below `unitId` that hold something (positions or units) to hide, by depth
 * below it (0: directly below), reached through open units only.
 */
function openSubUnitsByDepth(index: OrgIndex, collapsed: ReadonlySet<string>, unitId: string): string[][] {
  const levels: string[][] = [];
  const seen = new Set<string>([unitId]);
  let frontier = [unitId];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const child of index.childUnits(id)) {
        if (seen.has(child.id) || collapsed.has(child.id)) continue;
        seen.add(child.id);
        next.push(child.id);
      }
    }
    const holding = next.filter((id) => index.totalPositions(id) > 0 || index.childUnits(id).length > 0);
    if (holding.length) levels.push(holding);
    frontier = next;
  }
  return levels;
}

/** True when every open unit from `unitId` down has its positions here, so that its size can be measured. */
export function measurable(index: OrgIndex, collapsed: ReadonlySet<string>, unitId: string): boolean {
  const seen = new Set<string>();
  const visit = (id: string): boolean => {
    if (seen.has(id)) return true;
    seen.add(id);
    if (collapsed.has(id)) return true;
    return index.isLoaded(id) && index.childUnits(id).every((child) => visit(child.id));
  };
  return visit(unitId);
}
