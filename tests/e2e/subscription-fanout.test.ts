import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { collect, liveClient } from '../support/live';
import { addToCart, checkout, stockedVariant } from '../support/shop';

const ORDER_FEED = 'subscription($id: ID!) { orderUpdated(orderId: $id) { id status customer { email } } }';

/** Sums a router counter or gauge over the series whose labels contain `labels`. */
async function routerMetric(metricsUrl: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** Issue 17: one event's entity fetches are shared by one user's subscribers, never across users. */
describe('subscription fan-out through the router', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin());
  });
  afterAll(() => system?.stop());

  it("shares a user's entity fetches across their subscribers and keeps each customer's data their own", async () => {
    const variant = await stockedVariant(admin, 'E2E-FANOUT', 2_000, 10);
    const customers = await Promise.all(
      ['fanout-a', 'fanout-b'].map(async (name) => {
        const { client, auth } = await newCustomer(anonymous, name);
        const cart = await addToCart(client, variant.variantId, 1);
        const placed = await checkout(client, cart.id, `${name}-1`);
        return { token: client.token!, email: auth.user!.email, orderId: placed.order!.id };
      }),
    );
    // Ten devices of customer A, two of customer B, each on its own socket, all asking for the customer's email.
    const devices = customers.flatMap((customer, index) =>
      Array.from({ length: index === 0 ? 10 : 2 }, () => {
        const client: Client = liveClient(system.routerUrl, customer.token);
        return { customer, client, feed: collect(client, ORDER_FEED, { id: customer.orderId }) };
      }),
    );
    await eventually(async () =>
      expect(
        await routerMetric(system.routerMetricsUrl, 'router_subscriptions_active', 'field="orderUpdated"'),
      ).toBeGreaterThanOrEqual(devices.length),
    );
    const completions = (result: string) =>
      routerMetric(
        system.routerMetricsUrl,
        'router_subscription_event_completions_total',
        `result="${result}"`,
      );
    const fetchedBefore = await completions('fetched');
    const sharedBefore = await completions('shared');

    for (const { orderId } of customers) {
      await admin.data('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', {
        id: orderId,
      });
    }
    const cancelled = (feed: (typeof devices)[number]['feed']) =>
      feed.messages
        .map((m) => m.data?.orderUpdated as { id: string; status: string; customer: { email: string } })
        .find((order) => order?.status === 'CANCELLED');
    await eventually(async () => expect(devices.every(({ feed }) => cancelled(feed))).toBe(true));

    for (const { customer, feed } of devices) {
      expect(cancelled(feed)).toEqual({
        id: customer.orderId,
        status: 'CANCELLED',
        customer: { email: customer.email },
      });
      expect(feed.messages.flatMap((m) => m.errors ?? [])).toEqual([]);
    }
    // Every delivery needed the users subgraph, and B's are fetched as B: at least one fetch per customer.
    // How many of A's ten share a fetch depends on how close together their events arrive, so that count
    // is asserted where the subgraph's answers can be held (router/test/subscriptions.test.ts).
    const fetched = (await completions('fetched')) - fetchedBefore;
    const shared = (await completions('shared')) - sharedBefore;
    expect(fetched + shared).toBeGreaterThanOrEqual(devices.length);
    expect(fetched).toBeGreaterThanOrEqual(customers.length);

    for (const { feed, client } of devices) {
      feed.stop();
      await client.dispose();
    }
  });
});
