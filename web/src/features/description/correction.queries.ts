import { graphql } from '../../gql';

/** Corrects one header field of a job description (hr); the graph is rebuilt with it. */
export const correctFieldMutation = graphql(`
  mutation CorrectField($input: CorrectFieldInput!) {
    correctField(input: $input) {
      ok
      errors {
        message
      }
      jobDescription {
        id
        headerFields {
          ...HeaderFieldView
        }
      }
    }
  }
`);

/** Undoes a correction (hr): the reading is in effect again. */
export const undoCorrectionMutation = graphql(`
  mutation UndoCorrection($input: UndoCorrectionInput!) {
    undoCorrection(input: $input) {
      ok
      errors {
        message
      }
      jobDescription {
        id
        headerFields {
          ...HeaderFieldView
        }
      }
    }
  }
`);

/** Titles of positions containing the text, as suggestions for a corrected reference. */
export const titleSuggestionsQuery = graphql(`
  query TitleSuggestions($text: String!) {
    positions(first: 20, filter: { titleContains: $text }) {
      nodes {
        id
        title
      }
    }
  }
`);

/** Unit names, as suggestions for a corrected unit path (the first 100; Apollo keeps them). */
export const unitNameSuggestionsQuery = graphql(`
  query UnitNameSuggestions {
    units(first: 100) {
      id
      name
    }
  }
`);
