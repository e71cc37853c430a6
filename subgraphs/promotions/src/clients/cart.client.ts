import {
  createRouterClient,
  describeRouterError,
  isNotForThisCaller,
  queryThroughRouter,
  UpstreamUnavailableError,
} from '@msa/subgraph-kit';

/**
 * Reads a cart through the router as the caller, for applyCoupon and removeCoupon: the cart service decides
 * who may see (and so change the coupons of) a cart, and the lines are needed to say whether a code applies.
 * `own` is the caller's own cart, which tells a customer's cart apart from one staff may merely read.
 */
export const CART_QUERY = `query PromotionsCouponCart($id: ID) {
  cart(cartId: $id) { id isGuest subtotal { amount currency } lines { quantity unitPrice { amount } variant { id } } }
  own: cart { id }
}`;

export interface CartSnapshot {
  id: string;
  isGuest: boolean;
  subtotal: { amount: number; currency: string };
  lines: { quantity: number; unitPrice: { amount: number }; variant: { id: string } | null }[];
}

export interface CartRead {
  cart: CartSnapshot | null;
  /** The id of the caller's own cart, if they are signed in and have one. */
  ownCartId: string | null;
}

export interface CallerCredentials {
  /** The caller's bearer token, forwarded as is; null for a guest. */
  accessToken: string | null;
  requestId: string;
}

/** The cart could not be read through the router: the caller gets the retryable SUBGRAPH_UNAVAILABLE. */
export class CartReadError extends UpstreamUnavailableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'The cart cannot be read right now; nothing was changed, try again shortly.', options);
  }
}

export interface CartClient {
  readCart(cartId: string, caller: CallerCredentials): Promise<CartRead>;
}

export function createCartClient(routerUrl: string, timeoutMs = 5_000): CartClient {
  const router = createRouterClient({ routerUrl, caller: 'promotions.cart', breaker: { timeoutMs } });
  return {
    async readCart(cartId, caller) {
      const answer = await queryThroughRouter<{ cart: CartSnapshot | null; own: { id: string } | null }>(
        router,
        { query: CART_QUERY, variables: { id: cartId }, ...caller },
        CartReadError,
      );
      const cartError = answer.errors.find((error) => error.path?.[0] !== 'own');
      if (cartError) {
        if (isNotForThisCaller(cartError)) return { cart: null, ownCartId: null };
        throw new CartReadError(`Reading the cart failed: ${describeRouterError(cartError)}`);
      }
      if (!answer.data) throw new CartReadError('The router answered without data');
      return { cart: answer.data.cart, ownCartId: answer.data.own?.id ?? null };
    },
  };
}
