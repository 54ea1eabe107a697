import { graphql } from '../../gql';

/** Full-text search over titles, units, purposes and duties (server side). */
export const searchPositionsQuery = graphql(`
  query SearchPositions($text: String!) {
    search(text: $text, first: 20) {
      field
      snippet
      position {
        id
        title
        distinguishingPlace
        unit {
          id
          name
        }
      }
    }
  }
`);
