import { createRouterClient, UpstreamUnavailableError } from '@msa/subgraph-kit';
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

interface ReadResponse {
  data?: {
    cart?: (CartView & CartOwnershipView) | null;
    ownCart?: { id: string } | null;
    shippingRate?: ShippingRateView | null;
  } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * Errors that mean "no such cart or rate for you" rather than "a service failed". UNAUTHENTICATED is a guest
 * naming a customer's cart: it cannot be bought without its owner's token.
 */
const NOT_YOURS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED']);

export function createCheckoutReader(routerUrl: string, timeoutMs = 5_000): CheckoutReader {
  const router = createRouterClient({ routerUrl, caller: 'orders.checkout-read', breaker: { timeoutMs } });
  return {
    async read(cartId, rateId, accessToken, requestId) {
      let response: Response;
      try {
        response = await router.post({
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
            'x-request-id': requestId,
          },
          body: JSON.stringify({ query: CHECKOUT_READ_QUERY, variables: { cartId, rateId } }),
        });
      } catch (error) {
        throw new CheckoutReadError(`Could not reach the router at ${routerUrl}`, { cause: error });
      }
      let body: ReadResponse;
      try {
        body = (await response.json()) as ReadResponse;
      } catch (error) {
        throw new CheckoutReadError(`The router answered ${response.status} without a GraphQL body`, {
          cause: error,
        });
      }
      const missing = new Set<string>();
      for (const error of body.errors ?? []) {
        const root = error.path?.[0];
        // Only a refusal of a whole root field means "not yours"; a failure deeper in the cart (its discounts)
        // means the price cannot be known, and checkout must not guess it.
        if (
          typeof root === 'string' &&
          error.path?.length === 1 &&
          NOT_YOURS.has(error.extensions?.code ?? '')
        ) {
          missing.add(root);
          continue;
        }
        throw new CheckoutReadError(
          `Reading the cart or shipping rate failed: ${error.message} (${error.extensions?.code ?? 'no code'})`,
        );
      }
      if (!body.data) throw new CheckoutReadError(`The router answered ${response.status} without data`);
      return {
        cart: missing.has('cart') ? null : (body.data.cart ?? null),
        ownCartId: missing.has('ownCart') ? null : (body.data.ownCart?.id ?? null),
        rate: missing.has('shippingRate') ? null : (body.data.shippingRate ?? null),
      };
    },
  };
}
