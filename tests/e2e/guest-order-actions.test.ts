import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedProviderActivity } from '@msa/payments/app';
import { graphqlRequest } from '@msa/testing';
import { newCustomer, type ApiClient } from '../support/api';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { eventually } from '../support/eventually';
import {
  addToCart,
  guestCheckout,
  ORDER_FIELDS,
  stockedVariant,
  stockOf,
  type OrderView,
} from '../support/shop';
import { bootWithAdmin } from '../support/system-with-admin';

interface Payload {
  order: OrderView | null;
  userErrors: { code: string; message: string }[];
}

const RETRY = `mutation($o: ID!, $p: String!, $t: String) {
  retryPayment(orderId: $o, paymentToken: $p, accessToken: $t) { order { ${ORDER_FIELDS} } userErrors { code message } }
}`;
const CANCEL = `mutation($id: ID!, $t: String) {
  cancelOrder(id: $id, accessToken: $t) { order { ${ORDER_FIELDS} } userErrors { code message } }
}`;
const READ = `query($id: ID!, $t: String) { order(id: $id, accessToken: $t) { ${ORDER_FIELDS} } }`;
const PAYMENT_AND_SHIPMENT = `query($id: ID!, $t: String) {
  order(id: $id, accessToken: $t) { payment { status } shipment { trackingNumber } }
}`;
const LOOKUP = `query($n: String!, $e: String!) { guestOrder(number: $n, email: $e) { id number orderAccessToken } }`;

/**
 * A guest acts on their own order through the router with the order's access token, as a signed-in customer
 * does with their session: paying again after a decline and cancelling. Nobody else can, and looking orders
 * up by number and email is throttled per client address.
 */
describe('guest order actions through the router', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let guests = 0;

  /** A guest order paid with `paymentToken`, waited for until it leaves PENDING. */
  const guestOrder = async (sku: string, paymentToken: string, stock = 5) => {
    const variant = await stockedVariant(admin, sku, 1_500, stock);
    const cart = await addToCart(anonymous, variant.variantId, 2);
    guests += 1;
    const email = `guest-actions-${guests}-${Date.now()}@example.com`;
    const placed = await guestCheckout(anonymous, cart.id, email, `${sku}-1`, { paymentToken });
    const token = placed.orderAccessToken!;
    expect(token).toMatch(/^oat_/);
    const order = await eventually(async () => {
      const read = await anonymous.data<{ order: OrderView }>(READ, { id: placed.order!.id, t: token });
      expect(read.order.status).not.toBe('PENDING');
      return read.order;
    });
    return { variant, order, token, email };
  };
  const errorCode = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin({ trustProxy: 'loopback' }));
  });
  afterAll(() => system?.stop());

  it('refuses a missing token, a token of another order and a made-up one, changing nothing', async () => {
    const a = await guestOrder('E2E-GUEST-A', 'tok_chargeDeclined');
    const b = await guestOrder('E2E-GUEST-B', 'tok_chargeDeclined');
    expect([a.order.status, b.order.status]).toEqual(['PAYMENT_FAILED', 'PAYMENT_FAILED']);

    const attempts = [
      { query: CANCEL, variables: { id: b.order.id, t: a.token } },
      { query: RETRY, variables: { o: b.order.id, p: 'tok_visa', t: a.token } },
      { query: CANCEL, variables: { id: b.order.id, t: `oat_${'x'.repeat(43)}` } },
      { query: RETRY, variables: { o: b.order.id, p: 'tok_visa', t: 'not-a-token' } },
    ];
    for (const { query, variables } of attempts)
      expect(errorCode(await anonymous.request(query, variables))).toBe('FORBIDDEN');
    // Without any token an anonymous caller must sign in.
    expect(errorCode(await anonymous.request(CANCEL, { id: b.order.id }))).toBe('UNAUTHENTICATED');
    // A signed-in customer holding A's token gets no further on B.
    const { client: stranger } = await newCustomer(anonymous, 'guest-stranger');
    expect(errorCode(await stranger.request(RETRY, { o: b.order.id, p: 'tok_visa', t: a.token }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await stranger.request(CANCEL, { id: b.order.id, t: a.token }))).toBe('FORBIDDEN');

    const untouched = await anonymous.data<{ order: OrderView }>(READ, { id: b.order.id, t: b.token });
    expect(untouched.order.status).toBe('PAYMENT_FAILED');
    expect(await stockOf(admin, b.variant)).toEqual({ onHand: 5, reserved: 2, available: 3 });
  });

  it('lets a guest pay again after a decline with tok_visa: CONFIRMED with exactly one capture', async () => {
    const { order, token, variant } = await guestOrder('E2E-GUEST-RETRY', 'tok_chargeDeclined');
    expect(order.status).toBe('PAYMENT_FAILED');

    const retried = (
      await anonymous.data<{ retryPayment: Payload }>(RETRY, { o: order.id, p: 'tok_visa', t: token })
    ).retryPayment;
    expect(retried.userErrors).toEqual([]);
    const confirmed = await eventually(async () => {
      const read = await anonymous.data<{ order: OrderView }>(READ, { id: order.id, t: token });
      expect(['CONFIRMED', 'SHIPPED', 'DELIVERED']).toContain(read.order.status);
      return read.order;
    });
    expect(confirmed.statusHistory.map((change) => change.status).slice(0, 4)).toEqual([
      'PENDING',
      'PAYMENT_FAILED',
      'PENDING',
      'CONFIRMED',
    ]);
    // Submitting the same retry again changes nothing.
    const again = (
      await anonymous.data<{ retryPayment: Payload }>(RETRY, { o: order.id, p: 'tok_visa', t: token })
    ).retryPayment;
    expect(again.userErrors).toEqual([]);
    const provider = await simulatedProviderActivity(system.databases.payments!.url, order.id);
    expect(provider).toMatchObject({ charges: 1, completed: { authorize: 1, capture: 1 } });
    // The stock commit is sent with the confirmation and lands after it.
    await eventually(async () =>
      expect(await stockOf(admin, variant)).toEqual({ onHand: 3, reserved: 0, available: 3 }),
    );

    // The token shows the guest what a customer sees: the captured payment and the shipment to track.
    const seen = await anonymous.data<{
      order: { payment: { status: string } | null; shipment: { trackingNumber: string } | null };
    }>(PAYMENT_AND_SHIPMENT, { id: order.id, t: token });
    expect(seen.order.payment?.status).toBe('CAPTURED');
    expect(seen.order.shipment?.trackingNumber).toEqual(expect.any(String));
    // Orders reached any other way (lists, payloads) carry no grant: staff still see the payment, nobody fails.
    const listed = await admin.data<{
      orders: { nodes: { id: string; payment: { status: string } | null }[] };
    }>('{ orders(first: 20) { nodes { id payment { status } shipment { id } } } }');
    expect(listed.orders.nodes.find((node) => node.id === order.id)?.payment?.status).toBe('CAPTURED');
    // The hidden grant field orders passes to payments and shipping is not part of the public API.
    expect(
      errorCode(
        await anonymous.request('query($id: ID!) { order(id: $id) { openedWithAccessToken } }', {
          id: order.id,
        }),
      ),
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets a guest cancel their declined order, which gives the reserved stock back', async () => {
    const { order, token, variant } = await guestOrder('E2E-GUEST-CANCEL', 'tok_chargeDeclined');
    expect(order.status).toBe('PAYMENT_FAILED');
    expect(await stockOf(admin, variant)).toEqual({ onHand: 5, reserved: 2, available: 3 });

    const cancelled = (await anonymous.data<{ cancelOrder: Payload }>(CANCEL, { id: order.id, t: token }))
      .cancelOrder;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'CANCELLED_BY_CUSTOMER',
    });
    await eventually(async () =>
      expect(await stockOf(admin, variant)).toEqual({ onHand: 5, reserved: 0, available: 5 }),
    );
    // Once cancelled, neither a second cancel nor a payment goes through.
    const twice = (await anonymous.data<{ cancelOrder: Payload }>(CANCEL, { id: order.id, t: token }))
      .cancelOrder;
    expect(twice.userErrors.map((error) => error.code)).toEqual(['ORDER_NOT_CANCELLABLE']);
    const pay = (
      await anonymous.data<{ retryPayment: Payload }>(RETRY, { o: order.id, p: 'tok_visa', t: token })
    ).retryPayment;
    expect(pay.userErrors.map((error) => error.code)).toEqual(['ORDER_NOT_PAYMENT_FAILED']);
  });

  it('throttles guestOrder lookups per client address, answering a wrong number and a wrong email alike', async () => {
    const { order, email } = await guestOrder('E2E-GUEST-LOOKUP', 'tok_visa');
    const from = (address: string) => (query: string, variables: Record<string, unknown>) =>
      graphqlRequest<{ guestOrder: { id: string; orderAccessToken: string | null } | null }>(
        system.routerUrl,
        query,
        variables,
        { headers: { 'x-forwarded-for': address } },
      );
    const prober = from('203.0.113.50');
    const neighbour = from('198.51.100.60');

    const wrongEmail = await prober(LOOKUP, { n: order.number, e: 'someone-else@example.com' });
    const wrongNumber = await prober(LOOKUP, { n: 'MSA-999001', e: email });
    expect(wrongEmail.errors).toBeUndefined();
    expect(wrongNumber.errors).toBeUndefined();
    expect(wrongEmail.data).toEqual({ guestOrder: null });
    expect(wrongNumber.data).toEqual(wrongEmail.data);

    // 18 more misses, each for another number and email, use up the address's 20 in the window.
    for (let miss = 0; miss < 18; miss += 1) {
      const answer = await prober(LOOKUP, { n: `MSA-${990_100 + miss}`, e: `probe-${miss}@example.com` });
      expect(answer.data).toEqual({ guestOrder: null });
    }
    const refused = await prober(LOOKUP, { n: order.number, e: email });
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/Too many order lookups/);
    expect(refused.errors?.[0]?.extensions?.retryAfter).toEqual(expect.any(Number));
    expect(refused.errors?.[0]?.extensions?.retryAfter as number).toBeGreaterThan(0);

    // Another client still finds the order, and gets a token that opens it (and only it).
    const found = await neighbour(LOOKUP, { n: order.number, e: email.toUpperCase() });
    expect(found.data?.guestOrder?.id).toBe(order.id);
    const freshToken = found.data!.guestOrder!.orderAccessToken!;
    expect(freshToken).toMatch(/^oat_/);
    const read = await anonymous.data<{ order: OrderView }>(READ, { id: order.id, t: freshToken });
    expect(read.order.number).toBe(order.number);
  });
});
