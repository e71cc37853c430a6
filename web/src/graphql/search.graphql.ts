import { graphql } from '@/__generated__';

/**
 * A search hit's card: the fields of ProductCardFields the card shows, kept lean because `search(first)`
 * multiplies the cost of everything below it by the page size (the router refuses costly queries).
 */
export const SearchHitFields = graphql(`
  fragment SearchHitFields on Product {
    id
    slug
    name
    images {
      url
    }
    priceRange {
      min {
        amount
        formatted
      }
      max {
        amount
        formatted
      }
    }
  }
`);

export const SearchProductsQuery = graphql(`
  query SearchProducts(
    $query: String
    $filter: SearchFilter
    $sort: SearchSort
    $first: Int
    $after: String
  ) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      searchId
      totalCount
      correctedQuery
      hits {
        nodes {
          ...SearchHitFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
      facets {
        categories {
          value
          label
          count
        }
        priceRanges {
          min
          max
          count
        }
        ratings {
          value
          count
        }
      }
    }
  }
`);

export const SuggestQuery = graphql(`
  query Suggest($prefix: String!, $first: Int) {
    suggest(prefix: $prefix, first: $first) {
      text
      kind
      categoryId
      product {
        id
        slug
      }
    }
  }
`);

export const RecordSearchClickMutation = graphql(`
  mutation RecordSearchClick($searchId: ID!, $productId: ID!) {
    recordSearchClick(searchId: $searchId, productId: $productId) {
      recorded
    }
  }
`);

export const RecommendationsQuery = graphql(`
  query Recommendations($productId: ID!, $first: Int) {
    recommendations(productId: $productId, first: $first) {
      ...ProductCardFields
    }
  }
`);

export const RecordProductViewMutation = graphql(`
  mutation RecordProductView($productId: ID!) {
    recordProductView(productId: $productId) {
      recorded
    }
  }
`);

export const RecommendedForMeQuery = graphql(`
  query RecommendedForMe($first: Int) {
    me {
      id
      recommendedProducts(first: $first) {
        ...ProductCardFields
      }
    }
  }
`);
