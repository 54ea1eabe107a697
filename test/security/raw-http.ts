/**
 * HTTP requests with headers fetch() will not send as given (Host above all), through node:http.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** POST /graphql with a JSON body, as a GraphQL client sends it. */
export function rawGraphql(port: number, query: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(port, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', host: `localhost:${port}`, ...headers }, body: JSON.stringify({ query }) });
}
