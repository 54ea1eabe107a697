import { graphql } from '../../gql';

/**
 * The open position's managers up to the top, to highlight its path on the chart; and its unit,
 * to open the units down to it when its positions have not been fetched yet.
 */
export const positionPathQuery = graphql(`
  query PositionPath($id: ID!) {
    position(id: $id) {
      id
      unit {
        id
      }
      reportingChain {
        id
      }
    }
  }
`);
