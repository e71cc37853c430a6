import { graphql } from '@/__generated__';

export const AuthFields = graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      name
      email
      role
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...AuthFields
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthFields
    }
  }
`);

export const MyOrdersQuery = graphql(`
  query MyOrders($first: Int!, $after: String) {
    myOrders(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          number
          status
          createdAt
          cancellationReason
          paymentFailureCode
          total {
            formatted
          }
          lines {
            id
            quantity
            variant {
              id
              title
              options {
                name
                value
              }
              product {
                id
                slug
                name
              }
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
