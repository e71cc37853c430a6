import { invalidCart, type Problem } from './checkout-problems';

/** One discount on the cart, as the promotions service shows it on `Cart.discounts`. */
export interface CartDiscountView {
  promotionId: string;
  code: string | null;
  label: string;
  amount: { amount: number; currency: string };
}

/** A discount frozen onto the order; also what the saga redeems with promotions. */
export interface OrderDiscountDraft {
  promotionId: string;
  code: string | null;
  label: string;
  amount: number;
}

export type DiscountSnapshot =
  | { ok: true; discounts: OrderDiscountDraft[]; discountTotal: number }
  | { ok: false; problem: Problem };

/**
 * Freezes the cart's discounts. Every one must be in the order's currency and non-negative, they must add up
 * to the cart's discount total, and together they may not exceed the subtotal: anything else means the cart
 * and its promotions disagree, and charging either figure could be wrong.
 */
export function snapshotDiscounts(
  cart: { discounts?: CartDiscountView[] | null; discountTotal?: { amount: number } | null },
  currency: string,
  subtotal: number,
): DiscountSnapshot {
  const discounts: OrderDiscountDraft[] = [];
  for (const discount of cart.discounts ?? []) {
    const { amount } = discount.amount;
    if (!Number.isInteger(amount) || amount < 0 || discount.amount.currency !== currency)
      return invalidCart(`The discount "${discount.label}" has no valid amount in ${currency}.`);
    discounts.push({
      promotionId: discount.promotionId,
      code: discount.code,
      label: discount.label,
      amount,
    });
  }
  const discountTotal = discounts.reduce((sum, discount) => sum + discount.amount, 0);
  if (cart.discountTotal && cart.discountTotal.amount !== discountTotal)
    return invalidCart('Your cart’s discounts changed while checking out; review it and try again.');
  if (discountTotal > subtotal)
    return invalidCart('Your cart’s discounts exceed its value; review it and try again.');
  return { ok: true, discounts, discountTotal };
}
