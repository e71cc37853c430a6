import { graphql } from '@/__generated__';

export const AddressFields = graphql(`
  fragment AddressFields on Address {
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
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      name
      email
      addresses {
        ...AddressFields
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        id
        name
        email
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthFields
    }
  }
`);

export const AddAddressMutation = graphql(`
  mutation AddAddress($input: AddAddressInput!) {
    addAddress(input: $input) {
      user {
        id
        addresses {
          ...AddressFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateAddressMutation = graphql(`
  mutation UpdateAddress($id: ID!, $input: UpdateAddressInput!) {
    updateAddress(id: $id, input: $input) {
      user {
        id
        addresses {
          ...AddressFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveAddressMutation = graphql(`
  mutation RemoveAddress($id: ID!) {
    removeAddress(id: $id) {
      user {
        id
        addresses {
          ...AddressFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
