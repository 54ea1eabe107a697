import { graphql } from '../../gql';

/**
 * A page of units, with enough to nest each and count its positions, and how many positions there
 * are. The chart pages through every unit (`after`: the last unit's ID).
 */
export const chartUnitsQuery = graphql(`
  query ChartUnits($after: ID) {
    units(first: 100, after: $after) {
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
 * API gives: a request costs more than its positions, so fewer requests fetch them sooner. It is
 * the largest request the chart makes, and fits the server's query-cost limit (test/access/limits.test.ts).
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
    correctedFields
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
        documented
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
 * A large organisation opens with the positions of its top departments only (UnitPositions for each)
 * and, with this, the positions above every unit (a director general has no unit), a page at a time.
 */
export const topPositionsQuery = graphql(`
  query TopPositions($after: String) {
    positions(first: 100, after: $after, filter: { atTop: true }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ChartPosition
      }
    }
  }
`);

/** A page of the positions directly in one unit, fetched when the unit is opened (`after`: the last position's ID). */
export const unitPositionsQuery = graphql(`
  query UnitPositions($id: ID!, $after: ID) {
    unit(id: $id) {
      id
      positions(first: 100, after: $after) {
        ...ChartPosition
      }
    }
  }
`);
