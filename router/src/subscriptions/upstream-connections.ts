import {
  createClient,
  type Client,
  type FormattedExecutionResult,
  type Sink,
  type SubscribePayload,
} from 'graphql-ws';
import WebSocket from 'ws';

/** How long the router waits for a subgraph to acknowledge connection_init. */
const ACK_TIMEOUT_MS = 10_000;
/** Largest message accepted from a subgraph; events are small, this only bounds a misbehaving one. */
const MAX_UPSTREAM_MESSAGE_BYTES = 4 * 1024 * 1024;

export interface UpstreamIdentity {
  /** The subscriber's own `Bearer …` header, verified by the router; absent for anonymous subscribers. */
  authorization: string | undefined;
  requestId: string;
  /** Correlation headers sent on the WebSocket upgrade request (x-request-id, traceparent, x-forwarded-for). */
  headers: Record<string, string>;
}

/**
 * The graphql-ws connections of one client connection to the subgraphs that serve its subscriptions: one
 * socket per subgraph, opened at the first subscription to it and closed when its last one ends (so a client
 * that leaves or completes everything leaves no upstream socket behind). Each socket authenticates as the
 * subscriber, so the subgraph authorizes every subscription against the subscriber's own token.
 */
export interface UpstreamConnections {
  subscribe(
    websocketUrl: string,
    payload: SubscribePayload,
    sink: Sink<FormattedExecutionResult>,
  ): () => void;
  /** Closes every socket; their open subscriptions complete. */
  dispose(): Promise<void>;
}

export function createUpstreamConnections(identity: UpstreamIdentity): UpstreamConnections {
  const clients = new Map<string, Client>();
  const { headers } = identity;

  // graphql-ws opens sockets with `new WebSocketImpl(url, protocol)`; this adds the correlation headers.
  class CorrelatedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers, maxPayload: MAX_UPSTREAM_MESSAGE_BYTES });
    }
  }

  const clientFor = (url: string): Client => {
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
      connectionAckWaitTimeout: ACK_TIMEOUT_MS,
    });
    clients.set(url, client);
    return client;
  };

  return {
    subscribe(websocketUrl, payload, sink) {
      return clientFor(websocketUrl).subscribe(payload, sink);
    },
    async dispose() {
      const all = [...clients.values()];
      clients.clear();
      await Promise.all(all.map((client) => client.dispose()));
    },
  };
}
