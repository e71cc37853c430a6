import { graphql } from '@/__generated__';

export const OrderDetailFields = graphql(`
  fragment OrderDetailFields on Order {
    id
    number
    status
    cancellationReason
    createdAt
    updatedAt
    subtotal {
      formatted
    }
    discountTotal {
      amount
      formatted
    }
    shippingTotal {
      formatted
    }
    taxTotal {
      formatted
    }
    taxLines {
      name
      rate
      amount {
        formatted
      }
    }
    total {
      formatted
    }
    discounts {
      code
      label
      amount {
        formatted
      }
    }
    lines {
      id
      quantity
      unitPrice {
        formatted
      }
      lineTotal {
        formatted
      }
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
    customer {
      id
      name
      email
    }
    guestEmail
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
      failureReason
      amount {
        formatted
      }
      capturedAmount {
        formatted
      }
      refundedAmount {
        formatted
      }
      refundableAmount {
        amount
        currency
        formatted
      }
      refunds {
        id
        status
        reason
        failureReason
        createdAt
        amount {
          formatted
        }
      }
    }
    shipment {
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
    returns {
      id
      status
      reason
      createdAt
      refundAmount {
        formatted
      }
    }
  }
`);

export const AdminOrderQuery = graphql(`
  query AdminOrder($id: ID!) {
    order(id: $id) {
      ...OrderDetailFields
    }
  }
`);

export const CancelOrderMutation = graphql(`
  mutation AdminCancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      order {
        ...OrderDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RefundPaymentMutation = graphql(`
  mutation AdminRefundPayment($paymentId: ID!, $amount: Int!, $reason: String!, $idempotencyKey: String!) {
    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason, idempotencyKey: $idempotencyKey) {
      refund {
        id
        status
        failureReason
        amount {
          formatted
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateShipmentStatusMutation = graphql(`
  mutation AdminUpdateShipmentStatus($shipmentId: ID!, $status: ShipmentStatus!, $location: String) {
    updateShipmentStatus(shipmentId: $shipmentId, status: $status, location: $location) {
      shipment {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AdminOrderUpdatedSubscription = graphql(`
  subscription AdminOrderUpdated($orderId: ID!) {
    orderUpdated(orderId: $orderId) {
      ...OrderDetailFields
    }
  }
`);
