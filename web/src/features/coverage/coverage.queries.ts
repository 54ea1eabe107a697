import { graphql } from '../../gql';

/**
 * The whole organisation's substitution gaps: the chart colours positions by their worst gap
 * and the side list shows every gap. Both ask with the same variables, so one request serves both.
 */
export const coverageOverviewQuery = graphql(`
  query CoverageOverview {
    coverage {
      positions {
        position {
          id
          title
          unit {
            id
            name
          }
        }
        worstGap
        score
        gaps {
          kind
          explanation
          explanationEt
        }
      }
      units {
        unit {
          id
          name
          depth
          parent {
            id
          }
        }
      }
    }
  }
`);

/** What happens when these positions are away at once. */
export const absenceImpactQuery = graphql(`
  query AbsenceImpact($absentPositionIds: [ID!]!, $escalateToManager: Boolean!) {
    absenceImpact(absentPositionIds: $absentPositionIds, escalateToManager: $escalateToManager) {
      absent {
        id
        title
      }
      uncovered {
        ...AbsenceEntryView
      }
      fallBackToManager {
        ...AbsenceEntryView
      }
      atRisk {
        ...AbsenceEntryView
      }
    }
  }

  fragment AbsenceEntryView on AbsenceEntry {
    absent
    explanation
    explanationEt
    position {
      id
      title
      unit {
        id
        name
      }
    }
    manager {
      id
      title
    }
  }
`);

/** The gaps of the positions directly in one unit: the side panel picks its position's. */
export const unitGapsQuery = graphql(`
  query UnitGaps($unitId: ID) {
    coverage(unitId: $unitId, includeDescendants: false) {
      positions {
        position {
          id
        }
        worstGap
        score
        gaps {
          kind
          explanation
          explanationEt
          relatedPositions {
            id
            title
          }
        }
      }
    }
  }
`);
