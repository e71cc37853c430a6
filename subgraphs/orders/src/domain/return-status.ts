/** Where a return is in its life. */
export const RETURN_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'RECEIVED',
  'REFUNDED',
  'RETURNED',
  'REFUND_FAILED',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/**
 * REQUESTED → APPROVED → RECEIVED, then the return saga settles it: REFUNDED (money paid back), RETURNED
 * (restocked, nothing was refundable) or REFUND_FAILED (restocked, the refund was refused; an administrator
 * refunds through payments).
 */
const TRANSITIONS: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  REQUESTED: ['APPROVED'],
  APPROVED: ['RECEIVED'],
  RECEIVED: ['REFUNDED', 'RETURNED', 'REFUND_FAILED'],
  REFUNDED: [],
  RETURNED: [],
  REFUND_FAILED: [],
};

export function canMoveReturn(from: ReturnStatus, to: ReturnStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Returns still on their way: they keep the order RETURN_REQUESTED. */
export const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED'];

/**
 * The order's status once its returns are settled: REFUNDED when any of them paid money back, RETURNED when
 * none did; null while one is still open.
 */
export function orderStatusAfterReturns(
  returns: readonly { status: ReturnStatus }[],
): 'REFUNDED' | 'RETURNED' | null {
  if (returns.some((entry) => OPEN_RETURN_STATUSES.includes(entry.status))) return null;
  return returns.some((entry) => entry.status === 'REFUNDED') ? 'REFUNDED' : 'RETURNED';
}
