import { registerEnumType } from 'type-graphql';
import { PAYMENT_STATUSES, type PaymentStatus as PaymentStatusName } from '../domain/payment-status';
import type { RefundStatus as RefundStatusName } from '../domain/refund-ledger';

/** The GraphQL enums mirror the domain's lists, so the two can never drift apart. */
export const PaymentStatus = Object.fromEntries(PAYMENT_STATUSES.map((status) => [status, status])) as {
  [S in PaymentStatusName]: S;
};

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description:
    'Where a payment is in its life: PENDING → AUTHORIZED → CAPTURED → PARTIALLY_REFUNDED → REFUNDED; VOIDED before capture; FAILED.',
  valuesConfig: {
    PENDING: { description: 'Created; the card is being authorized.' },
    AUTHORIZED: { description: 'The amount is held on the card, not yet taken.' },
    CAPTURED: { description: 'The amount was taken.' },
    VOIDED: { description: 'The hold was released before anything was taken.' },
    PARTIALLY_REFUNDED: { description: 'Part of the captured amount was paid back.' },
    REFUNDED: { description: 'All of the captured amount was paid back.' },
    FAILED: { description: 'Declined or failed at the provider; see failureCode.' },
  },
});

export const RefundStatus: { [S in RefundStatusName]: S } = {
  PENDING: 'PENDING',
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'FAILED',
};

registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Whether a refund went through.',
  valuesConfig: {
    PENDING: { description: 'Sent to the provider; no answer yet.' },
    SUCCEEDED: { description: 'Paid back to the card.' },
    FAILED: { description: 'The provider refused it; nothing was paid back.' },
  },
});
