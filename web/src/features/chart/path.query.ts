import { graphql } from '../../gql';

/** The open position's managers up to the top, to highlight its path on the chart. */
export const positionPathQuery = graphql(`
  query PositionPath($id: ID!) {
    position(id: $id) {
      id
      reportingChain {
        id
      }
    }
  }
`);
