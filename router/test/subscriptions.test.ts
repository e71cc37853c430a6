import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createTestKeys } from '@msa/testing';
import { bootLiveRouter, probe, waitFor, type LiveRouterHarness } from './support/boot-live-router';

const WATCH_ORDER = `subscription Watch($orderId: ID!) {
  orderUpdated(orderId: $orderId) { id status customer { email } payment { status } }
}`;

/** Resolves with the close code when the client's socket closes. */
const closeCodeOf = (client: Client) =>
  new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));

describe('federated subscriptions through the router', () => {
  let h: LiveRouterHarness;

  beforeAll(async () => {
    h = await bootLiveRouter();
  });
  afterAll(() => h?.stop());

  const customer = (id: string) => h.keys.tokenFor('CUSTOMER', id);
  const clientAs = (token: string) => h.client({ connectionParams: { authorization: `Bearer ${token}` } });

  it('delivers each event with the fields other subgraphs own, fetched as the subscriber', async () => {
    const token = await customer('c1');
    const client = clientAs(token);
    const watch = probe(client, { query: WATCH_ORDER, variables: { orderId: 'o1' }, operationName: 'Watch' });
    await waitFor(() => h.subgraphs.orderUpdates.listeners('o1') === 1, 'the shop to hold the subscription');

    h.subgraphs.updateOrder('o1', 'PAID');
    expect(await watch.nextEvent()).toEqual({
      data: {
        orderUpdated: {
          id: 'o1',
          status: 'PAID',
          customer: { email: 'c1@example.com' },
          payment: { status: 'CAPTURED' },
        },
      },
    });
    h.subgraphs.updateOrder('o1', 'SHIPPED');
    expect((await watch.nextEvent()).data).toMatchObject({ orderUpdated: { status: 'SHIPPED' } });

    // The owner was asked only for what it resolves, as the subscriber, with a request id to correlate.
    const upstream = h.subgraphs.shop.live;
    const query = upstream.queries.at(-1)!;
    expect(query).toMatch(/orderUpdated\(orderId: ?\$orderId\)/);
    expect(query).not.toMatch(/email|payment/);
    expect(upstream.initPayloads.at(-1)).toMatchObject({
      authorization: `Bearer ${token}`,
      requestId: expect.any(String),
    });
    expect(upstream.upgradeHeaders.at(-1)?.['x-request-id']).toBe(upstream.initPayloads.at(-1)?.requestId);
    // The connection's W3C trace context (a new sampled trace: the test client sends none).
    expect(upstream.upgradeHeaders.at(-1)?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    watch.unsubscribe();
  });

  it("shares one event's entity fetch among a customer's devices, never with another identity", async () => {
    const devices = await Promise.all(Array.from({ length: 6 }, async () => clientAs(await customer('c1'))));
    const admin = clientAs(await h.keys.tokenFor('ADMIN', 'boss'));
    const watches = [...devices, admin].map((client) =>
      probe(client, { query: WATCH_ORDER, variables: { orderId: 'o1' }, operationName: 'Watch' }),
    );
    await waitFor(
      () => h.subgraphs.orderUpdates.listeners('o1') === 7,
      'the shop to hold every subscription',
    );
    const lookupsBefore = h.subgraphs.customerLookups.length;
    // Lookups answer once all seven events could have asked (two seconds, ample for the router to read seven
    // messages), or at once when seven lookups arrive, which means nothing was shared.
    h.subgraphs.customerLookupHold.current = new Promise<void>((release) => {
      const deadline = Date.now() + 2_000;
      const poll = setInterval(() => {
        if (Date.now() > deadline || h.subgraphs.customerLookups.length - lookupsBefore >= watches.length) {
          clearInterval(poll);
          release();
        }
      }, 20);
    });

    h.subgraphs.updateOrder('o1', 'PACKED');
    for (const watch of watches) {
      expect((await watch.nextEvent()).data).toEqual({
        orderUpdated: {
          id: 'o1',
          status: 'PACKED',
          customer: { email: 'c1@example.com' },
          payment: { status: 'CAPTURED' },
        },
      });
      watch.unsubscribe();
    }
    h.subgraphs.customerLookupHold.current = null;
    // The customer's six devices share one fetch; the administrator's event is fetched as the administrator.
    const lookups = h.subgraphs.customerLookups.length - lookupsBefore;
    expect(lookups).toBe(2);
  });

  it('lets an administrator watch any order', async () => {
    const client = clientAs(await h.keys.tokenFor('ADMIN', 'boss'));
    const watch = probe(client, { query: 'subscription { orderUpdated(orderId: "o2") { number status } }' });
    await waitFor(() => h.subgraphs.orderUpdates.listeners('o2') === 1, 'the admin subscription');
    h.subgraphs.updateOrder('o2', 'CANCELLED');
    expect(await watch.nextEvent()).toEqual({
      data: { orderUpdated: { number: 'T-2', status: 'CANCELLED' } },
    });
    watch.unsubscribe();
  });

  it("refuses another customer's order with the owner's FORBIDDEN, then ends the subscription", async () => {
    const client = clientAs(await customer('c2'));
    const watch = probe(client, { query: WATCH_ORDER, variables: { orderId: 'o1' } });
    const refusal = await watch.nextEvent();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await watch.ended).toEqual({});
    expect(h.subgraphs.orderUpdates.listeners('o1')).toBe(0);
  });

  it('connects anonymous clients, whose subscriptions that need a user are refused by the owner', async () => {
    const client = h.client();
    const watch = probe(client, { query: WATCH_ORDER, variables: { orderId: 'o1' } });
    expect((await watch.nextEvent()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await watch.ended).toEqual({});
    expect(h.subgraphs.shop.live.initPayloads.at(-1)).not.toHaveProperty('authorization');
  });

  it('closes connections whose token is forged, expired or not a bearer token with 4403', async () => {
    const forged = await (await createTestKeys()).tokenFor('ADMIN', 'c1');
    const expired = await h.keys.signer.sign({ userId: 'c1', role: 'CUSTOMER', kind: 'user' }, -60);
    for (const authorization of [`Bearer ${forged}`, `Bearer ${expired}`, 'Basic YWRhOnNlY3JldA==']) {
      const client = h.client({ connectionParams: { authorization } });
      const closed = closeCodeOf(client);
      const watch = probe(client, { query: WATCH_ORDER, variables: { orderId: 'o1' } });
      expect(await closed).toBe(4403);
      expect((await watch.ended).error).toMatchObject({ code: 4403 });
    }
  });

  it('routes each root field to the subgraph that owns it, over one client connection', async () => {
    const client = clientAs(await customer('c1'));
    const messages = probe(client, { query: 'subscription { messageAdded { text } }' });
    const order = probe(client, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await waitFor(
      () => h.subgraphs.messages.listeners('c1') === 1 && h.subgraphs.orderUpdates.listeners('o1') === 1,
      'both owners to hold a subscription',
    );
    h.subgraphs.messages.publish('c1', { id: 'm1', text: 'Hello' });
    h.subgraphs.updateOrder('o1', 'DELIVERED');
    expect(await messages.nextEvent()).toEqual({ data: { messageAdded: { text: 'Hello' } } });
    expect(await order.nextEvent()).toEqual({ data: { orderUpdated: { status: 'DELIVERED' } } });
    messages.unsubscribe();
    order.unsubscribe();
  });

  it('applies the depth, alias and cost limits before anything reaches a subgraph', async () => {
    const strict = await h.startRouter({ limits: { maxDepth: 2, maxAliases: 1 } });
    const client = h.client(
      { connectionParams: { authorization: `Bearer ${await customer('c1')}` } },
      strict,
    );
    const sentUpstream = h.subgraphs.shop.live.queries.length;
    const refusals = [
      [
        'subscription { orderUpdated(orderId: "o1") { customer { email } } }',
        { rule: 'depth', measured: 3, limit: 2 },
      ],
      [
        'subscription { orderUpdated(orderId: "o1") { a: id b: id } }',
        { rule: 'aliases', measured: 2, limit: 1 },
      ],
    ] as const;
    for (const [query, violation] of refusals) {
      const { error } = await probe(client, { query }).ended;
      expect(error).toEqual([
        { message: expect.any(String), extensions: { code: 'QUERY_TOO_COMPLEX', ...violation } },
      ]);
    }
    // Objects cost 1 and scalars nothing: within depth 2 an order costs 1, so cost is probed on its own router.
    const frugal = await h.startRouter({ limits: { maxCost: 2 } });
    const costly = await probe(
      h.client({ connectionParams: { authorization: `Bearer ${await customer('c1')}` } }, frugal),
      { query: 'subscription { orderUpdated(orderId: "o1") { customer { email } payment { status } } }' },
    ).ended;
    expect(costly.error).toEqual([
      {
        message: expect.any(String),
        extensions: { code: 'QUERY_TOO_COMPLEX', rule: 'cost', measured: 3, limit: 2 },
      },
    ]);
    await frugal.stop();
    expect(h.subgraphs.shop.live.queries.length).toBe(sentUpstream);

    const within = probe(client, { query: 'subscription { orderUpdated(orderId: "o1") { status } }' });
    await waitFor(
      () => h.subgraphs.shop.live.queries.length === sentUpstream + 1,
      'the accepted subscription',
    );
    within.unsubscribe();
    await strict.stop();
  });

  it('refuses invalid operations and variables with their codes', async () => {
    const client = clientAs(await customer('c1'));
    const invalid = await probe(client, { query: 'subscription { orderUpdated(orderId: "o1") { nope } }' })
      .ended;
    expect(invalid.error).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    const unparsable = await probe(client, { query: 'subscription { orderUpdated(' }).ended;
    expect(unparsable.error).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ]);
    const badVariables = await probe(client, { query: WATCH_ORDER, variables: {} }).ended;
    expect(badVariables.error).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('runs queries sent over the socket through the HTTP pipeline', async () => {
    const client = clientAs(await customer('c1'));
    const answer = probe(client, {
      query: '{ order(id: "o1") { number customer { email } payment { status } } }',
    });
    expect(await answer.nextEvent()).toEqual({
      data: {
        order: { number: 'T-1', customer: { email: 'c1@example.com' }, payment: { status: 'CAPTURED' } },
      },
    });
    expect(await answer.ended).toEqual({});
  });

  it('counts active and started subscriptions in /metrics', async () => {
    const metricsText = async () => (await fetch(h.router.metricsUrl)).text();
    const gauge = (text: string) =>
      Number(/router_subscriptions_active\{[^}]*field="messageAdded"[^}]*\} (\d+)/.exec(text)?.[1] ?? 0);
    const started = (text: string) =>
      Number(
        /router_subscriptions_started_total\{[^}]*field="messageAdded"[^}]*\} (\d+)/.exec(text)?.[1] ?? 0,
      );
    const startedBefore = started(await metricsText());

    const client = clientAs(await customer('c3'));
    const messages = probe(client, { query: 'subscription { messageAdded { id } }' });
    await waitFor(() => h.subgraphs.messages.listeners('c3') === 1, 'the messages subscription');
    const during = await metricsText();
    expect(gauge(during)).toBe(1);
    expect(started(during)).toBe(startedBefore + 1);
    expect(during).toMatch(/router_websocket_connections\{[^}]*\} [1-9]/);

    messages.unsubscribe();
    await waitFor(() => h.subgraphs.messages.listeners('c3') === 0, 'the messages subscription to end');
    expect(gauge(await metricsText())).toBe(0);
  });
});
