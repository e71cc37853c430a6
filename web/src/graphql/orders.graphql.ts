import { graphql } from '@/__generated__';

export const ShipmentFields = graphql(`
  fragment ShipmentFields on Shipment {
    id
    carrier
    service
    trackingNumber
    status
    estimatedDelivery
    deliveredAt
    events {
      status
      at
      location
    }
  }
`);

export const ReturnFields = graphql(`
  fragment ReturnFields on Return {
    id
    status
    reason
    createdAt
    failureReason
    rejectionReason
    refundAmount {
      formatted
    }
    lines {
      orderLineId
      quantity
      variant {
        id
        title
        product {
          id
          name
        }
      }
    }
  }
`);

export const OrderDetailFields = graphql(`
  fragment OrderDetailFields on Order {
    id
    number
    status
    createdAt
    updatedAt
    cancellationReason
    paymentFailureCode
    lines {
      id
      quantity
      unitPrice {
        formatted
      }
      lineTotal {
        amount
        formatted
      }
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
          images {
            id
            url
            alt
          }
        }
      }
    }
    subtotal {
      amount
      currency
      formatted
    }
    discounts {
      code
      label
      amount {
        amount
        formatted
      }
    }
    discountTotal {
      amount
      formatted
    }
    shippingTotal {
      amount
      formatted
    }
    taxTotal {
      amount
      formatted
    }
    taxLines {
      name
      rate
      amount {
        amount
        formatted
      }
    }
    total {
      amount
      formatted
    }
    refundedTotal {
      amount
      formatted
    }
    shippingAddress {
      name
      line1
      line2
      city
      region
      postalCode
      country
      phone
    }
    statusHistory {
      status
      at
      note
    }
    payment {
      id
      status
      method
      amount {
        formatted
      }
    }
    shipment {
      ...ShipmentFields
    }
    returns {
      ...ReturnFields
    }
  }
`);

export const OrderDetailQuery = graphql(`
  query OrderDetail($id: ID!, $accessToken: String) {
    order(id: $id, accessToken: $accessToken) {
      ...OrderDetailFields
    }
  }
`);

export const OrderUpdatedSubscription = graphql(`
  subscription OrderUpdated($orderId: ID!, $accessToken: String) {
    orderUpdated(orderId: $orderId, accessToken: $accessToken) {
      ...OrderDetailFields
    }
  }
`);

export const GuestOrderQuery = graphql(`
  query GuestOrder($number: String!, $email: String!) {
    guestOrder(number: $number, email: $email) {
      id
      orderAccessToken
    }
  }
`);

export const TrackShipmentQuery = graphql(`
  query TrackShipment($trackingNumber: String!) {
    trackShipment(trackingNumber: $trackingNumber) {
      ...ShipmentFields
    }
  }
`);

export const RetryPaymentMutation = graphql(`
  mutation RetryPayment($orderId: ID!, $paymentToken: String!, $accessToken: String) {
    retryPayment(orderId: $orderId, paymentToken: $paymentToken, accessToken: $accessToken) {
      order {
        ...OrderDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($id: ID!, $accessToken: String) {
    cancelOrder(id: $id, accessToken: $accessToken) {
      order {
        ...OrderDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RequestReturnMutation = graphql(`
  mutation RequestReturn($orderId: ID!, $lines: [ReturnLineInput!]!, $reason: String!) {
    requestReturn(orderId: $orderId, lines: $lines, reason: $reason) {
      return {
        ...ReturnFields
        order {
          id
          status
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelReturnMutation = graphql(`
  mutation CancelReturn($returnId: ID!) {
    cancelReturn(returnId: $returnId) {
      return {
        ...ReturnFields
        order {
          id
          status
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
