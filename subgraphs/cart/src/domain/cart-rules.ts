import type { CartLimits, CartRecord, VariantFacts, VariantLookup } from './cart';
import { CartErrorCode, type CartViolation } from './cart-error-codes';

function violation(code: CartErrorCode, message: string, field: string[]): CartViolation {
  return { code, message, field };
}

/** A requested quantity must be a whole number of at least one (zero is only meaningful as "remove"). */
export function checkPositiveQuantity(quantity: number): CartViolation | null {
  if (!Number.isInteger(quantity) || quantity < 1) {
    return violation(
      CartErrorCode.INVALID_QUANTITY,
      `Quantity must be a whole number of at least 1; got ${quantity}`,
      ['quantity'],
    );
  }
  return null;
}

/** The quantity a line would end up with may not exceed the per-line maximum. */
export function checkLineMaximum(
  resultingQuantity: number,
  limits: CartLimits,
  alreadyInCart = 0,
): CartViolation | null {
  if (resultingQuantity <= limits.maxLineQuantity) return null;
  const held = alreadyInCart > 0 ? ` (the cart already holds ${alreadyInCart})` : '';
  return violation(
    CartErrorCode.QUANTITY_LIMIT,
    `At most ${limits.maxLineQuantity} of one item fit in a cart${held}`,
    ['quantity'],
  );
}

/** A variant the cart holds a price for; one it has no price for was never published by the catalog. */
export type PricedVariant = VariantFacts & { price: number; currency: string };

export function knownVariant(variant: VariantFacts | undefined): variant is PricedVariant {
  return variant !== undefined && variant.price !== null && variant.currency !== null;
}

/** The variant when it can be sold now, otherwise why it cannot. */
export function sellableVariant(
  variantId: string,
  variant: VariantFacts | undefined,
): { variant: PricedVariant } | { violation: CartViolation } {
  if (!knownVariant(variant)) {
    return {
      violation: violation(CartErrorCode.VARIANT_NOT_FOUND, `Variant ${variantId} does not exist`, [
        'variantId',
      ]),
    };
  }
  if (!variant.purchasable) {
    return {
      violation: violation(
        CartErrorCode.VARIANT_NOT_AVAILABLE,
        `Variant ${variantId} is not available for sale`,
        ['variantId'],
      ),
    };
  }
  return { variant };
}

/** Stock is only enforced once the cart has heard about it; an unknown level never blocks a sale here. */
export function checkStock(variant: VariantFacts, resultingQuantity: number): CartViolation | null {
  if (variant.available === null || resultingQuantity <= variant.available) return null;
  const available = Math.max(variant.available, 0);
  const message = available === 0 ? 'This item is out of stock' : `Only ${available} left in stock`;
  return violation(CartErrorCode.OUT_OF_STOCK, message, ['quantity']);
}

export function checkLineCount(cart: CartRecord, limits: CartLimits): CartViolation | null {
  if (cart.lines.length < limits.maxLines) return null;
  return violation(CartErrorCode.CART_LINE_LIMIT, `A cart holds at most ${limits.maxLines} different items`, [
    'variantId',
  ]);
}

/** The currency the cart is priced in: that of its first line, as the catalog prices it now. */
export function cartCurrency(cart: CartRecord, variants: VariantLookup): string | null {
  const first = cart.lines[0];
  if (!first) return null;
  return variants.get(first.variantId)?.currency ?? first.addedCurrency;
}

/** One cart, one currency: a subtotal across currencies would be meaningless. */
export function checkCurrency(
  cart: CartRecord,
  variant: PricedVariant,
  variants: VariantLookup,
): CartViolation | null {
  const currency = cartCurrency(cart, variants);
  if (currency === null || currency === variant.currency) return null;
  return violation(
    CartErrorCode.CURRENCY_MISMATCH,
    `This item is priced in ${variant.currency} but the cart is in ${currency}`,
    ['variantId'],
  );
}
