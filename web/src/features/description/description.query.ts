import { graphql } from '../../gql';

/** Everything the side panel shows about one position, fetched when it is opened. */
export const positionDetailsQuery = graphql(`
  query PositionDetails($id: ID!) {
    position(id: $id) {
      id
      title
      specialization
      documented
      unit {
        id
        name
        kind
      }
      manager {
        ...PositionLink
      }
      reportingChain {
        ...PositionLink
      }
      reports {
        ...PositionLink
      }
      substitutes {
        ...SubstitutionLink
      }
      substitutedFor {
        ...SubstitutionLink
      }
      jobDescription {
        ...JobDescriptionDetails
      }
    }
  }

  fragment PositionLink on Position {
    id
    title
    distinguishingPlace
  }

  fragment SubstitutionLink on SubstitutionEdge {
    status
    statedBy
    kind
    label
    position {
      ...PositionLink
    }
    group {
      id
      name
    }
  }

  fragment JobDescriptionDetails on JobDescription {
    id
    sourceName
    purpose
    duties {
      number
      text
      results
    }
    rights
    responsibilities
    requirements {
      education
      experience
      computerSkills
      domainKnowledge
      languages {
        language
        level
        alternatives
        text
      }
      other {
        label
        text
      }
    }
    competencies {
      group
      items
    }
    additionalCompetencies {
      name
      description
    }
    workTools
    amendment
    approval {
      date
      issuer
      number
    }
    contractAnnex {
      contractNumber
    }
    signatures {
      name
      party
      role
    }
    sourceText
    sources {
      field
      start
      end
    }
    warnings {
      line
      message
    }
    fieldConfidence {
      field
      level
      reasons
    }
    headerFields {
      ...HeaderFieldView
    }
  }

  fragment HeaderFieldView on HeaderFieldReading {
    field
    value
    readValue
    corrected
    confidence
    correction {
      id
      status
      readValue
      correctedValue
      staleReading
      author
      createdAt
      comment
    }
  }
`);
