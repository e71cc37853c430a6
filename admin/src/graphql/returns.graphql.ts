import { graphql } from '@/__generated__';

export const ReturnRowFields = graphql(`
  fragment ReturnRowFields on Return {
    id
    status
    reason
    rejectionReason
    failureReason
    createdAt
    refundAmount {
      formatted
    }
    lines {
      orderLineId
      quantity
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
    order {
      id
      number
      customer {
        id
        name
        email
      }
    }
  }
`);

export const AdminReturnsQuery = graphql(`
  query AdminReturns($first: Int!, $after: String, $filter: ReturnsFilter) {
    returns(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ReturnRowFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const ApproveReturnMutation = graphql(`
  mutation AdminApproveReturn($returnId: ID!) {
    approveReturn(returnId: $returnId) {
      return {
        ...ReturnRowFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReceiveReturnMutation = graphql(`
  mutation AdminReceiveReturn($returnId: ID!) {
    receiveReturn(returnId: $returnId) {
      return {
        ...ReturnRowFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectReturnMutation = graphql(`
  mutation AdminRejectReturn($returnId: ID!, $reason: String!) {
    rejectReturn(returnId: $returnId, reason: $reason) {
      return {
        ...ReturnRowFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
