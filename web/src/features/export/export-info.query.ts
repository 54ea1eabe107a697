import { graphql } from '../../gql';

/** What an export states besides the chart: whose organisation it is and the date of its data. */
export const exportInfoQuery = graphql(`
  query ExportInfo {
    organizations(first: 10) {
      id
      name
      lastImportedAt
    }
  }
`);
