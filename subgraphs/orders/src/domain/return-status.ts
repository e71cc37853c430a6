/** Where a return is in its life. */
export const RETURN_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'RECEIVED',
  'REFUNDED',
  'RETURNED',
  'REFUND_FAILED',
  'REJECTED',
  'CANCELLED',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/**
 * REQUESTED → APPROVED → RECEIVED, then the return saga settles it: REFUNDED (money paid back), RETURNED
 * (restocked, nothing was refundable) or REFUND_FAILED (restocked, the refund was refused; an administrator
 * refunds through payments). Until the items are received, an administrator may reject the return (REJECTED)
 * and the customer may withdraw it (CANCELLED); neither is returned, restocked or refunded.
 */
const TRANSITIONS: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  REQUESTED: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: ['RECEIVED', 'REJECTED', 'CANCELLED'],
  RECEIVED: ['REFUNDED', 'RETURNED', 'REFUND_FAILED'],
  REFUNDED: [],
  RETURNED: [],
  REFUND_FAILED: [],
  REJECTED: [],
  CANCELLED: [],
};

export function canMoveReturn(from: ReturnStatus, to: ReturnStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Returns still on their way: they keep the order RETURN_REQUESTED. */
export const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED'];

/** Returns that ended without the items coming back: their units count as never returned. */
export const WITHDRAWN_RETURN_STATUSES: readonly ReturnStatus[] = ['REJECTED', 'CANCELLED'];

/** Returns that may still be rejected or withdrawn: the items have not arrived back. */
export const PENDING_RETURN_STATUSES: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED'];

/**
 * The order's status once its returns are settled: REFUNDED when any of them paid money back, RETURNED when
 * none did, DELIVERED when every one was rejected or withdrawn; null while one is still open.
 */
export function orderStatusAfterReturns(
  returns: readonly { status: ReturnStatus }[],
): 'REFUNDED' | 'RETURNED' | 'DELIVERED' | null {
  if (returns.some((entry) => OPEN_RETURN_STATUSES.includes(entry.status))) return null;
  const settled = returns.filter((entry) => !WITHDRAWN_RETURN_STATUSES.includes(entry.status));
  if (settled.length === 0) return 'DELIVERED';
  return settled.some((entry) => entry.status === 'REFUNDED') ? 'REFUNDED' : 'RETURNED';
}
