/**
 * Runs queries with graphql-jit instead of graphql-js's interpreter: each operation of a document
 * is compiled to JavaScript once, then run for every request that sends it. A chart page asks
 * for thousands of fields, and graphql-js spends more per field (argument handling, result
 * objects in dictionary mode that JSON.stringify walks slowly) than our resolvers do.
 *
 * Apollo Server takes a custom executor through its `gateway` option (the way its migration guide
 * gives for the former `executor` option). Parsing, validation with the query limits, the context
 * and error formatting stay Apollo's. Mutations, requests whose operation Apollo could not pick,
 * and the first run of each query run on graphql-js: they are rare, and graphql-jit does not fill
 * in input-object field defaults given through variables.
 *
 * An answer larger than `responseBytes` is replaced by an error before it is serialised.
 */
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { answerTooLargeError, largerThan } from '../limits/answer-size.js';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Compiled = CompiledQuery | ExecutionResult;

export function compiledExecutor(schema: GraphQLSchema, responseBytes = Number.POSITIVE_INFINITY): Gateway {
  // Apollo keeps one parsed document per query text, so each operation compiles once. A document
  // is compiled when it comes a second time: a one-off query (an analyst's) is not worth compiling.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | 'seen'>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    const known = byOperation.get(key);
    if (known === undefined) {
      byOperation.set(key, 'seen');
      return null;
    }
    if (known !== 'seen') return known;
    const made = compileQuery(schema, document, operationName);
    byOperation.set(key, made);
    return made;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operation, context } = request;
    const { variables, operationName } = request.request;
    const query = operation?.operation === 'query' ? compiledFor(document, operation.name?.value) : null;
    const result = query
      ? await runCompiled(query, context, variables)
      : await execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    if (result.data && largerThan(result.data, responseBytes)) return { data: null, errors: [answerTooLargeError(responseBytes)] } as never;
    return result as never;
  };

  let announce: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => {
        announce = null;
      };
    },
    async load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {},
  };
}

async function runCompiled(query: Compiled, context: unknown, variables: Record<string, unknown> | undefined): Promise<ExecutionResult> {
  // A document graphql-jit cannot compile comes back as errors.
  const result = isCompiledQuery(query) ? await query.query(undefined, context, variables ?? {}) : query;
  if (!result.errors) return result;
  // Errors without data are the request's own (variables that do not fit their types), as graphql-js
  // answers them; the cost check usually refuses those first.
  const requestError = !('data' in result) || result.data === undefined;
  return { ...result, errors: result.errors.map((error) => (requestError ? asBadUserInput(asGraphQLError(error)) : asGraphQLError(error))) };
}

function asBadUserInput(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } });
}

/**
 * graphql-jit's errors have a read-only message and no graphql-js class; Apollo's formatting
 * expects graphql-js errors. The same error as graphql-js would give, its locations kept.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (Object.getOwnPropertyDescriptor(error, 'message')?.writable !== false) return error;
  const { originalError } = error;
  const converted = new GraphQLError(error.message, { path: error.path, originalError: originalError ?? undefined, extensions: error.extensions });
  if (error.locations) Object.assign(converted, { locations: error.locations });
  return converted;
}
