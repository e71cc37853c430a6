/** Stable codes of the cart's expected business failures (payload `userErrors`). */
export const CartErrorCode = {
  CART_NOT_FOUND: 'CART_NOT_FOUND',
  LINE_NOT_FOUND: 'LINE_NOT_FOUND',
  VARIANT_NOT_FOUND: 'VARIANT_NOT_FOUND',
  VARIANT_NOT_AVAILABLE: 'VARIANT_NOT_AVAILABLE',
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  QUANTITY_LIMIT: 'QUANTITY_LIMIT',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  CART_LINE_LIMIT: 'CART_LINE_LIMIT',
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
} as const;

export type CartErrorCode = (typeof CartErrorCode)[keyof typeof CartErrorCode];

/** A rule the requested change breaks; the service turns it into a payload userError. */
export interface CartViolation {
  code: CartErrorCode;
  message: string;
  field: string[];
}
