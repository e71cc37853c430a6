import { graphql } from '@/__generated__';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      ...AuthFields
    }
  }
`);

export const EmailVerificationStatusQuery = graphql(`
  query EmailVerificationStatus {
    me {
      id
      email
      emailVerified
    }
  }
`);

export const RequestEmailVerificationMutation = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      user {
        id
        emailVerified
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
