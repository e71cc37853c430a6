import { graphql } from '@/__generated__';

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
        edges {
          cursor
          node {
            ...ProductCardFields
          }
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
