import type { CartView } from '../domain/order-snapshot';

/**
 * Reads a cart synchronously through the router, as the caller: the cart service decides whether this
 * customer may see it. Only ids, quantities and prices are asked for; everything else about the items stays
 * with their owners.
 */
export const CART_QUERY = `query OrdersCheckoutCart($id: ID) {
  cart(cartId: $id) { id lines { id quantity variant { id } unitPrice { amount currency } } }
}`;

export class CartReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CartReadError';
  }
}

export interface CartClient {
  /** The cart, or null when it does not exist or the caller may not see it. */
  readCart(cartId: string, accessToken: string, requestId: string): Promise<CartView | null>;
}

interface CartResponse {
  data?: { cart: CartView | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Errors that mean "no such cart for you" rather than "the cart service failed". */
const NOT_YOURS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

export function createCartClient(routerUrl: string, timeoutMs = 5_000): CartClient {
  return {
    async readCart(cartId, accessToken, requestId) {
      let response: Response;
      try {
        response = await fetch(routerUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            authorization: `Bearer ${accessToken}`,
            'x-request-id': requestId,
          },
          body: JSON.stringify({ query: CART_QUERY, variables: { id: cartId } }),
          signal: AbortSignal.timeout(timeoutMs),
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
