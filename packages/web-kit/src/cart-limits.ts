/**
 * The most units of one item a cart line may hold: the cart service's default limit (MAX_LINE_QUANTITY,
 * 20). Quantity controls stop here so a shopper is not offered amounts the cart would refuse; if a
 * deployment lowers the limit, the cart's QUANTITY_LIMIT answer still explains it.
 */
export const MAX_CART_LINE_QUANTITY = 20;

/** How many more units of a variant fit in the cart, given what is already there (at least 0). */
export function remainingLineQuantity(inCart: number, max = MAX_CART_LINE_QUANTITY): number {
  return Math.max(0, max - inCart);
}
