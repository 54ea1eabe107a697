import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { graphql } from '../gql';
import { readToken, storeToken, TOKEN_CHANGE_EVENT } from './apollo';
import { askForToken } from './TokenDialog';

/** The role this browser's requests have, and the name of the token they carry. */
export const currentRoleQuery = graphql(`
  query CurrentRole {
    currentAccess {
      role
      tokenName
    }
  }
`);

function subscribe(onChange: () => void) {
  window.addEventListener(TOKEN_CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(TOKEN_CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** True while this browser keeps a token (entered here, in another tab, or by a login link). */
export function useHasToken(): boolean {
  return useSyncExternalStore(subscribe, () => readToken() !== null, () => false);
}

/** The current role (null until the server answers), asked again whenever the token changes. */
export function useCurrentRole() {
  const hasToken = useHasToken();
  const { data, refetch } = useQuery(currentRoleQuery, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    void refetch().catch(() => undefined);
  }, [hasToken, refetch]);
  return { role: data?.currentAccess.role ?? null, tokenName: data?.currentAccess.tokenName ?? null, hasToken };
}

/**
 * Signing in and out from anywhere: the token dialog, then every query on screen is asked again
 * with the new token, so what it withheld (the source text, names) appears without a reload.
 */
export function useSignIn() {
  const client = useApolloClient();
  const refresh = useCallback(() => client.refetchQueries({ include: 'active' }).catch(() => undefined), [client]);
  const signIn = useCallback(async () => {
    const token = await askForToken(null);
    if (!token) return false;
    storeToken(token);
    await refresh();
    return true;
  }, [refresh]);
  const signOut = useCallback(async () => {
    storeToken(null);
    await refresh();
  }, [refresh]);
  return { signIn, signOut };
}
