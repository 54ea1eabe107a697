/**
 * A GraphQL answer whose work stopped at the deadline (an error with code TIMEOUT) goes out as 503
 * with Retry-After, the same answer the request timer gives: heavy work reads the clock, so it
 * may notice the deadline before the timer gets its turn.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export function timeoutAnswer<T extends object>(retryAfterSeconds = 5): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'TIMEOUT')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
