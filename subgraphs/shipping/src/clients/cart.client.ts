import { createRouterClient, UpstreamUnavailableError } from '@msa/subgraph-kit';
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

interface CartResponse {
  data?: { cart: CartLinesView | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Errors that mean "no such cart for you" rather than "the cart service failed". */
const NOT_YOURS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED']);

export function createCartReader(routerUrl: string, timeoutMs = 5_000): CartReader {
  const router = createRouterClient({ routerUrl, caller: 'shipping.cart', breaker: { timeoutMs } });
  return {
    async readCart(cartId, accessToken, requestId, forwardedFor) {
      let response: Response;
      try {
        response = await router.post({
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
            'x-request-id': requestId,
            // The router rate-limits this read as the original client when it trusts this service's hop.
            ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
          },
          body: JSON.stringify({ query: CART_QUERY, variables: { id: cartId } }),
        });
      } catch (error) {
        throw new CartReadError(`Could not reach the router at ${routerUrl}`, { cause: error });
      }
      let body: CartResponse;
      try {
        body = (await response.json()) as CartResponse;
      } catch (error) {
        throw new CartReadError(`The router answered ${response.status} without a GraphQL body`, {
          cause: error,
        });
      }
      const firstError = body.errors?.[0];
      if (firstError) {
        if (NOT_YOURS.has(firstError.extensions?.code ?? '')) return null;
        throw new CartReadError(
          `Reading the cart failed: ${firstError.message} (${firstError.extensions?.code ?? 'no code'})`,
        );
      }
      if (!body.data) throw new CartReadError(`The router answered ${response.status} without data`);
      return body.data.cart;
    },
  };
}
