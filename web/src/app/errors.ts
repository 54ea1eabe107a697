import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { Translate } from '../i18n/I18nProvider';
import { GRAPHQL_URL } from './apollo';

/** Says what went wrong in words a user can act on: the API is down, it failed, or it is not GraphQL. */
export function describeError(error: unknown, t: Translate): string {
  if (CombinedGraphQLErrors.is(error)) return t('error.graphql', { message: error.errors.map((e) => e.message).join('; ') });
  if (ServerParseError.is(error)) return t('error.parse', { url: GRAPHQL_URL });
  // A proxy in front of the API answers 502–504 when the API itself is down.
  if (ServerError.is(error) && error.statusCode >= 502 && error.statusCode <= 504) return t('error.unreachable', { url: GRAPHQL_URL });
  if (ServerError.is(error)) return t('error.server', { status: error.statusCode });
  // fetch() rejects with a TypeError when nothing answers at all.
  if (error instanceof TypeError) return t('error.unreachable', { url: GRAPHQL_URL });
  const message = error instanceof Error ? error.message : String(error);
  return t('error.other', { message });
}
