import { isStaffOrAdmin, type AccessTokenVerifier } from '@msa/auth';
import { callerOf, graphqlError, startGraphQLStandIn } from '@msa/testing';
import type { CartView } from '../../src/domain/order-snapshot';
import type { ShippingRateView } from '../../src/domain/shipping-charge';

/**
 * A stand-in for the router in front of cart, promotions and shipping: answers checkout's one read (the
 * cart with the fields promotions adds, the caller's own cart, and `shippingRate`) from what the test put
 * here. Like the real services it shows a customer their own carts and guest carts (staff any cart), an
 * anonymous caller only guest carts (a customer's cart is UNAUTHENTICATED), and no rate once it has expired.
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
    const caller = await callerOf(verifier, authorization);
    if (caller === 'invalid') return graphqlError('Access token is invalid', 'UNAUTHENTICATED').json;
    const userId = caller?.userId ?? null;
    const isStaff = isStaffOrAdmin(caller);
    const entry = carts.get(variables.cartId);
    // Tests give one customer several carts; the one asked about counts as their own cart when it is theirs.
    const own =
      userId === null
        ? undefined
        : entry?.ownerId === userId
          ? entry
          : [...carts.values()].reverse().find((candidate) => candidate.ownerId === userId);
    const ownCart = own ? { id: own.cart.id } : null;
    const rate = rates.get(variables.rateId);
    const shippingRate =
      rate && (rate.expiresAt === null || Date.parse(rate.expiresAt) > Date.now()) ? rate : null;
    if (entry && entry.ownerId !== null && userId === null)
      return {
        data: { cart: null, ownCart, shippingRate },
        errors: [
          { message: 'You must be signed in', path: ['cart'], extensions: { code: 'UNAUTHENTICATED' } },
        ],
      };
    const cart =
      entry && (entry.ownerId === null || entry.ownerId === userId || isStaff)
        ? { ...entry.cart, isGuest: entry.ownerId === null }
        : null;
    if (cart && failingDiscounts.has(cart.id)) {
      return {
        data: { cart: null, ownCart, shippingRate },
        errors: [
          {
            message: 'Promotions is unavailable',
            path: ['cart', 'discounts'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      };
    }
    return { data: { cart, ownCart, shippingRate } };
  };

  const standIn = await startGraphQLStandIn<{ cartId: string; rateId: string }>(
    async ({ body, authorization }) => {
      requests.push({ authorization, ...body.variables });
      return { json: await answer(authorization, body.variables) };
    },
  );
  return {
    url: standIn.url,
    putCart: (ownerId, cart) => carts.set(cart.id, { ownerId, cart }),
    putRate: (rate) => rates.set(rate.id, rate),
    failDiscountsOf: (cartId) => failingDiscounts.add(cartId),
    requests,
    close: standIn.close,
  };
}
