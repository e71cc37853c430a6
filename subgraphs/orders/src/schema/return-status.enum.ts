import { registerEnumType } from 'type-graphql';
import { RETURN_STATUSES, type ReturnStatus as ReturnStatusName } from '../domain/return-status';

/** The GraphQL enum mirrors the domain's list, so the two can never drift apart. */
export const ReturnStatus = Object.fromEntries(RETURN_STATUSES.map((status) => [status, status])) as {
  [S in ReturnStatusName]: S;
};

registerEnumType(ReturnStatus, {
  name: 'ReturnStatus',
  description:
    'Where a return is: REQUESTED → APPROVED → RECEIVED → REFUNDED (or RETURNED, REFUND_FAILED); before RECEIVED it may end REJECTED (by an administrator) or CANCELLED (withdrawn by the customer).',
  valuesConfig: {
    REQUESTED: { description: 'The customer asked to return the items.' },
    APPROVED: { description: 'An administrator accepted the request; the customer may send the items.' },
    RECEIVED: { description: 'The items arrived; they are being restocked and refunded.' },
    REFUNDED: { description: 'Restocked and refunded.' },
    RETURNED: { description: 'Restocked; nothing was refundable (the units were free after discounts).' },
    REFUND_FAILED: { description: 'Restocked, but payments refused the refund; see failureReason.' },
    REJECTED: { description: 'An administrator rejected the return; see rejectionReason.' },
    CANCELLED: { description: 'The customer withdrew the return before sending the items.' },
  },
});
