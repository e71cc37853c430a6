import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { collect, liveClient } from '../support/live';
import { capturedEmails } from '../support/mailbox';
import { ADDRESS, addToCart, checkout, shippingRates, stockedVariant } from '../support/shop';

/** Issue 6 through the router: notifications on every channel, and live updates over graphql-ws. */
describe('notifications and live updates through the router', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin());
  });
  afterAll(() => system?.stop());

  it('checkout → a captured email, an in-app notification and live messages through the router', async () => {
    const variant = await stockedVariant(admin, 'E2E-NOTIFY', 3_000, 5);
    const { client: customer, auth } = await newCustomer(anonymous, 'notified');
    const email = auth.user!.email;
    const cart = await addToCart(customer, variant.variantId, 1);

    const live = liveClient(system.routerUrl, customer.token);
    const feed = collect(live, 'subscription { notificationAdded { title category } }');
    // The socket is lazy: wait until the router has subscribed upstream before causing events.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const placed = await checkout(customer, cart.id, 'notify-1');
    expect(placed.userErrors).toEqual([]);
    const orderFeed = collect(
      live,
      'subscription($id: ID!) { orderUpdated(orderId: $id) { id status customer { email } } }',
      { id: placed.order!.id },
    );

    await eventually(async () => expect((await capturedEmails(admin, email)).length).toBeGreaterThan(0));
    const inbox = await eventually(async () => {
      const data = await customer.data<{
        myNotifications: { unreadCount: number; nodes: { category: string }[] };
      }>('{ myNotifications(first: 20) { unreadCount nodes { category } } }');
      expect(data.myNotifications.nodes.some((n) => n.category === 'ORDER_UPDATES')).toBe(true);
      return data.myNotifications;
    });
    expect(inbox.unreadCount).toBeGreaterThan(0);
    await eventually(async () =>
      expect(
        feed.messages.some(
          (m) => (m.data?.notificationAdded as { category?: string })?.category === 'ORDER_UPDATES',
        ),
      ).toBe(true),
    );

    // An admin cancels the order: the owner's orderUpdated subscription hears it, with the customer's email
    // resolved from the users subgraph per event.
    await admin.data('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', {
      id: placed.order!.id,
    });
    await eventually(async () => {
      const statuses = orderFeed.messages.map((m) => (m.data?.orderUpdated as { status?: string })?.status);
      expect(statuses).toContain('CANCELLED');
    });
    expect(
      (orderFeed.messages.at(-1)?.data?.orderUpdated as { customer: { email: string } }).customer.email,
    ).toBe(email);
    feed.stop();
    orderFeed.stop();
    await live.dispose();
  });

  it('a guest buys without an account, follows the order with its token, finds it again and gets the email', async () => {
    const variant = await stockedVariant(admin, 'E2E-GUEST', 2_500, 5);
    const cart = await addToCart(anonymous, variant.variantId, 1);
    const email = `guest-${Date.now()}@example.com`;
    const [rate] = await shippingRates(anonymous, cart.id);
    const input = {
      cartId: cart.id,
      shippingAddress: ADDRESS,
      idempotencyKey: `guest-${Date.now()}`,
      shippingRateId: rate!.id,
      paymentToken: 'tok_visa',
    };
    const checkoutDocument = `mutation($input: CheckoutInput!) {
      checkout(input: $input) { order { id number status customer { id } guestEmail } orderAccessToken userErrors { code } }
    }`;
    type GuestCheckout = {
      checkout: {
        order: { id: string; number: string; status: string; customer: null; guestEmail: string } | null;
        orderAccessToken: string | null;
        userErrors: { code: string }[];
      };
    };
    const missing = await anonymous.data<GuestCheckout>(checkoutDocument, { input });
    expect(missing.checkout.userErrors.map((e) => e.code)).toEqual(['EMAIL_REQUIRED']);

    const placed = (await anonymous.data<GuestCheckout>(checkoutDocument, { input: { ...input, email } }))
      .checkout;
    expect(placed.userErrors).toEqual([]);
    expect(placed.order).toMatchObject({ customer: null, guestEmail: email });
    const orderId = placed.order!.id;
    const token = placed.orderAccessToken!;

    const read = `query($id: ID!, $token: String) { order(id: $id, accessToken: $token) { id status } }`;
    await eventually(async () =>
      expect(
        (await anonymous.data<{ order: { status: string } }>(read, { id: orderId, token })).order.status,
      ).toBe('CONFIRMED'),
    );
    const lookup = 'query($n: String!, $e: String!) { guestOrder(number: $n, email: $e) { id status } }';
    expect(
      (
        await anonymous.data<{ guestOrder: { id: string } | null }>(lookup, {
          n: placed.order!.number,
          e: email.toUpperCase(),
        })
      ).guestOrder?.id,
    ).toBe(orderId);
    expect(
      (await anonymous.data<{ guestOrder: unknown }>(lookup, { n: placed.order!.number, e: 'x@example.com' }))
        .guestOrder,
    ).toBeNull();
    await eventually(async () => {
      const subjects = (await capturedEmails(admin, email)).map((message) => message.subject ?? '');
      expect(subjects.some((subject) => subject.includes(placed.order!.number))).toBe(true);
    });

    // Live through the router without an account: the token opens this order's updates.
    const live = liveClient(system.routerUrl);
    const feed = collect(
      live,
      'subscription($id: ID!, $token: String) { orderUpdated(orderId: $id, accessToken: $token) { status } }',
      { id: orderId, token },
    );
    // Wait until orders has the router's subscription on its Redis channel, so the change cannot be missed.
    const redis = new Redis(system.redisUrl);
    await eventually(async () => {
      const [, count] = (await redis.pubsub(
        'NUMSUB',
        `${system.queuePrefix}:orders:order-updated:${orderId}`,
      )) as [string, number];
      expect(Number(count)).toBe(1);
    });
    redis.disconnect();
    await admin.data('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', { id: orderId });
    await eventually(async () =>
      expect(feed.messages.map((m) => (m.data?.orderUpdated as { status?: string })?.status)).toContain(
        'CANCELLED',
      ),
    );
    feed.stop();
    await live.dispose();
  });

  it('does not use a channel the customer opted out of', async () => {
    const variant = await stockedVariant(admin, 'E2E-OPTOUT', 3_000, 5);
    const { client: customer, auth } = await newCustomer(anonymous, 'optout');
    const email = auth.user!.email;
    await customer.data(
      'mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { userErrors { code } } }',
      {
        input: {
          preferences: ['ORDER_UPDATES', 'PAYMENTS', 'SHIPPING'].map((category) => ({
            category,
            channel: 'EMAIL',
            enabled: false,
          })),
        },
      },
    );
    // The welcome email is an account mail nobody can opt out of; let it arrive before counting.
    await eventually(async () => expect((await capturedEmails(admin, email)).length).toBe(1));
    const emailsBefore = 1;
    const cart = await addToCart(customer, variant.variantId, 1);
    await checkout(customer, cart.id, 'optout-1');
    await eventually(async () => {
      const data = await customer.data<{ myNotifications: { nodes: { category: string }[] } }>(
        '{ myNotifications(first: 20) { nodes { category } } }',
      );
      expect(
        data.myNotifications.nodes.filter((n) => n.category === 'ORDER_UPDATES').length,
      ).toBeGreaterThanOrEqual(2);
    });
    expect((await capturedEmails(admin, email)).length).toBe(emailsBefore);
  });

  it('refuses an unauthorised subscription', async () => {
    const variant = await stockedVariant(admin, 'E2E-PRIVATE', 3_000, 5);
    const { client: owner } = await newCustomer(anonymous, 'owner');
    const cart = await addToCart(owner, variant.variantId, 1);
    const placed = await checkout(owner, cart.id, 'private-1');

    const { client: stranger } = await newCustomer(anonymous, 'snoop');
    const snoop = liveClient(system.routerUrl, stranger.token);
    const attempt = collect(snoop, 'subscription($id: ID!) { orderUpdated(orderId: $id) { id status } }', {
      id: placed.order!.id,
    });
    await Promise.race([attempt.done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const codes = [
      ...attempt.messages.flatMap((m) => m.errors ?? []).map((e) => e.extensions?.code),
      ...(((attempt.failure as { extensions?: { code?: string } }[] | undefined) ?? []).map?.(
        (e) => e.extensions?.code,
      ) ?? []),
    ];
    expect(codes).toContain('FORBIDDEN');
    expect(attempt.messages.some((m) => m.data?.orderUpdated)).toBe(false);
    await snoop.dispose();

    const forged = liveClient(system.routerUrl, `${stranger.token!.slice(0, -4)}AAAA`);
    const rejected = collect(forged, 'subscription { notificationAdded { id } }');
    await Promise.race([rejected.done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    expect(rejected.settled).toBe(true);
    expect(rejected.failure).toBeDefined();
    await forged.dispose();
  });
});
