import { graphql } from '@/__generated__';

export const PromotionFields = graphql(`
  fragment PromotionFields on Promotion {
    id
    name
    code
    currency
    startsAt
    endsAt
    usageLimit
    perCustomerLimit
    usageCount
    stackable
    priority
    active
    status
    createdAt
    updatedAt
    conditions {
      kind
      minSubtotal {
        amount
        formatted
      }
      minQuantity
      productIds
      categoryIds
    }
    actions {
      kind
      percent
      amount {
        amount
        formatted
      }
      maxAmount {
        amount
        formatted
      }
      productIds
      categoryIds
      buyQuantity
      getQuantity
      maxApplications
    }
  }
`);

export const PromotionsQuery = graphql(`
  query Promotions($first: Int!, $after: String, $filter: PromotionFilter) {
    promotions(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...PromotionFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const PromotionQuery = graphql(`
  query Promotion($id: ID!) {
    promotion(id: $id) {
      ...PromotionFields
    }
  }
`);

export const PromotionStatsQuery = graphql(`
  query PromotionStats($id: ID!) {
    promotionStats(id: $id) {
      redemptions
      customers
      discountTotal {
        formatted
      }
      revenue {
        formatted
      }
    }
  }
`);

export const CreatePromotionMutation = graphql(`
  mutation CreatePromotion($input: CreatePromotionInput!) {
    createPromotion(input: $input) {
      promotion {
        ...PromotionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdatePromotionMutation = graphql(`
  mutation UpdatePromotion($id: ID!, $input: UpdatePromotionInput!) {
    updatePromotion(id: $id, input: $input) {
      promotion {
        ...PromotionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeactivatePromotionMutation = graphql(`
  mutation DeactivatePromotion($id: ID!) {
    deactivatePromotion(id: $id) {
      promotion {
        ...PromotionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PromotionProductOptionsQuery = graphql(`
  query PromotionProductOptions($search: String) {
    products(first: 20, sort: NAME_ASC, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const PromotionProductNameQuery = graphql(`
  query PromotionProductName($id: ID!) {
    product(id: $id) {
      id
      name
    }
  }
`);
