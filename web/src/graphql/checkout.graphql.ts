import { graphql } from '@/__generated__';

export const CartTotalsFields = graphql(`
  fragment CartTotalsFields on Cart {
    id
    itemCount
    subtotal {
      amount
      currency
      formatted
    }
    discounts {
      promotionId
      code
      label
      amount {
        amount
        formatted
      }
      freeShipping
    }
    discountTotal {
      amount
      formatted
    }
    total {
      amount
      currency
      formatted
    }
    freeShipping
    couponCodes
    coupons {
      code
      applied
      reason
      message
    }
    lines {
      id
      quantity
      lineTotal {
        amount
      }
      variant {
        id
        weightGrams
      }
    }
  }
`);

export const CheckoutCartQuery = graphql(`
  query CheckoutCart($cartId: ID) {
    cart(cartId: $cartId) {
      ...CartFields
      ...CartTotalsFields
    }
  }
`);

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

export const MyAddressesQuery = graphql(`
  query MyAddresses {
    me {
      id
      addresses {
        ...AddressFields
      }
    }
  }
`);

export const AddAddressMutation = graphql(`
  mutation AddCheckoutAddress($input: AddAddressInput!) {
    addAddress(input: $input) {
      address {
        ...AddressFields
      }
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

export const ShippingRatesQuery = graphql(`
  query ShippingRates($input: ShippingRatesInput!) {
    shippingRates(input: $input) {
      id
      carrier
      service
      estimatedDays
      estimatedDaysMin
      amount {
        amount
        currency
        formatted
      }
    }
  }
`);

export const ApplyCouponMutation = graphql(`
  mutation ApplyCoupon($cartId: ID!, $code: String!) {
    applyCoupon(cartId: $cartId, code: $code) {
      cart {
        ...CartTotalsFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCouponMutation = graphql(`
  mutation RemoveCoupon($cartId: ID!, $code: String!) {
    removeCoupon(cartId: $cartId, code: $code) {
      cart {
        ...CartTotalsFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CheckoutMutation = graphql(`
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      order {
        id
        number
        status
      }
      orderAccessToken
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
