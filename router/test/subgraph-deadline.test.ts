import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootLiveRouter, probe, waitFor, type LiveRouterHarness } from './support/boot-live-router';

const WATCH = 'subscription { orderUpdated(orderId: "o1") { status customer { email } } }';
/** Long enough for a sound call on a loaded machine; the hanging calls below wait this long. */
const CALL_TIMEOUT_MS = 3_000;
/** Long enough to check an open circuit refuses before it lets a probe through. */
const RESET_MS = 2_000;

describe('subgraph deadlines and circuits, over HTTP and graphql-ws', () => {
  let h: LiveRouterHarness;
  /** Responses people started and closed before finishing them: requests the router aborted. */
  let abortedAtPeople = 0;

  beforeAll(async () => {
    h = await bootLiveRouter({
      breaker: { callTimeoutMs: CALL_TIMEOUT_MS, volumeThreshold: 2, resetTimeoutMs: RESET_MS },
    });
    h.subgraphs.people.server.httpServer.on('request', (_request, response) => {
      response.on('close', () => {
        if (!response.writableFinished) abortedAtPeople++;
      });
    });
  });
  afterAll(() => h?.stop());

  const token = () => h.keys.tokenFor('CUSTOMER', 'c1');
  const signedIn = async () => h.client({ connectionParams: { authorization: `Bearer ${await token()}` } });
  const shop = () => h.subgraphs.shop.live;

  it('answers a subgraph that never answers with SUBGRAPH_UNAVAILABLE after the deadline, serves the rest and aborts the call', async () => {
    let release!: () => void;
    h.subgraphs.customerLookupHold.current = new Promise((resolve) => (release = resolve));
    try {
      const response = await fetch(h.router.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
        body: JSON.stringify({ query: '{ paymentStatuses order(id: "o1") { status customer { email } } }' }),
      });
      const body = (await response.json()) as {
        data: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      // Order.customer is not nullable: the order is nulled, the other root field is served.
      expect(body.data).toEqual({ paymentStatuses: ['PENDING', 'CAPTURED'], order: null });
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: `The people service is unavailable (no answer within ${CALL_TIMEOUT_MS} ms)`,
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }),
        }),
      ]);
      await waitFor(() => abortedAtPeople === 1, 'the router to abort its request to people');
      expect(h.router.breakers.status('people')).toMatchObject({ circuit: 'closed', lastError: 'TIMEOUT' });
    } finally {
      h.subgraphs.customerLookupHold.current = null;
      release();
    }
  });

  it('refuses subscriptions at once while the owner is down, then probes and recovers when it returns', async () => {
    const client = await signedIn();
    shop().availability = 'refusing';
    // Each failed connect is answered with SUBGRAPH_UNAVAILABLE; two in a row open the circuit.
    for (let i = 0; i < 5 && h.router.breakers.status('shop').circuit !== 'open'; i++) {
      const { error } = await probe(client, { query: WATCH }).ended;
      expect(error).toEqual([
        {
          message: 'The shop service is unavailable (HTTP 503)',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'shop' },
        },
      ]);
    }
    expect(h.router.breakers.status('shop').circuit).toBe('open');

    // Open: refused without trying the owner.
    const attempts = shop().upgradeAttempts;
    const { error } = await probe(client, { query: WATCH }).ended;
    expect(error).toEqual([
      {
        message: 'The shop service is unavailable (circuit open after repeated failures)',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'shop' },
      },
    ]);
    expect(shop().upgradeAttempts).toBe(attempts);
    const gauge = await (await fetch(h.router.metricsUrl)).text();
    expect(gauge).toMatch(/router_subgraph_circuit_state\{subgraph="shop"[^}]*\} 2/);

    shop().availability = 'up';
    await waitFor(() => h.router.breakers.status('shop').circuit === 'half-open', 'the circuit to half-open');
    const watch = probe(client, { query: WATCH });
    await waitFor(() => h.subgraphs.orderUpdates.listeners('o1') === 1, 'the probe subscription upstream');
    expect(h.router.breakers.status('shop').circuit).toBe('closed');
    h.subgraphs.updateOrder('o1', 'PACKED');
    expect((await watch.nextEvent()).data).toEqual({
      orderUpdated: { status: 'PACKED', customer: { email: 'c1@example.com' } },
    });
    watch.unsubscribe();
    await waitFor(() => shop().openSockets() === 0, 'the upstream socket to close');
  });

  it('drops an upstream socket never acknowledged within the deadline and refuses the subscription', async () => {
    const client = await signedIn();
    shop().availability = 'hanging';
    try {
      const watch = probe(client, { query: WATCH });
      await waitFor(() => shop().openSockets() === 1, 'the router to open a socket to the owner');
      const { error } = await watch.ended;
      expect(error).toEqual([
        {
          message: `The shop service is unavailable (no answer within ${CALL_TIMEOUT_MS} ms)`,
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'shop' },
        },
      ]);
      await waitFor(() => shop().openSockets() === 0, 'the router to drop the unacknowledged socket');
      expect(h.router.breakers.status('shop').lastError).toBe('TIMEOUT');
    } finally {
      shop().availability = 'up';
    }
  });
});
