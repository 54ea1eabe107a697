import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same origin as the page: the server that serves this client also serves /graphql. */
export const GRAPHQL_URL = '/graphql';

export function createApolloClient(uri = GRAPHQL_URL): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Substitution lines have no ID of their own; they belong to the position that lists them.
        SubstitutionEdge: { keyFields: false },
      },
    }),
  });
}
