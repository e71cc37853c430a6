import {
  createRouterClient,
  describeRouterError,
  isNotForThisCaller,
  queryThroughRouter,
  UpstreamUnavailableError,
} from '@msa/subgraph-kit';
import type { CartOwnershipView } from '../domain/cart-ownership';
import type { CartView } from '../domain/order-snapshot';
import type { ShippingRateView } from '../domain/shipping-charge';

/**
 * Reads, in one request through the router and as the caller, what checkout freezes: the cart with the
 * discounts promotions computed for it, and the chosen shipping rate. The cart service decides whether this
 * customer may see the cart; only ids, quantities, prices and discounts are asked for. `ownCart` (the
 * caller's own cart, if any) lets checkout refuse a customer cart the caller may read but does not own.
 */
export const CHECKOUT_READ_QUERY = `query OrdersCheckoutRead($cartId: ID, $rateId: ID!) {
  cart(cartId: $cartId) {
    id
    lines { id quantity variant { id } unitPrice { amount currency } }
    subtotal { amount currency }
    discounts { promotionId code label amount { amount currency } }
    discountTotal { amount }
    couponCodes
    freeShipping
    isGuest
  }
  ownCart: cart { id }
  shippingRate(id: $rateId, cartId: $cartId) { id amount { amount currency } carrier service expiresAt cartFingerprint destination { country postalCode } }
}`;

export interface CheckoutReads {
  /** Null when the cart does not exist or the caller may not see it. */
  cart: (CartView & CartOwnershipView) | null;
  /** The caller's own customer cart, null for a guest or a customer without one. */
  ownCartId: string | null;
  /** Null when the rate is unknown or expired. */
  rate: ShippingRateView | null;
}

/**
 * The cart or rate cannot be read (the router or a service behind it is slow, unreachable or failing): the
 * caller gets the retryable SUBGRAPH_UNAVAILABLE, not INTERNAL_SERVER_ERROR, since nothing in the request is
 * at fault. Nothing is placed or priced.
 */
export class CheckoutReadError extends UpstreamUnavailableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(
      message,
      'The cart or shipping rate cannot be read right now; nothing was charged, try again shortly.',
      options,
    );
  }
}

export interface CheckoutReader {
  /** `accessToken` null reads as an anonymous guest: only guest carts answer then. */
  read(cartId: string, rateId: string, accessToken: string | null, requestId: string): Promise<CheckoutReads>;
}

type ReadAnswer = {
  cart?: (CartView & CartOwnershipView) | null;
  ownCart?: { id: string } | null;
  shippingRate?: ShippingRateView | null;
};

export function createCheckoutReader(routerUrl: string, timeoutMs = 5_000): CheckoutReader {
  const router = createRouterClient({ routerUrl, caller: 'orders.checkout-read', breaker: { timeoutMs } });
  return {
    async read(cartId, rateId, accessToken, requestId) {
      const answer = await queryThroughRouter<ReadAnswer>(
        router,
        { query: CHECKOUT_READ_QUERY, variables: { cartId, rateId }, accessToken, requestId },
        CheckoutReadError,
      );
      const missing = new Set<string>();
      for (const error of answer.errors) {
        const root = error.path?.[0];
        // Only a refusal of a whole root field means "not yours" (UNAUTHENTICATED is a guest naming a
        // customer's cart: it cannot be bought without its owner's token); a failure deeper in the cart (its
        // discounts) means the price cannot be known, and checkout must not guess it.
        if (typeof root === 'string' && error.path?.length === 1 && isNotForThisCaller(error)) {
          missing.add(root);
          continue;
        }
        throw new CheckoutReadError(
          `Reading the cart or shipping rate failed: ${describeRouterError(error)}`,
        );
      }
      if (!answer.data) throw new CheckoutReadError(`The router answered ${answer.status} without data`);
      return {
        cart: missing.has('cart') ? null : (answer.data.cart ?? null),
        ownCartId: missing.has('ownCart') ? null : (answer.data.ownCart?.id ?? null),
        rate: missing.has('shippingRate') ? null : (answer.data.shippingRate ?? null),
      };
    },
  };
}
