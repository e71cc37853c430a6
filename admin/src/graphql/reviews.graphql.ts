import { graphql } from '@/__generated__';

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($status: ReviewStatus!, $first: Int!, $after: String) {
    reviewsForModeration(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ModeratedReviewFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const ModeratedReviewFields = graphql(`
  fragment ModeratedReviewFields on Review {
    id
    rating
    title
    body
    status
    verifiedPurchase
    createdAt
    product {
      id
      name
    }
    author {
      id
      name
      email
    }
    moderation {
      reasons
      note
      decidedAt
    }
  }
`);

export const ModerateReviewMutation = graphql(`
  mutation ModerateReview($id: ID!, $decision: ReviewModerationDecision!, $note: String) {
    moderateReview(id: $id, decision: $decision, note: $note) {
      review {
        ...ModeratedReviewFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
