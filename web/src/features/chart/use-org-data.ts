import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChartPositionsQuery } from '../../gql/graphql';
import { chartPositionsQuery, chartUnitsQuery, topUnitPositionsQuery, unitPositionsQuery } from './chart.queries';
import { OrgStore } from './org-store';
import type { ChartPosition, OrgData } from './org-data';
import { COLLAPSE_ABOVE_POSITIONS } from './to-flow';

export type OrgDataState =
  | { status: 'loading'; step: 'units' | 'positions'; loaded: number; total: number | null }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: OrgData; total: number };

/** Opening more units than this at once (Expand all) fetches every position instead. */
const UNITS_AT_ONCE = 8;

/**
 * The organisation the chart draws. A small one (up to ~500 positions) comes whole, a page of 100
 * at a time. A large one comes with the positions of its top departments only;
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

  const publish = useCallback((current: OrgStore) => {
    if (store.current === current) setState({ status: 'ready', data: current.snapshot(), total: current.total });
  }, []);

  useEffect(() => {
    let cancelled = false;
    store.current = null;
    const report = (next: OrgDataState) => !cancelled && setState(next);
    (async () => {
      report({ status: 'loading', step: 'units', loaded: 0, total: null });
      const units = await client.query({ query: chartUnitsQuery, fetchPolicy: 'no-cache' });
      const total = units.data!.positions.totalCount;
      const next = new OrgStore(units.data!.units, total, total > COLLAPSE_ABOVE_POSITIONS);
      if (next.byUnit) {
        const top = await client.query({ query: topUnitPositionsQuery, fetchPolicy: 'no-cache' });
        for (const unit of top.data!.organizations.flatMap((o) => o.topUnits)) {
          // Managers above every unit (no unit of their own) are shown at the top.
          next.addUnit(unit.id, [...unit.positions, ...unit.positions.flatMap((p) => (p.manager && !p.manager.unit ? [p.manager] : []))]);
        }
      } else {
        next.addAll(await allPositions(client, (loaded) => report({ status: 'loading', step: 'positions', loaded, total }), () => cancelled));
      }
      if (cancelled) return;
      store.current = next;
      publish(next);
    })().catch((error: unknown) => report({ status: 'error', error }));
    return () => {
      cancelled = true;
    };
  }, [client, attempt, publish]);

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
        client.query({ query: unitPositionsQuery, variables: { id }, fetchPolicy: 'no-cache' }).then(
          (result) => {
            current.addUnit(id, result.data?.unit?.positions ?? []);
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

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry, loadUnits, retryUnit };
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
