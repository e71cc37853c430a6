import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORDER_FIELDS, OrdersHarness, type OrderView } from './support/orders-harness';

const GUEST_ORDER = `query($number: String!, $email: String!) {
  guestOrder(number: $number, email: $email) { id number status guestEmail customer { id } }
}`;
const ORDER_WITH_TOKEN = `query($id: ID!, $accessToken: String) {
  order(id: $id, accessToken: $accessToken) { ${ORDER_FIELDS} guestEmail }
}`;

/** Waits on conditions as long as a loaded machine may need. */
const POLL = { timeout: 10_000, interval: 50 };

type GuestOrderView = Pick<OrderView, 'id' | 'number' | 'status' | 'customer'> & {
  guestEmail: string | null;
};

describe('guest checkout', () => {
  let h: OrdersHarness;
  const clients: Client[] = [];

  beforeAll(async () => {
    h = await OrdersHarness.start({
      overrides: {
        guestLookupLimit: { maxFailures: 3, maxFailuresPerAddress: 50, windowSeconds: 60 },
        orderAccessTokens: { sweepIntervalMs: 100 },
      },
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await h?.close();
  });

  const guestCheckout = async (email: string, options: { idempotencyKey?: string; cartId?: string } = {}) => {
    const cartId = options.cartId ?? h.guestCart();
    const result = expectData(await h.checkout(null, cartId, { email, ...options })).checkout;
    if (!result.order) throw new Error(`guest checkout refused: ${JSON.stringify(result.userErrors)}`);
    return { order: result.order, token: result.orderAccessToken!, cartId };
  };
  const lookup = async (number: string, email: string) =>
    graphqlRequest<{ guestOrder: GuestOrderView | null }>(h.url, GUEST_ORDER, { number, email });
  const readWithToken = (id: string, accessToken: string, token?: string) =>
    graphqlRequest<{ order: OrderView & { guestEmail: string | null } }>(
      h.url,
      ORDER_WITH_TOKEN,
      { id, accessToken },
      token ? { token } : {},
    );
  const orderCount = async () =>
    Number((await h.pool.query<{ n: string }>('SELECT count(*) AS n FROM orders')).rows[0]!.n);

  it('places a guest order with the email, no customer, and an access token', async () => {
    const { order, token } = await guestCheckout(' Guest.One@Example.com ');
    expect(order).toMatchObject({ status: 'PENDING', customer: null, guestEmail: 'guest.one@example.com' });
    expect(token).toMatch(/^oat_/);
    // The read went through the router anonymously.
    expect(h.router.requests.at(-1)!.authorization).toBeUndefined();
    // Other services see a pseudonymous customer, never the address.
    const [placed] = await h.outboxEvents(order.id, 'order.placed');
    expect(placed!.customerId).toMatch(/^guest:[0-9a-f]{40}$/);
    expect(JSON.stringify(await h.outboxEvents(order.id, 'order.placed'))).not.toContain('example.com');
    const { rows } = await h.pool.query<{ token_hash: string }>(
      'SELECT token_hash FROM order_access_tokens WHERE order_id = $1',
      [order.id],
    );
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    expect(rows).toHaveLength(1);
  });

  it('asks an anonymous buyer for a valid email and places nothing without one', async () => {
    const before = await orderCount();
    for (const [email, code] of [
      [null, 'EMAIL_REQUIRED'],
      ['  ', 'EMAIL_REQUIRED'],
      ['not-an-email', 'INVALID_EMAIL'],
    ] as const) {
      const result = expectData(await h.checkout(null, h.guestCart(), { email })).checkout;
      expect(result.order).toBeNull();
      expect(result.orderAccessToken).toBeNull();
      expect(result.userErrors).toEqual([expect.objectContaining({ code, field: ['input', 'email'] })]);
    }
    expect(await orderCount()).toBe(before);
  });

  it('keeps signed-in checkout as it was: the customer, no guest email, no access token', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, { 'v-1': [1, 700] });
    const result = expectData(await h.checkout(customer, cartId, { email: 'ignored@example.com' })).checkout;
    expect(result.order).toMatchObject({ customer: { id: customer.userId }, guestEmail: null });
    expect(result.orderAccessToken).toBeNull();
  });

  it('answers a retried guest checkout with the same order and a token that also works', async () => {
    const idempotencyKey = randomUUID();
    const first = await guestCheckout('retry@example.com', { idempotencyKey });
    const again = await guestCheckout('retry@example.com', { idempotencyKey, cartId: first.cartId });
    expect(again.order.id).toBe(first.order.id);
    for (const token of [first.token, again.token])
      expect(expectData(await readWithToken(first.order.id, token)).order.id).toBe(first.order.id);
  });

  it('finds a guest order by number and email in any case, and says the same for a wrong email or number', async () => {
    const { order } = await guestCheckout('Finder@Example.com');
    const found = expectData(await lookup(order.number.toLowerCase(), 'FINDER@example.COM')).guestOrder;
    expect(found).toMatchObject({ id: order.id, guestEmail: 'finder@example.com', customer: null });

    expect(expectData(await lookup(order.number, 'someone@example.com')).guestOrder).toBeNull();
    expect(expectData(await lookup('MSA-999999', 'finder@example.com')).guestOrder).toBeNull();
    // A signed-in customer's order is not a guest order, whatever email is tried.
    const customer = await h.customer();
    const mine = await h.placeOrder(customer);
    expect(expectData(await lookup(mine.number, 'finder@example.com')).guestOrder).toBeNull();
  });

  it('refuses further lookups of a number after too many misses, whether or not the order exists', async () => {
    const { order } = await guestCheckout('locked@example.com');
    for (const attempt of [1, 2, 3])
      expect(expectData(await lookup(order.number, `wrong${attempt}@example.com`)).guestOrder).toBeNull();
    expect(errorCode(await lookup(order.number, 'locked@example.com'))).toBe('RATE_LIMITED');

    for (const attempt of [1, 2, 3])
      expect(expectData(await lookup('MSA-888888', `x${attempt}@example.com`)).guestOrder).toBeNull();
    expect(errorCode(await lookup('MSA-888888', 'x4@example.com'))).toBe('RATE_LIMITED');
  });

  it('lets the access token read and follow its own order only', async () => {
    const mine = await guestCheckout('token.holder@example.com');
    const other = await guestCheckout('someone.else@example.com');

    expect(expectData(await readWithToken(mine.order.id, mine.token)).order).toMatchObject({
      id: mine.order.id,
      guestEmail: 'token.holder@example.com',
    });
    expect(errorCode(await readWithToken(other.order.id, mine.token))).toBe('FORBIDDEN');
    expect(errorCode(await readWithToken(randomUUID(), mine.token))).toBe('FORBIDDEN');
    expect(errorCode(await readWithToken(mine.order.id, 'oat_forged'))).toBe('FORBIDDEN');
    // Without a token nobody anonymous reads it; staff still do.
    expect(errorCode(await graphqlRequest(h.url, ORDER_WITH_TOKEN, { id: mine.order.id }))).toBe(
      'UNAUTHENTICATED',
    );
    const admin = await h.keys.tokenFor('ADMIN');
    expect(expectData(await readWithToken(mine.order.id, 'oat_forged', admin)).order.id).toBe(mine.order.id);

    const connect = () => {
      const client = createClient({
        url: h.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    };
    const watch = (orderId: string, accessToken: string) => {
      const messages: { data?: { orderUpdated: { status: string } | null } | null; errors?: unknown[] }[] =
        [];
      const done = new Promise<void>((resolve) => {
        connect().subscribe(
          {
            query: `subscription($id: ID!, $token: String) {
              orderUpdated(orderId: $id, accessToken: $token) { status }
            }`,
            variables: { id: orderId, token: accessToken },
          },
          {
            next: (message) => messages.push(message as never),
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
      });
      return { messages, done };
    };

    const refused = watch(other.order.id, mine.token);
    await refused.done;
    expect(
      refused.messages.map((m) => (m.errors?.[0] as { extensions?: { code?: string } })?.extensions?.code),
    ).toEqual(['FORBIDDEN']);

    const live = watch(mine.order.id, mine.token);
    await expect
      .poll(async () => {
        const [, count] = (await h.connection.pubsub(
          'NUMSUB',
          `${h.prefix}:orders:order-updated:${mine.order.id}`,
        )) as [string, number];
        return Number(count);
      }, POLL)
      .toBe(1);
    await h.services.succeed(mine.order.id, 'inventory.commit');
    await expect
      .poll(() => live.messages.map((m) => m.data?.orderUpdated?.status), POLL)
      .toEqual(['CONFIRMED']);
  });

  it('refuses an expired access token and deletes it, and guestOrder hands out a fresh one', async () => {
    const expiring = await guestCheckout('expiring.token@example.com');
    const fresh = await guestCheckout('fresh.token@example.com');
    const tokensOf = async (orderId: string) =>
      Number(
        (
          await h.pool.query<{ n: string }>(
            'SELECT count(*) AS n FROM order_access_tokens WHERE order_id = $1',
            [orderId],
          )
        ).rows[0]!.n,
      );
    // Issued 31 days ago: past the default 30-day life.
    await h.pool.query(
      `UPDATE order_access_tokens SET created_at = now() - interval '31 days' WHERE order_id = $1`,
      [expiring.order.id],
    );
    expect(errorCode(await readWithToken(expiring.order.id, expiring.token))).toBe('FORBIDDEN');
    await vi.waitFor(async () => expect(await tokensOf(expiring.order.id)).toBe(0), POLL);

    expect(await tokensOf(fresh.order.id)).toBe(1);
    expect(expectData(await readWithToken(fresh.order.id, fresh.token)).order.id).toBe(fresh.order.id);
    const found = await graphqlRequest<{ guestOrder: { orderAccessToken: string } | null }>(
      h.url,
      'query($number: String!, $email: String!) { guestOrder(number: $number, email: $email) { orderAccessToken } }',
      { number: expiring.order.number, email: 'expiring.token@example.com' },
    );
    const renewed = expectData(found).guestOrder!.orderAccessToken;
    expect(expectData(await readWithToken(expiring.order.id, renewed)).order.id).toBe(expiring.order.id);
  });

  it('gives past guest orders to the user who verifies that email', async () => {
    const first = await guestCheckout('Claimer@Example.com');
    const second = await guestCheckout('claimer@example.com');
    const unrelated = await guestCheckout('not.claimed@example.com');
    const user = await h.customer();
    const event = { userId: user.userId, email: 'claimer@example.com', verifiedAt: new Date().toISOString() };
    await h.reply('UserEmailVerified', event);

    await expect
      .poll(async () => {
        const result = await graphqlRequest<{ order: OrderView }>(
          h.url,
          ORDER_WITH_TOKEN,
          { id: first.order.id },
          {
            token: user.token,
          },
        );
        return result.data?.order?.customer?.id ?? null;
      }, POLL)
      .toBe(user.userId);
    expect(await h.order(second.order.id, user.token)).toMatchObject({ customer: { id: user.userId } });
    // Reviews hears of it, so the user's reviews of what it holds count as verified purchases.
    expect(await h.outboxEvents(first.order.id, 'order.claimed')).toEqual([
      {
        orderId: first.order.id,
        customerId: user.userId,
        previousCustomerId: expect.stringMatching(/^guest:/),
      },
    ]);
    expect(
      errorCode(
        await graphqlRequest(h.url, ORDER_WITH_TOKEN, { id: unrelated.order.id }, { token: user.token }),
      ),
    ).toBe('FORBIDDEN');
    // The guest can still find it with the email, and the token still opens it.
    expect(expectData(await lookup(first.order.number, 'claimer@example.com')).guestOrder?.customer).toEqual({
      id: user.userId,
    });
    expect(expectData(await readWithToken(first.order.id, first.token)).order.id).toBe(first.order.id);
  });
});
