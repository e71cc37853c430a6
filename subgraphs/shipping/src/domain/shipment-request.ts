/**
 * Why shipping refuses to create a shipment; sent as the `reason` of shipment.creation_failed so the order
 * can say what went wrong. Stable codes, not prose.
 */
export const SHIPMENT_REFUSALS = [
  'SHIPPING_RATE_NOT_FOUND',
  'SHIPPING_RATE_EXPIRED',
  'SHIPPING_RATE_DESTINATION_MISMATCH',
  'ORDER_CANCELLED',
] as const;
export type ShipmentRefusal = (typeof SHIPMENT_REFUSALS)[number];

export interface QuoteFacts {
  country: string;
  expiresAt: Date;
}

/**
 * A shipment is made from a quote that existed, had not expired when the order asked for the shipment, and
 * was priced for the country the order ships to (the zone, and so the price, depends on it). Expiry is
 * judged at the request time rather than now, so a command delayed in the queue by retries does not fail
 * an order that was paid with a valid quote.
 */
export function quoteRefusal(
  quote: QuoteFacts | null,
  request: { country: string; requestedAt: Date },
): ShipmentRefusal | null {
  if (!quote) return 'SHIPPING_RATE_NOT_FOUND';
  if (quote.expiresAt.getTime() <= request.requestedAt.getTime()) return 'SHIPPING_RATE_EXPIRED';
  if (quote.country !== request.country.trim().toUpperCase()) return 'SHIPPING_RATE_DESTINATION_MISMATCH';
  return null;
}
