import { graphql } from '../../gql';

/**
 * A page of the review queue under the filters, with the counts of every kind under the unit and
 * status filters (the kind filter's options). `after`: the last page's end cursor.
 */
export const reviewItemsQuery = graphql(`
  query ReviewItems($filter: ReviewItemFilter, $after: String) {
    reviewItems(filter: $filter, first: 50, after: $after) {
      totalCount
      countsByKind {
        kind
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ReviewItemView
      }
    }
  }

  fragment ReviewItemView on ReviewItem {
    id
    kind
    field
    explanation {
      en
      et
    }
    positions {
      id
      title
      unit {
        id
        name
      }
    }
    jobDescription {
      id
    }
    lines {
      start
      end
    }
    status
    settledBy
    settledAt
    comment
    correction {
      id
      status
    }
  }
`);

/** Accepts, dismisses or reopens an item (hr). */
export const settleReviewItemMutation = graphql(`
  mutation SettleReviewItem($input: SettleReviewItemInput!) {
    settleReviewItem(input: $input) {
      ok
      errors {
        message
      }
      item {
        ...ReviewItemView
      }
    }
  }
`);

/** The role of this browser's token: hr and admin may correct and settle, a viewer only reads. */
export const currentAccessQuery = graphql(`
  query CurrentAccess {
    currentAccess {
      role
    }
  }
`);
