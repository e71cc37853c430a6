import { registerEnumType } from 'type-graphql';
import { ORDER_STATUSES, type OrderStatus as OrderStatusName } from '../domain/order-status';

/** The GraphQL enum mirrors the domain's list, so the two can never drift apart. */
export const OrderStatus = Object.fromEntries(ORDER_STATUSES.map((status) => [status, status])) as {
  [S in OrderStatusName]: S;
};

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description:
    'Where an order is in its life: PENDING → CONFIRMED → SHIPPED → DELIVERED; PENDING → PAYMENT_FAILED → PENDING (retryPayment) or CANCELLED; RETURN_REQUESTED → RETURNED/REFUNDED (or back to DELIVERED when the return is rejected or withdrawn).',
  valuesConfig: {
    PENDING: { description: 'Placed; stock is being reserved and the payment taken.' },
    PAYMENT_FAILED: {
      description:
        'The payment was declined (see paymentFailureCode); the stock stays reserved until the hold expires. Pay with retryPayment, or cancel.',
    },
    CONFIRMED: { description: 'Stock is committed; the order will ship.' },
    SHIPPED: { description: 'Handed to the carrier.' },
    DELIVERED: { description: 'Delivered to the customer.' },
    CANCELLED: { description: 'Cancelled; see cancellationReason.' },
    RETURN_REQUESTED: { description: 'The customer asked to return it.' },
    RETURNED: { description: 'The return was received.' },
    REFUNDED: { description: 'The money was paid back.' },
  },
});
