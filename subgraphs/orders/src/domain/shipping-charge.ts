import { CheckoutErrorCode, type Problem } from './checkout-problems';

/** The shipping rate chosen for checkout, as the shipping service shows it through the router. */
export interface ShippingRateView {
  id: string;
  amount: { amount: number; currency: string };
  carrier: string;
  service: string;
  /** When the quote stops being valid; null when it does not expire. */
  expiresAt: string | null;
  /** Where the rate was priced to; the order must ship there. */
  destination?: { country: string; postalCode: string } | null;
  /**
   * A digest of the cart's contents when the rate was priced (cartContentsFingerprint). Which cart it was
   * priced for is not shown: the shipping service answers a rate only to a request naming that cart.
   */
  cartFingerprint?: string;
}

const normalizedPostalCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

export type ShippingCharge =
  | { ok: true; rateId: string; shippingTotal: number }
  | { ok: false; problem: Problem };

const invalidRate = (message: string): ShippingCharge => ({
  ok: false,
  problem: { code: CheckoutErrorCode.SHIPPING_RATE_INVALID, message, field: ['input', 'shippingRateId'] },
});

/**
 * What shipping adds to the order: the rate's amount, or nothing when a promotion gives free shipping. The
 * rate itself must still be valid (the shipment is created with it), priced in the order's currency, and
 * quoted for the address the order ships to.
 */
export function shippingCharge(
  rate: ShippingRateView | null,
  currency: string,
  freeShipping: boolean,
  now: Date,
  shipTo: { country: string; postalCode: string },
  cart?: { id: string; fingerprint: string },
): ShippingCharge {
  if (!rate) return invalidRate('This shipping rate is unknown or has expired; choose a rate again.');
  if (cart && rate.cartFingerprint !== undefined && rate.cartFingerprint !== cart.fingerprint)
    return invalidRate(
      'This shipping rate was quoted for other cart contents; get shipping rates again for this cart.',
    );
  if (
    rate.destination &&
    (rate.destination.country.toUpperCase() !== shipTo.country.toUpperCase() ||
      normalizedPostalCode(rate.destination.postalCode) !== normalizedPostalCode(shipTo.postalCode))
  )
    return invalidRate('This shipping rate was quoted for another address; choose a rate for this address.');
  if (rate.expiresAt !== null && !(Date.parse(rate.expiresAt) > now.getTime()))
    return invalidRate('This shipping rate has expired; choose a rate again.');
  if (!Number.isInteger(rate.amount.amount) || rate.amount.amount < 0)
    return invalidRate('This shipping rate has no valid price; choose another rate.');
  if (rate.amount.currency !== currency)
    return invalidRate(`This shipping rate is not priced in ${currency}; choose a rate for this cart.`);
  return { ok: true, rateId: rate.id, shippingTotal: freeShipping ? 0 : rate.amount.amount };
}
