import { graphql } from '../../gql';

/**
 * A page of the whole organisation's substitution gaps and of its units: the chart colours positions
 * by their worst gap and the side list shows every gap. Paged through until both lists end
 * (`after`, `unitsAfter`: the last position's and unit's IDs; a list that has ended answers none).
 */
export const coverageOverviewQuery = graphql(`
  query CoverageOverview($after: ID, $unitsAfter: ID) {
    coverage {
      positions(first: 100, after: $after) {
        position {
          id
          title
          distinguishingPlace
          unit {
            id
            name
          }
        }
        worstGap
        score
        lowConfidence
        gaps {
          kind
          explanation
          explanationEt
        }
      }
      units(first: 100, after: $unitsAfter) {
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
        distinguishingPlace
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
      distinguishingPlace
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

/** The gaps of one position, computed over the positions directly in its unit. */
export const unitGapsQuery = graphql(`
  query UnitGaps($unitId: ID, $positionId: ID!) {
    coverage(unitId: $unitId, includeDescendants: false) {
      positions(positionId: $positionId, first: 1) {
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
            distinguishingPlace
          }
        }
      }
    }
  }
`);
