import { graphql } from '@/__generated__';

export const AdminProductsQuery = graphql(`
  query AdminProducts($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort!) {
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          id
          slug
          name
          status
          updatedAt
          category {
            id
            name
          }
          variants {
            id
          }
          images {
            id
            url
            alt
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
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const AdminProductFields = graphql(`
  fragment AdminProductFields on Product {
    id
    slug
    name
    description
    status
    createdAt
    updatedAt
    category {
      id
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
      weightGrams
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
      stock {
        variantId
        onHand
        reserved
        available
        lowStockThreshold
        lowStock
      }
    }
  }
`);

export const ProductPayloadFields = graphql(`
  fragment ProductPayloadFields on ProductPayload {
    product {
      ...AdminProductFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

export const AdminProductQuery = graphql(`
  query AdminProduct($id: ID!) {
    product(id: $id) {
      ...AdminProductFields
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      ...ProductPayloadFields
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...ProductPayloadFields
    }
  }
`);

export const ArchiveProductMutation = graphql(`
  mutation ArchiveProduct($id: ID!) {
    archiveProduct(id: $id) {
      ...ProductPayloadFields
    }
  }
`);

export const AddVariantMutation = graphql(`
  mutation AddProductVariant($productId: ID!, $input: ProductVariantInput!) {
    addProductVariant(productId: $productId, input: $input) {
      product {
        ...AdminProductFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateVariantMutation = graphql(`
  mutation UpdateProductVariant($id: ID!, $input: UpdateProductVariantInput!) {
    updateProductVariant(id: $id, input: $input) {
      product {
        ...AdminProductFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveVariantMutation = graphql(`
  mutation RemoveProductVariant($id: ID!) {
    removeProductVariant(id: $id) {
      product {
        ...AdminProductFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReorderImagesMutation = graphql(`
  mutation ReorderProductImages($productId: ID!, $imageIds: [ID!]!) {
    reorderProductImages(productId: $productId, imageIds: $imageIds) {
      ...ProductPayloadFields
    }
  }
`);

export const RemoveImageMutation = graphql(`
  mutation RemoveProductImage($imageId: ID!) {
    removeProductImage(imageId: $imageId) {
      product {
        ...AdminProductFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
