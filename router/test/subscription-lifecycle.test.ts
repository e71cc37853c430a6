import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, fetchSubgraphSdls } from '../src/composition';
import { bootLiveRouter, probe, waitFor, type LiveRouterHarness } from './support/boot-live-router';

const WATCH = 'subscription { orderUpdated(orderId: "o1") { status customer { email } } }';

describe('subscription lifecycle through the router', () => {
  let h: LiveRouterHarness;

  beforeAll(async () => {
    h = await bootLiveRouter();
  });
  afterAll(() => h?.stop());

  const shopSockets = () => h.subgraphs.shop.live.openSockets();
  const listeners = () => h.subgraphs.orderUpdates.listeners('o1');
  const signedIn = async (options: Parameters<LiveRouterHarness['client']>[0] = {}) =>
    h.client({
      connectionParams: { authorization: `Bearer ${await h.keys.tokenFor('CUSTOMER', 'c1')}` },
      ...options,
    });

  it('closes the upstream socket when the client completes its last subscription', async () => {
    const client = await signedIn();
    const first = probe(client, { query: WATCH });
    const second = probe(client, { query: WATCH });
    await waitFor(() => listeners() === 2, 'both subscriptions upstream');
    expect(shopSockets()).toBe(1);

    first.unsubscribe();
    await waitFor(() => listeners() === 1, 'the first subscription to end upstream');
    expect(shopSockets()).toBe(1);
    second.unsubscribe();
    await waitFor(() => listeners() === 0 && shopSockets() === 0, 'the upstream socket to close');
  });

  it('closes the upstream socket when the client leaves', async () => {
    const client = await signedIn();
    probe(client, { query: WATCH });
    await waitFor(() => listeners() === 1 && shopSockets() === 1, 'the subscription upstream');
    client.terminate();
    await waitFor(() => listeners() === 0 && shopSockets() === 0, 'the upstream socket to close');
  });

  it('ends the client subscription with an error when the owner drops the connection', async () => {
    const client = await signedIn();
    const watch = probe(client, { query: WATCH });
    await waitFor(() => listeners() === 1, 'the subscription upstream');
    h.subgraphs.shop.live.dropAll(1011);
    const { error } = await watch.ended;
    expect(error).toEqual([
      {
        message: expect.stringMatching(/closed the connection; subscribe again/),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);

    // The client connection itself stays usable.
    const again = probe(client, { query: WATCH });
    await waitFor(() => listeners() === 1, 'the new subscription upstream');
    h.subgraphs.updateOrder('o1', 'PACKED');
    expect((await again.nextEvent()).data).toEqual({
      orderUpdated: { status: 'PACKED', customer: { email: 'c1@example.com' } },
    });
    again.unsubscribe();
  });

  it('resumes after a router restart on the same port (the new one serving the composed file)', async () => {
    const port = h.router.port;
    // The client retries from the moment the old router closes its socket until the new one listens, however
    // long a busy machine makes the restart, as the web apps' link does; waitFor bounds the wait. By default
    // graphql-ws retries only after a close, and a refused connection (ECONNREFUSED, an error) ended the
    // subscription for good whenever the first retry came before the new router listened.
    const client = await signedIn({
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: () => new Promise((r) => setTimeout(r, 50)),
    });
    const watch = probe(client, { query: WATCH });
    await waitFor(() => listeners() === 1, 'the subscription upstream');

    const { supergraphSdl } = composeSupergraph(await fetchSubgraphSdls(h.subgraphs.endpoints));
    await h.router.stop();
    await waitFor(() => listeners() === 0 && shopSockets() === 0, 'the stopped router to leave the owner');
    h.subgraphs.updateOrder('o1', 'MISSED');

    h.router = await h.startRouter({ port, supergraphSdl });
    await waitFor(() => listeners() === 1, 'the client to resubscribe through the new router');
    h.subgraphs.updateOrder('o1', 'RESUMED');
    expect((await watch.nextEvent()).data).toEqual({
      orderUpdated: { status: 'RESUMED', customer: { email: 'c1@example.com' } },
    });
    expect(watch.isEnded()).toBe(false);
    watch.unsubscribe();
  });

  it('closes a connection when its token expires; the client reconnects with a fresh one', async () => {
    let tokensIssued = 0;
    const client = h.client({
      connectionParams: async () => {
        tokensIssued += 1;
        const token = await h.keys.signer.sign(
          { userId: 'c1', role: 'CUSTOMER', kind: 'user' },
          tokensIssued === 1 ? 1 : 600,
        );
        return { authorization: `Bearer ${token}` };
      },
      retryAttempts: 3,
      retryWait: () => new Promise((r) => setTimeout(r, 20)),
    });
    const closeCodes: number[] = [];
    client.on('closed', (event) => closeCodes.push((event as { code: number }).code));
    const watch = probe(client, { query: WATCH });

    await waitFor(() => closeCodes.includes(4403), 'the router to close the expired connection', 3_000);
    await waitFor(() => tokensIssued === 2 && listeners() === 1, 'the reconnect with a fresh token');
    h.subgraphs.updateOrder('o1', 'FRESH');
    expect((await watch.nextEvent()).data).toMatchObject({ orderUpdated: { status: 'FRESH' } });
    watch.unsubscribe();
  });
});
