/**
 * What clients see of an error. User-fixable errors (validation, limits, access, bad input) keep
 * their message. In production, anything unexpected (a bug, a database error) becomes
 * "Internal server error" with no stack trace and no SQL; the details go to the server log.
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler } from 'express';
import { STATUS_CODES } from 'node:http';
import { formatBytes } from './limits.js';

const INTERNAL = 'Internal server error';

export function formatGraphQLError(production: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // GraphQL Armor reports its limits as "Syntax Error: Query depth limit of 6 exceeded, found 7."
    const message = formatted.message
      .replace(/^Syntax Error: (?=(Query depth|Query Cost|Aliases|Directives) limit)/i, '')
      // graphql-js: "Syntax Error: Document contains more that 1000 tokens. Parsing aborted."
      .replace(/^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/, 'Token limit of $1 exceeded: the query is too long.')
      // graphql-js gives up comparing too many same-named fields (a denial-of-service guard).
      .replace(/^Validation aborted\.$/, 'The query repeats the same fields too often to be checked; ask for each field once.');
    const result = { ...formatted, message: withoutSuggestion(message) };
    if (message !== formatted.message) result.extensions = { ...formatted.extensions, code: 'QUERY_LIMIT_EXCEEDED' };
    const original = unwrapResolverError(error);
    // A GraphQLError was raised on purpose (validation, limits, access, bad input); any other error is a fault.
    const expected = original instanceof GraphQLError || (!(original instanceof Error) && formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR');
    if (expected) {
      // Its message says it all: a stack trace would only be noise.
      const { stacktrace: _stack, ...extensions } = (result.extensions ?? {}) as Record<string, unknown>;
      return { ...result, extensions };
    }
    if (!production) return result;
    log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return { message: INTERNAL, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * GraphQL Armor hides graphql-js's "Did you mean …?" (it would list the schema's fields to a prober)
 * behind a marker and leaves the question mark: the message ends at the fact instead.
 */
function withoutSuggestion(message: string): string {
  return message.replace(/\s*\[Suggestion hidden\]\??/g, '');
}

/**
 * Errors before GraphQL runs (a body too large, JSON that does not parse), as GraphQL-shaped JSON.
 * `routeHint` says where larger requests belong.
 */
export function httpErrorHandler(limitBytes: number, routeHint: string, production: boolean, log: (line: string) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return void next(error);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return void res.status(413).json({
        errors: [{ message: `The request body is larger than ${formatBytes(limitBytes)}, the limit here. ${routeHint}`, extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes } }],
      });
    }
    if (type === 'entity.parse.failed') {
      return void res.status(400).json({ errors: [{ message: `The request body is not valid JSON: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
    }
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      return void res.status(status).json({ errors: [{ message: (error as Error).message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    log(`internal error: ${(error as Error)?.stack ?? String(error)}`);
    res.status(500).json({ errors: [{ message: production ? INTERNAL : String((error as Error)?.message ?? error), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over Node's 16 KB
 * header limit, a malformed request line): Node would answer 400 or 431 with an empty body. They get
 * the same GraphQL-shaped JSON as every other refusal.
 */
export function clientErrorHandler() {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const message =
      status === 431
        ? 'The request line or headers are too large. Send long queries and variables in the body of a POST request.'
        : status === 408
          ? 'The request was not received in time.'
          : 'The HTTP request is malformed.';
    const code = status === 431 ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : status === 408 ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST';
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}
