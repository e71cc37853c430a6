import { createRouterClient, UpstreamUnavailableError, type RouterClient } from '@msa/subgraph-kit';
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

interface CartResponse {
  data?: { cart: CartSnapshot | null; own: { id: string } | null } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Errors that mean "no such cart for you" rather than "the cart service failed". */
const NOT_YOURS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED']);

async function post(
  router: RouterClient,
  routerUrl: string,
  cartId: string,
  caller: CallerCredentials,
): Promise<CartResponse> {
  let response: Response;
  try {
    response = await router.post({
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'x-request-id': caller.requestId,
        ...(caller.accessToken ? { authorization: `Bearer ${caller.accessToken}` } : {}),
      },
      body: JSON.stringify({ query: CART_QUERY, variables: { id: cartId } }),
    });
  } catch (error) {
    throw new CartReadError(`Could not reach the router at ${routerUrl}`, { cause: error });
  }
  try {
    return (await response.json()) as CartResponse;
  } catch (error) {
    throw new CartReadError(`The router answered ${response.status} without a GraphQL body`, {
      cause: error,
    });
  }
}

export function createCartClient(routerUrl: string, timeoutMs = 5_000): CartClient {
  const router = createRouterClient({ routerUrl, caller: 'promotions.cart', breaker: { timeoutMs } });
  return {
    async readCart(cartId, caller) {
      const body = await post(router, routerUrl, cartId, caller);
      const cartError = body.errors?.find((error) => error.path?.[0] !== 'own');
      if (cartError) {
        if (NOT_YOURS.has(cartError.extensions?.code ?? '')) return { cart: null, ownCartId: null };
        throw new CartReadError(
          `Reading the cart failed: ${cartError.message} (${cartError.extensions?.code ?? 'no code'})`,
        );
      }
      if (!body.data) throw new CartReadError('The router answered without data');
      return { cart: body.data.cart, ownCartId: body.data.own?.id ?? null };
    },
  };
}
