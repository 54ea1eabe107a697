/**
 * What a query costs, counted from the sizes of its lists before anything runs (graphql-query-complexity,
 * variables resolved): every field costs 1 plus what it contains, and a list multiplies what one item
 * costs by the most items it can hold, its page (`first`, `limit`) or the bound its field states.
 * The same walk refuses page sizes and cursors out of range and variables that do not fit their types,
 * so every execution path (graphql-js or compiled) gets the same errors before any resolver runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { LIMITS } from './limits.js';

// Its CommonJS build, which shares our graphql module: its ES build imports graphql's .mjs files,
// a second copy whose types our schema's are not.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/** A list's estimator, carrying its bound so that the resolver can be held to it (see list-bounds.ts). */
export type ListEstimator = ComplexityEstimator & { listBound?: number };

const items = (childComplexity: number) => Math.max(childComplexity, 1);

/**
 * A list of at most `bound` items, stated by its field's description and enforced by truncation.
 * Pass it as `complexity` of the `@Field`/`@FieldResolver`.
 */
export function boundedList(bound: number): ListEstimator {
  const estimator: ListEstimator = ({ childComplexity }) => 1 + bound * items(childComplexity);
  estimator.listBound = bound;
  return estimator;
}

/** A page of as many items as its `first` (or `limit`) argument asks for: a list field or a connection. */
export const pagedList: ComplexityEstimator = ({ args, childComplexity }) => 1 + pageSize(args) * items(childComplexity);

function pageSize(args: Record<string, unknown>): number {
  const size = args.first ?? args.limit;
  return typeof size === 'number' ? size : LIMITS.first;
}

/** "`first` is 1–100" for the description of a paged list. */
export const PAGE_RANGE = `1–${LIMITS.first}`;

export interface CostLimits {
  cost: number;
  first: number;
  cursorLength: number;
}

/** Page sizes and cursors held to one rule wherever they appear; checked while the cost is counted. */
function pageArguments(limits: CostLimits): ComplexityEstimator {
  return ({ args }: ComplexityEstimatorArgs) => {
    for (const name of ['first', 'limit'] as const) {
      const value = args[name];
      if (typeof value === 'number' && (value < 1 || value > limits.first)) {
        throw invalidArgument(name, value < 1 ? { min: `${name} must not be less than 1` } : { max: `${name} must not be greater than ${limits.first}` });
      }
    }
    const after = args.after;
    if (typeof after === 'string' && after.length > limits.cursorLength) {
      throw invalidArgument('after', {
        maxLength: `after must be a cursor of at most ${limits.cursorLength} characters (this one has ${after.length}); pass an endCursor or id from a previous answer`,
      });
    }
  };
}

/** The error class-validator's arguments give (type-graphql's ArgumentValidationError), without echoing the value. */
function invalidArgument(property: string, constraints: Record<string, string>): GraphQLError {
  return new GraphQLError('Argument Validation Error', {
    extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property, constraints }], http: { status: 400 } },
  });
}

export function costLimitError(max: number, found: number): GraphQLError {
  // Armor's wording, kept: clients and the documentation quote it.
  return new GraphQLError(`Query Cost limit of ${max} exceeded, found ${found}.`, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', http: { status: 400 } } });
}

/** The estimated cost of one operation of a document; throws the argument errors above. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string, limits: CostLimits = LIMITS): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [pageArguments(limits), fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses an operation over the cost limit before it runs: at didResolveOperation, when Apollo has
 * parsed and validated the document and picked the operation, and the variables are known.
 */
export function costLimitPlugin(limits: CostLimits = LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName ?? undefined, limits);
          } catch (error) {
            throw asRequestError(error);
          }
          if (cost > limits.cost) throw costLimitError(limits.cost, cost);
        },
      };
    },
  };
}

function asRequestError(error: unknown): GraphQLError {
  if (!(error instanceof GraphQLError)) throw error;
  if (error.extensions.code) return error;
  // graphql-query-complexity gives up on a query of more nodes than it will count (fragments spread many times).
  if (/maximum allowed number of nodes/.test(error.message)) {
    return new GraphQLError('The query has too many fields to count its cost (fragments spread too often); ask for less.', {
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', http: { status: 400 } },
    });
  }
  // Variables that do not fit their types: graphql-js's own message, as its executor gives it.
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
