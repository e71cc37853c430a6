import type { CartRecord, VariantLookup } from './cart';
import { knownVariant } from './cart-rules';

export interface Amount {
  /** Minor units. */
  amount: number;
  currency: string;
}

export interface PricedLine {
  id: string;
  variantId: string;
  quantity: number;
  /** The current catalog price, or the price at add time if the catalog no longer lists the variant. */
  unitPrice: Amount;
  lineTotal: Amount;
  addedUnitPrice: Amount;
  /** The price now differs from the one the customer saw when adding the line. */
  priceChanged: boolean;
  /** The variant can still be bought. */
  purchasable: boolean;
}

export interface PricedCart {
  id: string;
  customerId: string | null;
  lines: PricedLine[];
  itemCount: number;
  subtotal: Amount;
  createdAt: string;
  updatedAt: string;
}

/** Prices every line at the variant's current price; the cart itself stores no prices. */
export function priceCart(cart: CartRecord, variants: VariantLookup, defaultCurrency: string): PricedCart {
  const lines = cart.lines.map((line): PricedLine => {
    const variant = variants.get(line.variantId);
    const added: Amount = { amount: line.addedUnitPrice, currency: line.addedCurrency };
    const unitPrice: Amount = knownVariant(variant)
      ? { amount: variant.price, currency: variant.currency }
      : added;
    return {
      id: line.id,
      variantId: line.variantId,
      quantity: line.quantity,
      unitPrice,
      lineTotal: { amount: unitPrice.amount * line.quantity, currency: unitPrice.currency },
      addedUnitPrice: added,
      priceChanged: unitPrice.amount !== added.amount || unitPrice.currency !== added.currency,
      purchasable: knownVariant(variant) && variant.purchasable,
    };
  });
  return {
    id: cart.id,
    customerId: cart.customerId,
    lines,
    itemCount: lines.reduce((count, line) => count + line.quantity, 0),
    subtotal: {
      amount: lines.reduce((sum, line) => sum + line.lineTotal.amount, 0),
      currency: lines[0]?.unitPrice.currency ?? defaultCurrency,
    },
    createdAt: cart.createdAt,
    updatedAt: cart.updatedAt,
  };
}
