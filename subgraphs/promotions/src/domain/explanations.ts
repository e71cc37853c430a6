/**
 * Why a promotion or coupon code does not apply. The codes are stable: clients branch on them, and they are
 * the userError codes of applyCoupon and the `reason` of CartCoupon.
 */
export const CouponProblemCode = {
  COUPON_NOT_FOUND: 'COUPON_NOT_FOUND',
  COUPON_INACTIVE: 'COUPON_INACTIVE',
  NOT_STARTED: 'NOT_STARTED',
  COUPON_EXPIRED: 'COUPON_EXPIRED',
  USAGE_LIMIT_REACHED: 'USAGE_LIMIT_REACHED',
  CUSTOMER_USAGE_LIMIT_REACHED: 'CUSTOMER_USAGE_LIMIT_REACHED',
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
  MIN_SUBTOTAL_NOT_MET: 'MIN_SUBTOTAL_NOT_MET',
  MIN_QUANTITY_NOT_MET: 'MIN_QUANTITY_NOT_MET',
  FIRST_ORDER_ONLY: 'FIRST_ORDER_ONLY',
  /** The cart holds nothing the promotion's products, categories or actions cover. */
  COUPON_NOT_APPLICABLE: 'COUPON_NOT_APPLICABLE',
  /** Valid on its own, but a better offer that cannot be combined with it was chosen. */
  COUPON_NOT_COMBINABLE: 'COUPON_NOT_COMBINABLE',
} as const;

export type CouponProblemCode = (typeof CouponProblemCode)[keyof typeof CouponProblemCode];

export interface Explanation {
  code: CouponProblemCode;
  message: string;
}

export function explain(code: CouponProblemCode, message: string): Explanation {
  return { code, message };
}
