import type { CartLimits, CartRecord, VariantLookup } from './cart';
import { CartErrorCode, type CartViolation } from './cart-error-codes';
import {
  checkCurrency,
  checkLineCount,
  checkLineMaximum,
  checkPositiveQuantity,
  checkStock,
  sellableVariant,
} from './cart-rules';

/** Either the edited cart or the first rule the edit breaks; the input cart is never mutated. */
export type EditResult = { ok: true; cart: CartRecord } | { ok: false; violation: CartViolation };

const rejected = (violation: CartViolation): EditResult => ({ ok: false, violation });

function touched(cart: CartRecord, lines: CartRecord['lines'], now: Date): CartRecord {
  return { ...cart, lines, updatedAt: now.toISOString() };
}

export interface AddLineInput {
  variantId: string;
  quantity: number;
  /** Id for the line if the variant is not in the cart yet. */
  newLineId: string;
  now: Date;
}

/** Adds a variant, or raises the quantity of the line that already holds it. */
export function addLine(
  cart: CartRecord,
  input: AddLineInput,
  variants: VariantLookup,
  limits: CartLimits,
): EditResult {
  const invalid = checkPositiveQuantity(input.quantity);
  if (invalid) return rejected(invalid);
  const sellable = sellableVariant(input.variantId, variants.get(input.variantId));
  if ('violation' in sellable) return rejected(sellable.violation);
  const { variant } = sellable;

  const existing = cart.lines.find((line) => line.variantId === input.variantId);
  const held = existing?.quantity ?? 0;
  const resulting = held + input.quantity;
  const broken =
    checkLineMaximum(resulting, limits, held) ??
    checkStock(variant, resulting) ??
    (existing ? null : checkLineCount(cart, limits)) ??
    checkCurrency(cart, variant, variants);
  if (broken) return rejected(broken);

  const lines = existing
    ? cart.lines.map((line) => (line === existing ? { ...line, quantity: resulting } : line))
    : [
        ...cart.lines,
        {
          id: input.newLineId,
          variantId: input.variantId,
          quantity: input.quantity,
          addedUnitPrice: variant.price,
          addedCurrency: variant.currency,
          addedAt: input.now.toISOString(),
        },
      ];
  return { ok: true, cart: touched(cart, lines, input.now) };
}

/**
 * Sets a line's quantity; 0 removes it. Lowering a quantity is always allowed, even for a variant that is no
 * longer sold or is short of stock, so a customer can always shrink a cart that has become unbuyable.
 */
export function setLineQuantity(
  cart: CartRecord,
  lineId: string,
  quantity: number,
  variants: VariantLookup,
  limits: CartLimits,
  now: Date,
): EditResult {
  if (quantity === 0) return removeLine(cart, lineId, now);
  const invalid = checkPositiveQuantity(quantity);
  if (invalid) return rejected(invalid);
  const line = cart.lines.find((candidate) => candidate.id === lineId);
  if (!line) return rejected(lineNotFound(lineId));
  if (quantity > line.quantity) {
    const sellable = sellableVariant(line.variantId, variants.get(line.variantId));
    if ('violation' in sellable) return rejected(sellable.violation);
    const broken = checkLineMaximum(quantity, limits) ?? checkStock(sellable.variant, quantity);
    if (broken) return rejected(broken);
  }
  const lines = cart.lines.map((candidate) => (candidate === line ? { ...candidate, quantity } : candidate));
  return { ok: true, cart: touched(cart, lines, now) };
}

export function removeLine(cart: CartRecord, lineId: string, now: Date): EditResult {
  if (!cart.lines.some((line) => line.id === lineId)) return rejected(lineNotFound(lineId));
  return {
    ok: true,
    cart: touched(
      cart,
      cart.lines.filter((line) => line.id !== lineId),
      now,
    ),
  };
}

export function clearLines(cart: CartRecord, now: Date): CartRecord {
  return touched(cart, [], now);
}

function lineNotFound(lineId: string): CartViolation {
  return { code: CartErrorCode.LINE_NOT_FOUND, message: `The cart has no line ${lineId}`, field: ['lineId'] };
}
