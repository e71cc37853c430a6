/**
 * The payment provider's documented test tokens, offered as a picker while the shop runs against the
 * simulated provider; any other token can be typed in.
 */
export const TEST_PAYMENT_TOKENS = [
  { token: 'tok_visa', label: 'Visa — succeeds' },
  { token: 'tok_mastercard', label: 'Mastercard — succeeds' },
  { token: 'tok_chargeDeclined', label: 'Card declined' },
  { token: 'tok_insufficientFunds', label: 'Insufficient funds' },
  { token: 'tok_timeout', label: 'Times out once, then succeeds' },
] as const;

/** How the order's payment method reads: the token's label, or the method as the API names it. */
export function paymentMethodLabel(method: string): string {
  const known = TEST_PAYMENT_TOKENS.find((entry) => entry.token === method);
  return known ? known.label.split(' — ')[0]! : method;
}
