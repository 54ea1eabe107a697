import { graphql } from '../../gql';

/** What the chart needs of each unit: enough to nest it. */
export const chartUnitsQuery = graphql(`
  query ChartUnits {
    units {
      ...ChartUnit
    }
  }

  fragment ChartUnit on Unit {
    id
    name
    kind
    parent {
      id
    }
  }
`);

/** One page of positions; the chart pages through all of them (the API caps `first` at 100). */
export const chartPositionsQuery = graphql(`
  query ChartPositions($after: String) {
    positions(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ChartPosition
      }
    }
  }

  fragment ChartPosition on Position {
    id
    title
    specialization
    documented
    unit {
      id
    }
    manager {
      id
    }
    substitutes {
      kind
      label
      position {
        id
      }
      group {
        id
      }
      status
      statedBy
    }
  }
`);
