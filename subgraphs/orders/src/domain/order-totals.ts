/**
 * What the customer pays for an order: the lines, less the discounts, plus shipping. Discounts never exceed
 * the subtotal (checked when they are frozen), so the total is never negative.
 */
export function orderTotal(subtotal: number, discountTotal: number, shippingTotal: number): number {
  return subtotal - discountTotal + shippingTotal;
}
