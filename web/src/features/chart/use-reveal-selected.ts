import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { PositionPathQuery } from '../../gql/graphql';
import type { OrgIndex } from './org-data';

/**
 * Opening a position hidden in a collapsed unit, or outside the focused unit, brings it into
 * view — once per opening, so the user can still close its unit or focus elsewhere afterwards.
 * A position not fetched yet (a large organisation) is found by its unit from the path query;
 * opening the units down to it fetches it.
 */
export function useRevealSelected(options: {
  selectedId: string | null;
  index: OrgIndex;
  pathData: PositionPathQuery | undefined;
  focus: string | null;
  onFocusUnit(unitId: string | null): void;
  setCollapsed: Dispatch<SetStateAction<ReadonlySet<string>>>;
}) {
  const { selectedId, index, pathData, focus, onFocusUnit, setCollapsed } = options;
  const revealedFor = useRef<string | null>(null);
  const unitId = unitOfSelected(selectedId, index, pathData);
  useEffect(() => {
    if (!selectedId || revealedFor.current === selectedId || unitId === undefined) return;
    revealedFor.current = selectedId;
    const path = index.unitAncestry(unitId);
    setCollapsed((current) => (path.some((id) => current.has(id)) ? without(current, path) : current));
    if (focus && !path.includes(focus)) onFocusUnit(null);
  }, [selectedId, unitId, index, focus, onFocusUnit, setCollapsed]);
}

/** The open position's unit (null: none); undefined while it is not known yet. */
function unitOfSelected(selectedId: string | null, index: OrgIndex, pathData: PositionPathQuery | undefined): string | null | undefined {
  if (!selectedId) return undefined;
  const known = index.position(selectedId);
  if (known) return known.unit?.id ?? null;
  if (pathData?.position?.id === selectedId) return pathData.position.unit?.id ?? null;
  return undefined;
}

export function without(set: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(set);
  for (const id of ids) next.delete(id);
  return next;
}
