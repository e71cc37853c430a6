import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, isStaffOrAdmin, type AccessTokenVerifier, type Identity } from '@msa/auth';
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

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      authorizations.push(req.headers.authorization);
      const { variables } = JSON.parse(body) as { variables: { id: string } };
      const token = bearerToken(req.headers.authorization);
      const identity = token ? await verifier.verify(token).catch(() => null) : null;
      const own = ownCart(identity);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({ data: { cart: visible(variables.id, identity), own: own ? { id: own.id } : null } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    putGuestCart: (cart) => carts.set(cart.id, { ownerId: null, cart: { ...cart, isGuest: true } }),
    putCustomerCart: (ownerId, cart) => carts.set(cart.id, { ownerId, cart: { ...cart, isGuest: false } }),
    authorizations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
