import { graphql } from '@/__generated__';

export const CategoryLevelFields = graphql(`
  fragment CategoryLevelFields on Category {
    id
    slug
    name
    description
    parent {
      id
    }
    children {
      id
    }
  }
`);

export const TopCategoriesQuery = graphql(`
  query AdminTopCategories {
    categories {
      ...CategoryLevelFields
    }
  }
`);

export const CategoryChildrenQuery = graphql(`
  query AdminCategoryChildren($id: ID!) {
    category(id: $id) {
      id
      children {
        ...CategoryLevelFields
      }
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      category {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteCategoryMutation = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id) {
      deletedCategoryId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
