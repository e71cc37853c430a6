/** Expected checkout failures, reported as userErrors with these stable codes. */
export const CheckoutErrorCode = {
  EMPTY_CART: 'EMPTY_CART',
  CART_NOT_FOUND: 'CART_NOT_FOUND',
  INVALID_CART: 'INVALID_CART',
  INVALID_ADDRESS: 'INVALID_ADDRESS',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  SHIPPING_RATE_INVALID: 'SHIPPING_RATE_INVALID',
} as const;
export type CheckoutErrorCode = (typeof CheckoutErrorCode)[keyof typeof CheckoutErrorCode];

export interface Problem {
  code: string;
  message: string;
  field?: string[];
}

/** A cart an order cannot be made from; the message says what to change. */
export function invalidCart(message: string): { ok: false; problem: Problem } {
  return {
    ok: false,
    problem: { code: CheckoutErrorCode.INVALID_CART, message, field: ['input', 'cartId'] },
  };
}
