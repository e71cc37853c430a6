import { graphql } from '@/__generated__';

export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    slug
    name
    images {
      id
      url
      alt
    }
    priceRange {
      min {
        amount
        currency
        formatted
      }
      max {
        amount
        formatted
      }
    }
  }
`);

export const StorefrontCategoriesQuery = graphql(`
  query StorefrontCategories {
    categories {
      id
      slug
      name
      children {
        id
        slug
        name
      }
    }
  }
`);

export const StorefrontProductsQuery = graphql(`
  query StorefrontProducts($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort!) {
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          ...ProductCardFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const CategoryBySlugQuery = graphql(`
  query CategoryBySlug($slug: String!) {
    category(slug: $slug) {
      id
      slug
      name
      description
      parent {
        id
        slug
        name
      }
      children {
        id
        slug
        name
      }
    }
  }
`);

export const ProductBySlugQuery = graphql(`
  query ProductBySlug($slug: String!) {
    product(slug: $slug) {
      id
      slug
      name
      description
      rating {
        average
        count
        distribution {
          rating
          count
        }
      }
      category {
        id
        slug
        name
      }
      images {
        id
        url
        alt
        position
      }
      variants {
        id
        sku
        title
        inStock
        options {
          name
          value
        }
        price {
          amount
          currency
          formatted
        }
        compareAtPrice {
          amount
          formatted
        }
      }
    }
  }
`);
