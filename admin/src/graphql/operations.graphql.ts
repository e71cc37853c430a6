import { graphql } from '@/__generated__';

export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          name
          email
          role
          createdAt
          disabled
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($userId: ID!, $role: UserRole!) {
    setUserRole(userId: $userId, role: $role) {
      user {
        id
        role
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AdminOrdersQuery = graphql(`
  query AdminOrders($first: Int!, $after: String, $filter: OrdersFilter) {
    orders(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          number
          status
          createdAt
          cancellationReason
          total {
            formatted
          }
          lines {
            id
            quantity
          }
          customer {
            id
            name
            email
          }
          guestEmail
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const LowStockQuery = graphql(`
  query LowStock($first: Int!, $after: String) {
    lowStock(first: $first, after: $after) {
      edges {
        cursor
        node {
          variantId
          onHand
          reserved
          available
          lowStockThreshold
          lowStock
          updatedAt
          variant {
            id
            sku
            title
            product {
              id
              name
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

export const AdjustStockMutation = graphql(`
  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String!) {
    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {
      stock {
        variantId
        onHand
        reserved
        available
        lowStockThreshold
        lowStock
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetLowStockThresholdMutation = graphql(`
  mutation SetLowStockThreshold($variantId: ID!, $threshold: Int!) {
    setLowStockThreshold(variantId: $variantId, threshold: $threshold) {
      stock {
        variantId
        onHand
        reserved
        available
        lowStockThreshold
        lowStock
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeadLettersQuery = graphql(`
  query DeadLetters($first: Int!, $after: String) {
    deadLetters(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          queue
          jobName
          jobId
          payload
          failedReason
          attemptsMade
          failedAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const RetryDeadLetterMutation = graphql(`
  mutation RetryDeadLetter($id: ID!) {
    retryDeadLetter(id: $id) {
      queue
      jobId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OverviewQuery = graphql(`
  query AdminOverview($withDeadLetters: Boolean!) {
    lowStock(first: 1) {
      totalCount
    }
    # Dead letters are for administrators only; staff ask without them.
    deadLetters(first: 1) @include(if: $withDeadLetters) {
      totalCount
    }
    orders(first: 1, filter: { status: PENDING }) {
      totalCount
    }
  }
`);

export const AdminUserQuery = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      id
      name
      email
      role
      createdAt
      disabled
      disabledReason
      addresses {
        id
        name
        line1
        line2
        city
        region
        postalCode
        country
        phone
        isDefault
      }
    }
  }
`);

export const StockMovementsQuery = graphql(`
  query StockMovements($variantId: ID!, $first: Int!, $after: String) {
    stockMovements(variantId: $variantId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          reason
          onHandDelta
          reservedDelta
          onHandAfter
          reservedAfter
          note
          reference
          createdAt
          actor {
            id
            name
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

export const LowStockSearchQuery = graphql(`
  query LowStockSearch($search: String!, $first: Int!) {
    products(first: $first, filter: { search: $search }) {
      nodes {
        id
        name
        variants {
          id
          sku
          title
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
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation AdminDisableUser($userId: ID!, $reason: String!) {
    disableUser(userId: $userId, reason: $reason) {
      user {
        id
        disabled
        disabledReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation AdminEnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      user {
        id
        disabled
        disabledReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
