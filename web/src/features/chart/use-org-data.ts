import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useGraphVersion } from '../../app/graph-changes';
import type { ChartPositionsQuery, TopPositionsQuery, UnitPositionsQuery } from '../../gql/graphql';
import { chartPositionsQuery, chartUnitsQuery, topPositionsQuery, unitPositionsQuery } from './chart.queries';
import { OrgStore } from './org-store';
import type { ChartPosition, ChartUnit, OrgData } from './org-data';
import { COLLAPSE_ABOVE_POSITIONS } from './to-flow';

export type OrgDataState =
  | { status: 'loading'; step: 'units' | 'positions'; loaded: number; total: number | null }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: OrgData; total: number };

/** Opening more units than this at once (Expand all) fetches every position instead. */
const UNITS_AT_ONCE = 8;

/**
 * The organisation the chart draws. Its units come a page of 100 at a time. A small one (up to ~500
 * positions) comes whole, a page of 100 at a time. A large one comes with the positions of its top
 * departments and those above every unit only;
 * `loadUnits` fetches the positions of units as they are opened, one request per unit, and
 * everything when many units open at once. Reports progress, so loading says how far it got.
 * Not cached by Apollo: the chart keeps its own copy, and normalising thousands of positions
 * would only cost time.
 */
export function useOrgData(): OrgDataState & { retry(): void; loadUnits(unitIds: readonly string[]): void; retryUnit(unitId: string): void } {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<OrgDataState>({ status: 'loading', step: 'units', loaded: 0, total: null });
  const store = useRef<OrgStore | null>(null);
  // After a change made here (a correction) the graph is fetched again with the old chart still
  // on screen: no loading state, so the chart keeps its open units and its viewport.
  const version = useGraphVersion();
  const shown = useRef(false);

  const publish = useCallback((current: OrgStore) => {
    if (store.current === current) setState({ status: 'ready', data: current.snapshot(), total: current.total });
  }, []);

  useEffect(() => {
    let cancelled = false;
    const quiet = shown.current;
    if (!quiet) store.current = null;
    const report = (next: OrgDataState) => !cancelled && !(quiet && next.status === 'loading') && setState(next);
    (async () => {
      report({ status: 'loading', step: 'units', loaded: 0, total: null });
      const { units, total } = await allUnits(client);
      const next = new OrgStore(units, total, total > COLLAPSE_ABOVE_POSITIONS);
      if (next.byUnit) {
        // Positions above every unit (no unit of their own) are shown at the top, with the top
        // departments' positions; all are asked for at once.
        const tops = units.filter((unit) => !unit.parent);
        const [above, ...lists] = await Promise.all([topPositions(client), ...tops.map((unit) => unitPositions(client, unit.id))]);
        next.addAll(above, false);
        tops.forEach((unit, i) => next.addUnit(unit.id, lists[i]));
      } else {
        next.addAll(await allPositions(client, (loaded) => report({ status: 'loading', step: 'positions', loaded, total }), () => cancelled));
      }
      if (cancelled) return;
      store.current = next;
      shown.current = true;
      publish(next);
    })().catch((error: unknown) => report({ status: 'error', error }));
    return () => {
      cancelled = true;
    };
  }, [client, attempt, version, publish]);

  const loadUnits = useCallback(
    (unitIds: readonly string[]) => {
      const current = store.current;
      const missing = current ? current.toFetch(unitIds) : [];
      if (!current || !missing.length) return;
      if (missing.length > UNITS_AT_ONCE) {
        current.startAll();
        publish(current);
        allPositions(client, () => {}, () => store.current !== current).then(
          (positions) => {
            current.addAll(positions);
            publish(current);
          },
          () => {
            current.failAll();
            publish(current);
          },
        );
        return;
      }
      current.start(missing);
      publish(current);
      for (const id of missing) {
        unitPositions(client, id).then(
          (positions) => {
            current.addUnit(id, positions);
            publish(current);
          },
          () => {
            current.fail(id);
            publish(current);
          },
        );
      }
    },
    [client, publish],
  );

  const retryUnit = useCallback(
    (unitId: string) => {
      store.current?.forget(unitId);
      loadUnits([unitId]);
    },
    [loadUnits],
  );

  const retry = useCallback(() => {
    shown.current = false;
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry, loadUnits, retryUnit };
}

const PAGE = 100;

/** Every unit, a page at a time, and how many positions there are. */
async function allUnits(client: ApolloClient): Promise<{ units: ChartUnit[]; total: number }> {
  const units: ChartUnit[] = [];
  let total = 0;
  for (let after: string | null = null; ; ) {
    const page = await client.query({ query: chartUnitsQuery, variables: { after }, fetchPolicy: 'no-cache' });
    units.push(...page.data!.units);
    total = page.data!.positions.totalCount;
    if (page.data!.units.length < PAGE) break;
    after = units[units.length - 1].id;
  }
  return { units, total };
}

/** The positions directly in one unit, a page at a time. */
async function unitPositions(client: ApolloClient, id: string): Promise<ChartPosition[]> {
  const positions: ChartPosition[] = [];
  for (let after: string | null = null; ; ) {
    const page: { data?: UnitPositionsQuery } = await client.query({ query: unitPositionsQuery, variables: { id, after }, fetchPolicy: 'no-cache' });
    const list = page.data?.unit?.positions ?? [];
    positions.push(...list);
    if (list.length < PAGE) break;
    after = list[list.length - 1].id;
  }
  return positions;
}

/** The positions in no unit (above every unit), a page at a time. */
async function topPositions(client: ApolloClient): Promise<ChartPosition[]> {
  const positions: ChartPosition[] = [];
  for (let after: string | null = null; ; ) {
    const page: { data?: TopPositionsQuery } = await client.query({ query: topPositionsQuery, variables: { after }, fetchPolicy: 'no-cache' });
    const connection = page.data!.positions;
    positions.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return positions;
}

/** Every position, a page at a time. */
async function allPositions(client: ApolloClient, progress: (loaded: number) => void, stop: () => boolean): Promise<ChartPosition[]> {
  const positions: ChartPosition[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { data?: ChartPositionsQuery } = await client.query({ query: chartPositionsQuery, variables: { after }, fetchPolicy: 'no-cache' });
    const connection = page.data!.positions;
    positions.push(...connection.nodes);
    progress(positions.length);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || stop()) break;
    after = connection.pageInfo.endCursor;
  }
  return positions;
}
