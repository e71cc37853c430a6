import { CheckoutErrorCode, type Problem } from './checkout-problems';

/** The cart as read from the cart service through the router at checkout. */
export interface CartView {
  id: string;
  lines: {
    id: string;
    quantity: number;
    variant: { id: string } | null;
    unitPrice: { amount: number; currency: string };
  }[];
}

export interface OrderLineDraft {
  variantId: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

/** Prices frozen at checkout: later catalog changes never alter a placed order. */
export interface OrderDraft {
  currency: string;
  lines: OrderLineDraft[];
  subtotal: number;
  /** Zero until promotions exist: a real total of no discounts. */
  discountTotal: number;
  /** Zero until shipping exists. */
  shippingTotal: number;
  total: number;
}

/** Amounts are stored as 32-bit integers of minor units. */
const MAX_AMOUNT = 2_147_483_647;

export type SnapshotResult = { ok: true; draft: OrderDraft } | { ok: false; problem: Problem };

const invalid = (message: string): SnapshotResult => ({
  ok: false,
  problem: { code: CheckoutErrorCode.INVALID_CART, message, field: ['input', 'cartId'] },
});

/** Turns the cart into the order's lines and totals, refusing carts an order cannot be made from. */
export function snapshotCart(cart: CartView): SnapshotResult {
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
      return invalid('An item in your cart is no longer available; remove it and try again.');
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      return invalid('Every cart line needs a quantity of at least 1.');
    if (!Number.isInteger(line.unitPrice.amount) || line.unitPrice.amount < 0)
      return invalid('An item in your cart has no valid price.');
    if (line.unitPrice.currency !== currency)
      return invalid('Your cart mixes currencies; an order has exactly one.');
    lines.push({
      variantId: line.variant.id,
      quantity: line.quantity,
      unitPrice: line.unitPrice.amount,
      lineTotal: line.unitPrice.amount * line.quantity,
    });
  }
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const discountTotal = 0;
  const shippingTotal = 0;
  const total = subtotal - discountTotal + shippingTotal;
  if (total > MAX_AMOUNT) return invalid('This order is too large to place online; please contact us.');
  return { ok: true, draft: { currency, lines, subtotal, discountTotal, shippingTotal, total } };
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
