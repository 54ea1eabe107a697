import type { OrgIndex, OrgData } from './org-data';

/** How deep the chart opens: the departments only (1), with their sub-units (2), or everything. */
export type ExpandLevels = 1 | 2 | 'all';

/** Opening more positions than this at once (beyond those shown) asks first, naming the count. */
export const CONFIRM_ABOVE_POSITIONS = 1000;

/** The units closed when the chart opens `levels` deep. */
export function collapsedForLevels(data: OrgData, index: OrgIndex, levels: ExpandLevels): Set<string> {
  if (levels === 'all') return new Set();
  return new Set(data.units.filter((u) => index.depth(u.id) >= levels).map((u) => u.id));
}

/** The closed units once `unitId` and every unit below it are open. */
export function withSubtreeOpen(collapsed: ReadonlySet<string>, index: OrgIndex, unitId: string): Set<string> {
  const next = new Set(collapsed);
  const seen = new Set<string>();
  const open = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    next.delete(id);
    for (const child of index.childUnits(id)) open(child.id);
  };
  open(unitId);
  return next;
}

/**
 * Positions drawn with these units closed (and the focus, if any): those above every unit and
 * those of each open unit whose units above are open too, as the API counts them, fetched or not.
 */
export function positionsShown(data: OrgData, index: OrgIndex, collapsed: ReadonlySet<string>, focus: string | null): number {
  let count = focus ? 0 : index.positionsIn(null).length;
  const visit = (unitId: string, depth: number) => {
    if (collapsed.has(unitId) || depth > data.units.length) return;
    const unit = index.unit(unitId);
    count += index.isLoaded(unitId) ? index.positionsIn(unitId).length : (unit?.positionCount ?? 0);
    for (const child of index.childUnits(unitId)) visit(child.id, depth + 1);
  };
  if (focus) visit(focus, 0);
  else for (const unit of index.childUnits(null)) visit(unit.id, 0);
  return count;
}
