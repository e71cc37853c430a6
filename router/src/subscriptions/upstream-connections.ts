import {
  createClient,
  type Client,
  type FormattedExecutionResult,
  type Sink,
  type SubscribePayload,
} from 'graphql-ws';
import WebSocket from 'ws';
import type { SubgraphGuard } from '../gateway/subgraph-breaker';
import { upstreamConnectFailure } from './upstream-connect-failure';
import { isFormattedErrorList } from './subscription-errors';

/** Largest message accepted from a subgraph; events are small, this only bounds a misbehaving one. */
const MAX_UPSTREAM_MESSAGE_BYTES = 4 * 1024 * 1024;

export interface UpstreamIdentity {
  /** The subscriber's own `Bearer …` header, verified by the router; absent for anonymous subscribers. */
  authorization: string | undefined;
  requestId: string;
  /** Correlation headers sent on the WebSocket upgrade request (x-request-id, traceparent, x-forwarded-for). */
  headers: Record<string, string>;
}

/** The subgraph a subscription is served by. */
export interface Upstream {
  subgraph: string;
  websocketUrl: string;
}

/**
 * The graphql-ws connections of one client connection to the subgraphs that serve its subscriptions: one
 * socket per subgraph, opened at the first subscription to it and closed when its last one ends (so a client
 * that leaves or completes everything leaves no upstream socket behind). Each socket authenticates as the
 * subscriber, so the subgraph authorizes every subscription against the subscriber's own token.
 *
 * Subscribing goes through the subgraph's circuit breaker, the one its HTTP calls use: the subscription
 * counts as a success once the subgraph acknowledged the connection (or answered the subscription), and as a
 * failure when the connection fails first or is not acknowledged within the breaker's deadline (the socket is
 * then dropped). While the circuit is open, subscriptions are refused at once with SUBGRAPH_UNAVAILABLE.
 * An upstream lost later ends its subscriptions as before, without counting against the circuit.
 */
export interface UpstreamConnections {
  subscribe(upstream: Upstream, payload: SubscribePayload, sink: Sink<FormattedExecutionResult>): () => void;
  /** Closes every socket; their open subscriptions complete. */
  dispose(): Promise<void>;
}

interface UpstreamClient {
  client: Client;
  /** Whether the subgraph acknowledged the socket that is open now. */
  acknowledged: boolean;
}

export function createUpstreamConnections(
  identity: UpstreamIdentity,
  guardOf: (subgraph: string) => SubgraphGuard,
): UpstreamConnections {
  const clients = new Map<string, UpstreamClient>();
  const { headers } = identity;

  // graphql-ws opens sockets with `new WebSocketImpl(url, protocol)`; this adds the correlation headers.
  class CorrelatedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers, maxPayload: MAX_UPSTREAM_MESSAGE_BYTES });
    }
  }

  const clientFor = (url: string): UpstreamClient => {
    const existing = clients.get(url);
    if (existing) return existing;
    const client = createClient({
      url,
      webSocketImpl: CorrelatedWebSocket,
      connectionParams: {
        ...(identity.authorization ? { authorization: identity.authorization } : {}),
        requestId: identity.requestId,
      },
      lazy: true,
      lazyCloseTimeout: 0,
      // A lost upstream ends the client's subscriptions with an error; the client decides to resubscribe.
      retryAttempts: 0,
      // No acknowledgement timeout of its own: the circuit breaker's deadline bounds connecting.
    });
    const upstream: UpstreamClient = { client, acknowledged: false };
    client.on('connected', () => (upstream.acknowledged = true));
    client.on('closed', () => (upstream.acknowledged = false));
    clients.set(url, upstream);
    return upstream;
  };

  function subscribe(
    { subgraph, websocketUrl }: Upstream,
    payload: SubscribePayload,
    sink: Sink<FormattedExecutionResult>,
  ): () => void {
    const upstream = clientFor(websocketUrl);
    /**
     * connecting: not yet known to work; open: events pass through; failed: the breaker's refusal is on its
     * way to the sink; over: nothing more reaches the sink.
     */
    let phase: 'connecting' | 'open' | 'failed' | 'over' = 'connecting';
    let release = () => {};
    let settle: { succeed: () => void; fail: (error: unknown) => void } | undefined;

    const attempt = (signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (phase === 'over') return resolve();
        let stopWaiting = () => {};
        settle = {
          succeed: () => {
            stopWaiting();
            if (phase === 'connecting') phase = 'open';
            resolve();
          },
          fail: (error) => {
            stopWaiting();
            phase = 'failed';
            reject(upstreamConnectFailure(error));
          },
        };
        const { succeed, fail } = settle;
        signal.addEventListener('abort', () => {
          stopWaiting();
          phase = 'failed';
          // Past the deadline: a socket still waiting for its acknowledgement is dropped, not left hanging.
          if (!upstream.acknowledged) upstream.client.terminate();
          release();
        });
        release = upstream.client.subscribe<Record<string, unknown>, Record<string, unknown>>(payload, {
          next: (value) => {
            succeed();
            if (phase === 'open') sink.next(value);
          },
          error: (error) => {
            // A refusal of the operation is the subgraph answering: the client's business, not an outage.
            if (phase === 'connecting' && !isFormattedErrorList(error)) return fail(error);
            succeed();
            if (phase === 'open') {
              phase = 'over';
              sink.error(error);
            }
          },
          complete: () => {
            succeed();
            if (phase === 'open') {
              phase = 'over';
              sink.complete();
            }
          },
        });
        if (upstream.acknowledged) succeed();
        else stopWaiting = upstream.client.on('connected', succeed);
      });

    guardOf(subgraph)(attempt).catch((error: unknown) => {
      if (phase === 'over') return;
      phase = 'over';
      sink.error(error);
    });
    return () => {
      if (phase === 'connecting') settle?.succeed();
      phase = 'over';
      release();
    };
  }

  return {
    subscribe,
    async dispose() {
      const all = [...clients.values()];
      clients.clear();
      await Promise.all(all.map(({ client }) => client.dispose()));
    },
  };
}
