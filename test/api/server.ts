/**
 * A real orgraph server on a temporary database (see tempDatabaseUrl), and a small GraphQL-over-HTTP client.
 * gql() sends an hr token by default (the tests read personal data and import); pass
 * `{ token: null }` to send none (the anonymous role) or another token to act with its role.
 */
import { startServer, type RunningServer, type ServerOptions } from '../../server/app.js';
import { createToken } from '../../server/access/token.service.js';
import type { Role } from '../../server/access/roles.js';
import { tempDatabaseUrl } from '../factories.js';

export interface GqlOptions {
  /** The bearer token to send; null for none. Default: the server's hr token. */
  token?: string | null;
}

export interface GqlResponse<T = any> {
  data: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestServer extends RunningServer {
  /** An hr token made for the tests. */
  hrToken: string;
  /** Makes another token with this role. */
  createToken(role: Role, name?: string): Promise<string>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResponse<T>>;
  /** The raw answer of POST /graphql to a JSON body, with the given token (default hr) and headers. */
  post(body: unknown, options?: GqlOptions & { headers?: Record<string, string> }): Promise<Response>;
}

let tokens = 0;

export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const server = await startServer({ databaseUrl: await tempDatabaseUrl(), port: 0, ...options });
  const make = async (role: Role, name = `test ${role} ${++tokens}`) =>
    (await createToken(server.database.dataSource, role, name, { actor: 'tests', role: 'admin' })).token;
  const hrToken = await make('hr', 'tests (hr)');
  const post = (body: unknown, { token = hrToken, headers = {} }: GqlOptions & { headers?: Record<string, string> } = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    ...server,
    hrToken,
    createToken: make,
    post,
    async gql(query, variables, options) {
      return (await (await post({ query, variables }, options)).json()) as never;
    },
  };
}
