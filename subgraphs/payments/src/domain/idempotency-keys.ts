/**
 * The idempotency key of every provider call, derived from the business key it serves: however often a
 * command is retried or redelivered, the provider sees the same key and acts at most once.
 */
export const idempotencyKeys = {
  /** The first authorization keeps its original key; each retry after a decline gets its own. */
  authorize: (orderId: string, attempt = 1) =>
    attempt > 1 ? `${orderId}:authorize:${attempt}` : `${orderId}:authorize`,
  capture: (paymentId: string) => `${paymentId}:capture`,
  void: (paymentId: string) => `${paymentId}:void`,
  refund: (refundId: string) => `${refundId}:refund`,
};
