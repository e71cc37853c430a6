import { isStaffOrAdmin, type AccessTokenVerifier, type Identity } from '@msa/auth';
import { callerOf, startGraphQLStandIn } from '@msa/testing';
import type { CartSnapshot } from '../../src/clients/cart.client';

/**
 * A stand-in for the router in front of the cart service: answers the coupon mutations' cart query from
 * carts the test puts here, with the cart service's rules — a guest cart is readable by whoever holds its id,
 * a customer cart by its owner and staff; `own` is the caller's own cart.
 */
export interface CartEndpoint {
  url: string;
  putGuestCart(cart: Omit<CartSnapshot, 'isGuest'>): void;
  putCustomerCart(ownerId: string, cart: Omit<CartSnapshot, 'isGuest'>): void;
  /** Authorization headers received, so a test can see the caller's token was forwarded. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

export async function startCartEndpoint(verifier: AccessTokenVerifier): Promise<CartEndpoint> {
  const carts = new Map<string, { ownerId: string | null; cart: CartSnapshot }>();
  const authorizations: (string | undefined)[] = [];

  const visible = (cartId: string, identity: Identity | null): CartSnapshot | null => {
    const entry = carts.get(cartId);
    if (!entry) return null;
    if (entry.ownerId === null || entry.ownerId === identity?.userId || isStaffOrAdmin(identity))
      return entry.cart;
    return null;
  };
  const ownCart = (identity: Identity | null) =>
    identity ? ([...carts.values()].find((entry) => entry.ownerId === identity.userId)?.cart ?? null) : null;

  const standIn = await startGraphQLStandIn<{ id: string }>(async ({ body, authorization }) => {
    authorizations.push(authorization);
    const caller = await callerOf(verifier, authorization);
    const identity = caller === 'invalid' ? null : caller;
    const own = ownCart(identity);
    return {
      json: { data: { cart: visible(body.variables.id, identity), own: own ? { id: own.id } : null } },
    };
  });
  return {
    url: standIn.url,
    putGuestCart: (cart) => carts.set(cart.id, { ownerId: null, cart: { ...cart, isGuest: true } }),
    putCustomerCart: (ownerId, cart) => carts.set(cart.id, { ownerId, cart: { ...cart, isGuest: false } }),
    authorizations,
    close: standIn.close,
  };
}
