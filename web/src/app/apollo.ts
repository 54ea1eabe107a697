import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { Observable, type Subscription } from 'rxjs';
import { askForToken } from './TokenDialog';

/** Same origin as the page: the server that serves this client also serves /graphql. */
export const GRAPHQL_URL = '/graphql';

/** Where the browser keeps its access token (shared with the GraphiQL page, same origin). */
export const TOKEN_STORAGE_KEY = 'orgraph.token';
/** Dispatched on `window` when the kept token changes, so that views showing the role follow. */
export const TOKEN_CHANGE_EVENT = 'orgraph:tokenchange';
/** The same token as a cookie for /reports only, so that download links carry it too. */
const TOKEN_COOKIE = 'orgraph_token';

export function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_STORAGE_KEY, token);
    else localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage unavailable (privacy mode): the token lasts as long as the cookie, the session.
  }
  if (typeof document === 'undefined') return;
  window.dispatchEvent(new Event(TOKEN_CHANGE_EVENT));
  const secure = typeof location !== 'undefined' && location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = token
    ? `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/reports; SameSite=Strict${secure}`
    : `${TOKEN_COOKIE}=; Path=/reports; Max-Age=0; SameSite=Strict${secure}`;
}

/**
 * A login link (`/?token=…`, printed by the server on its first start) signs the browser in: the
 * token is kept and removed from the address bar, so that it is neither bookmarked nor shared.
 */
export function takeTokenFromUrl(): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  if (token.trim()) storeToken(token.trim());
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** The message of a refusal (the server answers 401 with a GraphQL-shaped body). */
function refusalMessage(error: ServerError): string {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? error.message;
  } catch {
    return error.message;
  }
}

/**
 * Fields the token's role may not read (personal data for a viewer) come back as null with a
 * FORBIDDEN error each; the rest of the answer is good, so those errors are dropped and the
 * views show the fields as withheld.
 */
function withoutForbiddenFields(result: ApolloLink.Result): ApolloLink.Result {
  if (!('errors' in result) || !result.errors?.length || !('data' in result) || result.data == null) return result;
  const errors = result.errors.filter((e) => !(e.extensions?.code === 'FORBIDDEN' && e.path?.length));
  if (errors.length === result.errors.length) return result;
  const { errors: _all, ...rest } = result;
  return errors.length ? { ...rest, errors } : rest;
}

/**
 * Sends the kept token as "Authorization: Bearer …". When the server refuses (401: no token
 * where one is required, or one that was revoked), asks for a token and sends the request again.
 */
const authLink = new ApolloLink(
  (operation, forward) =>
    new Observable<ApolloLink.Result>((observer) => {
      let subscription: Subscription | undefined;
      let closed = false;
      const attempt = () => {
        const token = readToken();
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
          const { authorization: _previous, ...rest } = headers;
          return { headers: token ? { ...rest, authorization: `Bearer ${token}` } : rest };
        });
        subscription = forward(operation).subscribe({
          next: (result) => observer.next(withoutForbiddenFields(result)),
          complete: () => observer.complete(),
          error: (error: unknown) => {
            if (!(ServerError.is(error) && error.statusCode === 401)) return observer.error(error);
            if (token) storeToken(null);
            void askForToken(refusalMessage(error)).then((entered) => {
              if (closed) return;
              if (!entered) return observer.error(error);
              storeToken(entered);
              attempt();
            });
          },
        });
      };
      attempt();
      return () => {
        closed = true;
        subscription?.unsubscribe();
      };
    }),
);

export function createApolloClient(uri = GRAPHQL_URL): ApolloClient {
  takeTokenFromUrl();
  return new ApolloClient({
    link: ApolloLink.from([authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Substitution lines have no ID of their own; they belong to the position that lists them.
        SubstitutionEdge: { keyFields: false },
      },
    }),
  });
}
