import { graphql } from '@/__generated__';

export const ReviewFields = graphql(`
  fragment ReviewFields on Review {
    id
    rating
    title
    body
    verifiedPurchase
    status
    helpfulCount
    createdAt
    author {
      id
      name
    }
  }
`);

export const ProductReviewsQuery = graphql(`
  query ProductReviews($slug: String!, $first: Int!, $after: String, $sort: ReviewSort!) {
    product(slug: $slug) {
      id
      rating {
        average
        count
        distribution {
          rating
          count
        }
      }
      reviews(first: $first, after: $after, sort: $sort) {
        edges {
          cursor
          node {
            ...ReviewFields
          }
        }
        pageInfo {
          ...PageInfoFields
        }
        totalCount
      }
    }
  }
`);

export const MyReviewQuery = graphql(`
  query MyReviewOfProduct($slug: String!) {
    product(slug: $slug) {
      id
      myReview {
        ...ReviewFields
      }
    }
  }
`);

export const CreateReviewMutation = graphql(`
  mutation CreateReview($productId: ID!, $input: ReviewInput!) {
    createReview(productId: $productId, input: $input) {
      review {
        ...ReviewFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkReviewHelpfulMutation = graphql(`
  mutation MarkReviewHelpful($id: ID!) {
    markReviewHelpful(id: $id) {
      review {
        id
        helpfulCount
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
