import type { CartLimits, CartLineRecord, CartRecord, VariantLookup } from './cart';

/** A guest line that could not be merged in full, and why. */
export interface MergeAdjustment {
  variantId: string;
  requested: number;
  kept: number;
  reason: 'QUANTITY_LIMIT' | 'OUT_OF_STOCK' | 'CART_LINE_LIMIT';
}

export interface MergeOutcome {
  cart: CartRecord;
  adjustments: MergeAdjustment[];
}

/** How many of a variant a merged line may hold, and which limit decided it. */
function clampQuantity(
  requested: number,
  available: number | null,
  limits: CartLimits,
): Omit<MergeAdjustment, 'variantId'> | null {
  let kept = requested;
  let reason: MergeAdjustment['reason'] | null = null;
  if (kept > limits.maxLineQuantity) {
    kept = limits.maxLineQuantity;
    reason = 'QUANTITY_LIMIT';
  }
  if (available !== null && kept > available) {
    kept = Math.max(available, 0);
    reason = 'OUT_OF_STOCK';
  }
  return reason ? { requested, kept, reason } : null;
}

/**
 * Folds a guest cart into a customer cart after login: quantities of the same variant are summed, every merged
 * line is clamped to the per-line maximum and to known stock, and lines that no longer fit are dropped. Lines
 * only the customer cart had are left as they are; a merged line keeps the price the customer saw first.
 */
export function mergeCarts(
  target: CartRecord,
  guest: CartRecord,
  variants: VariantLookup,
  limits: CartLimits,
  now: Date,
): MergeOutcome {
  const lines: CartLineRecord[] = target.lines.map((line) => ({ ...line }));
  const adjustments: MergeAdjustment[] = [];

  for (const guestLine of guest.lines) {
    const existing = lines.find((line) => line.variantId === guestLine.variantId);
    if (!existing && lines.length >= limits.maxLines) {
      adjustments.push({
        variantId: guestLine.variantId,
        requested: guestLine.quantity,
        kept: 0,
        reason: 'CART_LINE_LIMIT',
      });
      continue;
    }
    const requested = (existing?.quantity ?? 0) + guestLine.quantity;
    const clamp = clampQuantity(requested, variants.get(guestLine.variantId)?.available ?? null, limits);
    if (clamp) adjustments.push({ variantId: guestLine.variantId, ...clamp });
    const kept = clamp ? clamp.kept : requested;

    if (existing) {
      existing.quantity = kept;
    } else {
      lines.push({ ...guestLine, quantity: kept });
    }
  }

  return {
    cart: { ...target, lines: lines.filter((line) => line.quantity > 0), updatedAt: now.toISOString() },
    adjustments,
  };
}
