import { cartContentsFingerprint } from '@msa/subgraph-kit';
import { CheckoutErrorCode, invalidCart, type Problem } from './checkout-problems';
import { snapshotDiscounts, type CartDiscountView, type OrderDiscountDraft } from './order-discounts';
import { orderTotal } from './order-totals';
import { shippingCharge, type ShippingRateView } from './shipping-charge';

/** The cart as read through the router at checkout, with the fields promotions adds to it. */
export interface CartView {
  id: string;
  lines: {
    id: string;
    quantity: number;
    variant: { id: string } | null;
    unitPrice: { amount: number; currency: string };
  }[];
  subtotal?: { amount: number; currency: string } | null;
  discounts?: CartDiscountView[] | null;
  discountTotal?: { amount: number } | null;
  couponCodes?: string[] | null;
  freeShipping?: boolean | null;
}

export interface OrderLineDraft {
  variantId: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

/** Prices frozen at checkout: later catalog, promotion or rate changes never alter a placed order. */
export interface OrderDraft {
  currency: string;
  lines: OrderLineDraft[];
  subtotal: number;
  discounts: OrderDiscountDraft[];
  discountTotal: number;
  shippingRateId: string;
  shippingTotal: number;
  /** subtotal − discountTotal + shippingTotal: what the payment authorizes and captures. */
  total: number;
}

/** Amounts are stored as 32-bit integers of minor units. */
export const MAX_AMOUNT = 2_147_483_647;

export type SnapshotResult = { ok: true; draft: OrderDraft } | { ok: false; problem: Problem };

type LinesResult = { ok: true; currency: string; lines: OrderLineDraft[] } | { ok: false; problem: Problem };

function snapshotLines(cart: CartView): LinesResult {
  if (cart.lines.length === 0) {
    return {
      ok: false,
      problem: {
        code: CheckoutErrorCode.EMPTY_CART,
        message: 'Your cart is empty.',
        field: ['input', 'cartId'],
      },
    };
  }
  const currency = cart.lines[0]!.unitPrice.currency;
  const lines: OrderLineDraft[] = [];
  for (const line of cart.lines) {
    if (!line.variant)
      return invalidCart('An item in your cart is no longer available; remove it and try again.');
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      return invalidCart('Every cart line needs a quantity of at least 1.');
    if (!Number.isInteger(line.unitPrice.amount) || line.unitPrice.amount < 0)
      return invalidCart('An item in your cart has no valid price.');
    if (line.unitPrice.currency !== currency)
      return invalidCart('Your cart mixes currencies; an order has exactly one.');
    lines.push({
      variantId: line.variant.id,
      quantity: line.quantity,
      unitPrice: line.unitPrice.amount,
      lineTotal: line.unitPrice.amount * line.quantity,
    });
  }
  return { ok: true, currency, lines };
}

export interface CheckoutFacts {
  cart: CartView;
  rate: ShippingRateView | null;
  shipTo: { country: string; postalCode: string };
  /** Decides whether the rate has expired. */
  now: Date;
}

/**
 * Turns the cart, its discounts and the chosen shipping rate into the order's lines and totals, refusing
 * what an order cannot be made from.
 */
export function snapshotCheckout({ cart, rate, shipTo, now }: CheckoutFacts): SnapshotResult {
  const linesResult = snapshotLines(cart);
  if (!linesResult.ok) return linesResult;
  const { currency, lines } = linesResult;
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  if (subtotal > MAX_AMOUNT)
    return invalidCart('This order is too large to place online; please contact us.');
  // The cart prices its lines itself; a different sum means it changed between its fields being read.
  if (cart.subtotal && (cart.subtotal.amount !== subtotal || cart.subtotal.currency !== currency))
    return invalidCart('Your cart changed while checking out; review it and try again.');

  const discounts = snapshotDiscounts(cart, currency, subtotal);
  if (!discounts.ok) return discounts;
  const shipping = shippingCharge(rate, currency, cart.freeShipping === true, now, shipTo, {
    id: cart.id,
    fingerprint: cartContentsFingerprint(cart.id, lines),
  });
  if (!shipping.ok) return shipping;

  const total = orderTotal(subtotal, discounts.discountTotal, shipping.shippingTotal);
  if (total > MAX_AMOUNT) return invalidCart('This order is too large to place online; please contact us.');
  return {
    ok: true,
    draft: {
      currency,
      lines,
      subtotal,
      discounts: discounts.discounts,
      discountTotal: discounts.discountTotal,
      shippingRateId: shipping.rateId,
      shippingTotal: shipping.shippingTotal,
      total,
    },
  };
}

/** Quantities per variant, the shape inventory reserves and restocks. */
export function lineRefs(
  lines: readonly { variantId: string; quantity: number }[],
): { variantId: string; quantity: number }[] {
  const byVariant = new Map<string, number>();
  for (const line of lines)
    byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  return [...byVariant].map(([variantId, quantity]) => ({ variantId, quantity }));
}
