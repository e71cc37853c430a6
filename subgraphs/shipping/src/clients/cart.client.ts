import {
  createRouterClient,
  describeRouterError,
  isNotForThisCaller,
  queryThroughRouter,
  UpstreamUnavailableError,
} from '@msa/subgraph-kit';

/**
 * Reads a cart's lines through the router as the caller (or as a guest when there is no token): the cart
 * service decides whose cart it is. Only variant ids and quantities are asked for; weights are ours.
 */
export const CART_QUERY = `query ShippingRatesCart($id: ID) {
  cart(cartId: $id) { id lines { quantity variant { id } } }
}`;

export interface CartLinesView {
  id: string;
  lines: { quantity: number; variant: { id: string } }[];
}

/** The cart could not be read through the router: the caller gets the retryable SUBGRAPH_UNAVAILABLE. */
export class CartReadError extends UpstreamUnavailableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'The cart cannot be read right now; nothing was changed, try again shortly.', options);
  }
}

export interface CartReader {
  /** The cart, or null when it does not exist or the caller may not see it. */
  readCart(
    cartId: string,
    accessToken: string | null,
    requestId: string,
    forwardedFor?: string | null,
  ): Promise<CartLinesView | null>;
}

export function createCartReader(routerUrl: string, timeoutMs = 5_000): CartReader {
  const router = createRouterClient({ routerUrl, caller: 'shipping.cart', breaker: { timeoutMs } });
  return {
    async readCart(cartId, accessToken, requestId, forwardedFor) {
      const answer = await queryThroughRouter<{ cart: CartLinesView | null }>(
        router,
        { query: CART_QUERY, variables: { id: cartId }, accessToken, requestId, forwardedFor },
        CartReadError,
      );
      const firstError = answer.errors[0];
      if (firstError) {
        if (isNotForThisCaller(firstError)) return null;
        throw new CartReadError(`Reading the cart failed: ${describeRouterError(firstError)}`);
      }
      if (!answer.data) throw new CartReadError(`The router answered ${answer.status} without data`);
      return answer.data.cart;
    },
  };
}
