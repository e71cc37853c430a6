/** How delivery options read in the checkout, and why there may be none. */

const SERVICE_NAMES: Record<string, string> = {
  ECONOMY: 'Economy',
  STANDARD: 'Standard',
  EXPRESS: 'Express',
};

/** "Standard", or the API's name for a service added later. */
export function serviceName(service: string): string {
  return SERVICE_NAMES[service] ?? service.charAt(0) + service.slice(1).toLowerCase();
}

/** "Arrives in 3–5 business days", "Arrives in 1 business day". */
export function deliveryEstimate(rate: { estimatedDays: number; estimatedDaysMin?: number | null }): string {
  const max = rate.estimatedDays;
  const min = rate.estimatedDaysMin ?? max;
  const unit = max === 1 ? 'business day' : 'business days';
  return min > 0 && min < max ? `Arrives in ${min}–${max} ${unit}` : `Arrives in ${max} ${unit}`;
}

/** The heaviest parcel a carrier takes (the shipping service's limit). */
export const MAX_PARCEL_KILOGRAMS = 70;

/** What the cart weighs, in grams, from its lines (items without a weight count as nothing here). */
export function cartWeightGrams(
  lines: readonly { quantity: number; variant: { weightGrams?: number | null } }[],
): number {
  return lines.reduce((sum, line) => sum + line.quantity * (line.variant.weightGrams ?? 0), 0);
}

/** Why no delivery option was offered for a cart that has items. */
export function noDeliveryReason(weightGrams: number): string {
  if (weightGrams > MAX_PARCEL_KILOGRAMS * 1000) {
    const kilograms = Math.ceil(weightGrams / 1000);
    return `No carrier takes this order: it weighs about ${kilograms} kg, over the ${MAX_PARCEL_KILOGRAMS} kg a parcel may weigh. Reduce the quantities in your cart to see delivery options.`;
  }
  return `No carrier takes this order to this address: the parcel is too heavy or too large (at most ${MAX_PARCEL_KILOGRAMS} kg). Reduce the quantities in your cart or choose another address.`;
}
