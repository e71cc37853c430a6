import { randomUUID } from 'node:crypto';
import { cartContentsFingerprint } from '@msa/subgraph-kit';
import {
  findQuote,
  saveQuotes,
  type NewShippingQuote,
  type ShippingQuoteRecord,
} from '../data/shipping-quote.repo';
import { variantWeights } from '../data/variant-weight.repo';
import type { Destination } from '../domain/destination';
import { parcelWeight } from '../domain/parcel-weight';
import { rateOptions } from '../domain/rate-table';
import { zoneFor } from '../domain/shipping-zone';
import type { ShippingDeps } from './shipping-deps';

export interface RatesRequest {
  cartId: string;
  destination: Destination;
  /** The caller's own token, forwarded so the cart service decides whose cart it is; null for guests. */
  accessToken: string | null;
  /** The signed-in customer asking (null for a guest): only they may read the quotes back by id. */
  quotedForUserId: string | null;
  requestId: string;
  /** The router's X-Forwarded-For for the caller, so the cart read is charged to the caller. */
  forwardedFor?: string | null;
}

/**
 * Prices every service for the cart's parcel to the destination and stores each price as a quote that
 * checkout can refer to by id until it expires. Null when the cart is not there (or not the caller's); an
 * empty cart has nothing to ship and gets no rates.
 */
export async function quoteShippingRates(
  deps: ShippingDeps,
  request: RatesRequest,
): Promise<ShippingQuoteRecord[] | null> {
  const cart = await deps.carts.readCart(
    request.cartId,
    request.accessToken,
    request.requestId,
    request.forwardedFor ?? null,
  );
  if (!cart) return null;
  const lines = cart.lines.filter((line) => line.quantity > 0);
  if (!lines.length) return [];

  const weights = await variantWeights(
    deps.db,
    lines.map((line) => line.variant.id),
  );
  const parcel = parcelWeight(
    lines.map((line) => ({ quantity: line.quantity, weightGrams: weights.get(line.variant.id) ?? null })),
  );
  const zone = zoneFor(deps.originCountry, request.destination.country);
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.quoteTtlSeconds * 1000);
  const quotes: NewShippingQuote[] = rateOptions(zone, parcel.billableGrams).map((option) => ({
    id: randomUUID(),
    cartId: cart.id,
    quotedForUserId: request.quotedForUserId,
    ...request.destination,
    zone,
    service: option.service,
    carrier: option.carrier,
    amount: option.amount,
    currency: deps.currency,
    actualWeightGrams: parcel.actualGrams,
    cartFingerprint: cartContentsFingerprint(
      cart.id,
      lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })),
    ),
    billableWeightGrams: parcel.billableGrams,
    minDays: option.minDays,
    maxDays: option.maxDays,
    expiresAt,
  }));
  await saveQuotes(deps.db, quotes);
  return quotes.map((quote) => ({ ...quote, createdAt: now }));
}

/** A quote that can still be used; an expired or unknown one is null. */
export async function findLiveQuote(deps: ShippingDeps, id: string): Promise<ShippingQuoteRecord | null> {
  const quote = await findQuote(deps.db, id);
  return quote && quote.expiresAt.getTime() > deps.now().getTime() ? quote : null;
}
