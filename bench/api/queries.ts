/**
 * The web client's own GraphQL documents, printed as Apollo Client sends them (with the
 * `__typename` it adds to every selection set), so the benchmarks ask what the chart asks.
 */
import { print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import {
  ChartPositionsDocument,
  ChartUnitsDocument,
  PositionDetailsDocument,
  TopPositionsDocument,
  UnitPositionsDocument,
} from '../../web/src/gql/graphql.js';

const asSent = (document: unknown) => print(addTypenameToDocument(document as DocumentNode));

export const QUERIES = {
  ChartUnits: asSent(ChartUnitsDocument),
  ChartPositions: asSent(ChartPositionsDocument),
  TopPositions: asSent(TopPositionsDocument),
  UnitPositions: asSent(UnitPositionsDocument),
  PositionDetails: asSent(PositionDetailsDocument),
};

export type OperationName = keyof typeof QUERIES;

/** The JSON body of one request, as the client posts it. */
export function body(operationName: OperationName, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ operationName, variables, query: QUERIES[operationName] });
}
