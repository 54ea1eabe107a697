import { graphql } from '../../gql';

/** Every unit, with enough to nest it and count its positions, and how many positions there are. */
export const chartUnitsQuery = graphql(`
  query ChartUnits {
    units {
      ...ChartUnit
    }
    positions(first: 1) {
      totalCount
    }
  }

  fragment ChartUnit on Unit {
    id
    name
    kind
    positionCount
    parent {
      id
    }
  }
`);

/**
 * One page of positions; a small organisation is paged through whole. Pages of 100, the most the
 * API gives: a request costs more than its positions, so fewer requests fetch them sooner. With the
 * `__typename`s Apollo adds a page costs 22,897 of the server's query-cost limit of 25,000.
 */
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

/**
 * A large organisation opens with the positions of its top departments only. Their managers
 * come along, for the positions above every unit (a director general has no unit, and no
 * filter of `positions` can ask for those).
 */
export const topUnitPositionsQuery = graphql(`
  query TopUnitPositions {
    organizations {
      id
      topUnits {
        id
        positions {
          ...ChartPosition
          manager {
            ...ChartPosition
          }
        }
      }
    }
  }
`);

/** The positions directly in one unit, fetched when the unit is opened. */
export const unitPositionsQuery = graphql(`
  query UnitPositions($id: ID!) {
    unit(id: $id) {
      id
      positions {
        ...ChartPosition
      }
    }
  }
`);
