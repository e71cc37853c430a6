import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, type AccessTokenVerifier } from '@msa/auth';
import type { CartView } from '../../src/domain/order-snapshot';
import type { ShippingRateView } from '../../src/domain/shipping-charge';

/**
 * A stand-in for the router in front of cart, promotions and shipping: answers checkout's one read (the
 * cart with the fields promotions adds, and `shippingRate`) from what the test put here. Like the real
 * services it shows a customer only their own carts and guest carts, an anonymous caller only guest carts
 * (a customer's cart is UNAUTHENTICATED), and no rate once it has expired.
 */
export interface RouterStandIn {
  url: string;
  /** `ownerId` null: a guest cart, readable by whoever holds its id. */
  putCart(ownerId: string | null, cart: CartView): void;
  putRate(rate: ShippingRateView): void;
  /** Makes promotions fail for this cart, the way a federated field error comes back through the router. */
  failDiscountsOf(cartId: string): void;
  /** Reads received, so a test can see the caller's token was forwarded. */
  requests: { authorization: string | undefined; cartId: string; rateId: string }[];
  close(): Promise<void>;
}

export async function startRouterStandIn(verifier: AccessTokenVerifier): Promise<RouterStandIn> {
  const carts = new Map<string, { ownerId: string | null; cart: CartView }>();
  const rates = new Map<string, ShippingRateView>();
  const failingDiscounts = new Set<string>();
  const requests: RouterStandIn['requests'] = [];

  const answer = async (authorization: string | undefined, variables: { cartId: string; rateId: string }) => {
    const token = bearerToken(authorization);
    let userId: string | null = null;
    if (token)
      try {
        userId = (await verifier.verify(token)).userId;
      } catch {
        return { errors: [{ message: 'Access token is invalid', extensions: { code: 'UNAUTHENTICATED' } }] };
      }
    const entry = carts.get(variables.cartId);
    const rate = rates.get(variables.rateId);
    const shippingRate =
      rate && (rate.expiresAt === null || Date.parse(rate.expiresAt) > Date.now()) ? rate : null;
    if (entry && entry.ownerId !== null && userId === null)
      return {
        data: { cart: null, shippingRate },
        errors: [
          { message: 'You must be signed in', path: ['cart'], extensions: { code: 'UNAUTHENTICATED' } },
        ],
      };
    const cart = entry && (entry.ownerId === null || entry.ownerId === userId) ? entry.cart : null;
    if (cart && failingDiscounts.has(cart.id)) {
      return {
        data: { cart: null, shippingRate },
        errors: [
          {
            message: 'Promotions is unavailable',
            path: ['cart', 'discounts'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      };
    }
    return { data: { cart, shippingRate } };
  };

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { cartId: string; rateId: string } };
      requests.push({ authorization: req.headers.authorization, ...variables });
      void answer(req.headers.authorization, variables).then((payload) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(payload));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    putCart: (ownerId, cart) => carts.set(cart.id, { ownerId, cart }),
    putRate: (rate) => rates.set(rate.id, rate),
    failDiscountsOf: (cartId) => failingDiscounts.add(cartId),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
