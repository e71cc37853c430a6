import type { AccessTokenVerifier } from '@msa/auth';
import { callerOf, graphqlError, startGraphQLStandIn } from '@msa/testing';
import type { CartLinesView } from '../../src/clients/cart.client';

/**
 * A stand-in for the cart service behind the router: answers the rates' cart query from carts the test puts
 * here and, like the real service, shows a customer's cart only to that customer and a guest cart to anyone.
 */
export interface CartEndpoint {
  url: string;
  /** ownerId null: a guest cart. */
  put(ownerId: string | null, cart: CartLinesView): void;
  /** Reads of this cart answer HTTP 503, as the router does when the cart service is down. */
  failReadsOf(cartId: string): void;
  /** Queries received, so a test can see whose token was forwarded. */
  requests: { authorization: string | undefined; cartId: string }[];
  close(): Promise<void>;
}

export async function startCartEndpoint(verifier: AccessTokenVerifier): Promise<CartEndpoint> {
  const carts = new Map<string, { ownerId: string | null; cart: CartLinesView }>();
  const requests: CartEndpoint['requests'] = [];
  const failing = new Set<string>();
  const standIn = await startGraphQLStandIn<{ id: string }>(async ({ body, authorization }) => {
    const cartId = body.variables.id;
    requests.push({ authorization, cartId });
    if (failing.has(cartId)) return { status: 503, text: 'Service Unavailable' };
    const caller = await callerOf(verifier, authorization);
    if (caller === 'invalid') return graphqlError('Access token is invalid', 'UNAUTHENTICATED');
    const entry = carts.get(cartId);
    if (!entry) return graphqlError('Cart not found', 'NOT_FOUND');
    if (entry.ownerId !== null && entry.ownerId !== caller?.userId)
      return graphqlError('This cart belongs to someone else', 'FORBIDDEN');
    return { json: { data: { cart: entry.cart } } };
  });
  return {
    url: standIn.url,
    put: (ownerId, cart) => carts.set(cart.id, { ownerId, cart }),
    failReadsOf: (cartId) => failing.add(cartId),
    requests,
    close: standIn.close,
  };
}
