import { graphql } from '@/__generated__';

export const AdminSignInMutation = graphql(`
  mutation AdminSignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
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
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndRefusedSession($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      success
    }
  }
`);
