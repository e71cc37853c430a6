import { graphql } from '@/__generated__';

export const CartFields = graphql(`
  fragment CartFields on Cart {
    id
    isGuest
    itemCount
    subtotal {
      amount
      currency
      formatted
    }
    lines {
      id
      quantity
      purchasable
      priceChanged
      unitPrice {
        formatted
      }
      addedUnitPrice {
        formatted
      }
      lineTotal {
        formatted
      }
      variant {
        id
        title
        sku
        options {
          name
          value
        }
        product {
          id
          slug
          name
          images {
            id
            url
            alt
          }
        }
      }
    }
  }
`);

export const CartPayloadFields = graphql(`
  fragment CartPayloadFields on CartPayload {
    cart {
      ...CartFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

export const CartQuery = graphql(`
  query Cart($cartId: ID) {
    cart(cartId: $cartId) {
      ...CartFields
    }
  }
`);

export const AddToCartMutation = graphql(`
  mutation AddToCart($cartId: ID, $variantId: ID!, $quantity: Int!) {
    addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) {
      ...CartPayloadFields
    }
  }
`);

export const UpdateCartLineMutation = graphql(`
  mutation UpdateCartLine($cartId: ID, $lineId: ID!, $quantity: Int!) {
    updateCartLine(cartId: $cartId, lineId: $lineId, quantity: $quantity) {
      ...CartPayloadFields
    }
  }
`);

export const RemoveCartLineMutation = graphql(`
  mutation RemoveCartLine($cartId: ID, $lineId: ID!) {
    removeCartLine(cartId: $cartId, lineId: $lineId) {
      ...CartPayloadFields
    }
  }
`);

export const MergeCartMutation = graphql(`
  mutation MergeCart($guestCartId: ID!) {
    mergeCart(guestCartId: $guestCartId) {
      ...CartPayloadFields
    }
  }
`);
