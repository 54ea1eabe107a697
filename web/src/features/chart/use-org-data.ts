import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { ChartPositionsQuery } from '../../gql/graphql';
import { chartPositionsQuery, chartUnitsQuery } from './chart.queries';
import type { ChartPosition, OrgData } from './org-data';

export type OrgDataState =
  | { status: 'loading'; step: 'units' | 'positions'; loaded: number; total: number | null }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: OrgData };

/**
 * Every unit and every position, paging through `positions` 100 at a time (the API's cap).
 * Reports progress, so a large organisation shows how far loading has got. Not cached:
 * the chart keeps its own copy, and normalising thousands of positions would only cost time.
 */
export function useOrgData(): OrgDataState & { retry(): void } {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<OrgDataState>({ status: 'loading', step: 'units', loaded: 0, total: null });

  useEffect(() => {
    let cancelled = false;
    const report = (next: OrgDataState) => !cancelled && setState(next);
    (async () => {
      report({ status: 'loading', step: 'units', loaded: 0, total: null });
      const units = await client.query({ query: chartUnitsQuery, fetchPolicy: 'no-cache' });
      const positions: ChartPosition[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { data?: ChartPositionsQuery } = await client.query({
          query: chartPositionsQuery,
          variables: { after },
          fetchPolicy: 'no-cache',
        });
        const connection = page.data!.positions;
        positions.push(...connection.nodes);
        report({ status: 'loading', step: 'positions', loaded: positions.length, total: connection.totalCount });
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || cancelled) break;
        after = connection.pageInfo.endCursor;
      }
      report({ status: 'ready', data: { units: units.data!.units, positions } });
    })().catch((error: unknown) => report({ status: 'error', error }));
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
