import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { announceGraphChange } from '../../app/graph-changes';

/**
 * After a change to the graph made here (a correction, its undoing, a kept stale correction):
 * the chart and coverage fetch again (they keep their own copies), and so does every query on
 * screen (the panel, the review list, the position's gaps). Queries not on screen are fetched
 * afresh when shown again (the panel asks the network as well as the cache).
 */
export function useGraphRefresh(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    announceGraphChange();
    await client.refetchQueries({ include: 'active' });
  }, [client]);
}
