/**
 * A declined authorization does not cancel the order: it waits in PAYMENT_FAILED, its stock still reserved,
 * for the customer to retry with another payment method (retryPayment) until the reservation expires.
 */

const DECLINES: Record<string, string> = {
  CARD_DECLINED: 'the card was declined',
  INSUFFICIENT_FUNDS: 'the card has insufficient funds',
  INVALID_TOKEN: 'the payment method was not recognised',
};

/** The status-history note of PAYMENT_FAILED; carries the decline code. */
export function paymentFailedNote(code: string): string {
  const what = DECLINES[code] ?? 'the payment was declined';
  return `Payment failed (${code}): ${what}. The items stay reserved until the hold expires; retry the payment with another method.`;
}

/** What checkout and retryPayment tell the customer beside a PAYMENT_FAILED order. */
export function paymentFailedMessage(code: string): string {
  const what = DECLINES[code] ?? 'your payment was declined';
  const sentence = what.charAt(0).toUpperCase() + what.slice(1);
  return `${sentence}. Your order and cart are kept: retry with another payment method before the items are released.`;
}

/** The note when the customer retries the payment of a PAYMENT_FAILED order. */
export const PAYMENT_RETRIED_NOTE = 'Payment retried with a new payment method; authorizing again.';

/** Orders whose payment may be retried. */
export function canRetryPayment(status: string): boolean {
  return status === 'PAYMENT_FAILED';
}
