/**
 * A real orgraph server on a temporary SQLite file, and a small GraphQL-over-HTTP client.
 */
import { startServer, type RunningServer, type ServerOptions } from '../../server/app.js';
import { tempDatabaseUrl } from '../factories.js';

export interface TestServer extends RunningServer {
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; errors?: { message: string }[] }>;
}

export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const server = await startServer({ databaseUrl: tempDatabaseUrl(), port: 0, ...options });
  return {
    ...server,
    async gql(query, variables) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
}
