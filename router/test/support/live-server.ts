import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken, type AccessTokenVerifier, type Identity } from '@msa/auth';
import { createLogger, LoaderRegistry, type SubgraphContext } from '@msa/subgraph-kit';
import { eventStream, type EventStream } from '../../src/subscriptions/event-stream';

/** In-memory pub/sub by key (an order id, a user id), like the subgraphs' Redis channels in one process. */
export interface LiveTopic<T> {
  subscribe(key: string): AsyncIterableIterator<T>;
  publish(key: string, value: T): void;
  /** Open subscriptions, for one key or all. */
  listeners(key?: string): number;
}

export function liveTopic<T>(): LiveTopic<T> {
  const byKey = new Map<string, Set<EventStream<T>>>();
  return {
    subscribe(key) {
      const set = byKey.get(key) ?? new Set();
      byKey.set(key, set);
      const stream: EventStream<T> = eventStream<T>(() => set.delete(stream));
      set.add(stream);
      return stream;
    },
    publish(key, value) {
      for (const stream of byKey.get(key) ?? []) stream.push(value);
    },
    listeners(key) {
      if (key !== undefined) return byKey.get(key)?.size ?? 0;
      return [...byKey.values()].reduce((sum, set) => sum + set.size, 0);
    },
  };
}

/**
 * How the endpoint treats new sockets: `up` serves them, `refusing` answers the upgrade with 503 (down behind
 * its load balancer), `hanging` accepts the socket but never acknowledges connection_init.
 */
export type LiveAvailability = 'up' | 'refusing' | 'hanging';

/** What a subgraph's graphql-ws endpoint saw, so tests can check what the router sent upstream. */
export interface LiveEndpoint {
  availability: LiveAvailability;
  /** WebSocket upgrade requests received, served or not. */
  upgradeAttempts: number;
  /** connection_init payloads, in order. */
  initPayloads: Record<string, unknown>[];
  /** Upgrade request headers, in order. */
  upgradeHeaders: Record<string, string | string[] | undefined>[];
  /** Operations subscribed to, in order. */
  queries: string[];
  openSockets(): number;
  /** Closes every socket from the subgraph's side, as a crash or deploy would. */
  dropAll(code: number): void;
  close(): Promise<void>;
}

/**
 * graphql-ws on a kit subgraph's HTTP server, authenticated like the real subgraphs (subgraphs/orders
 * src/live): connection_init's bearer token is verified, a bad one closes the socket, none is anonymous.
 */
export function serveLive(
  httpServer: Server,
  schema: GraphQLSchema,
  verifier: AccessTokenVerifier,
): LiveEndpoint {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: (_info, accept) => {
      endpoint.upgradeAttempts++;
      if (endpoint.availability === 'refusing') accept(false, 503, 'Service Unavailable');
      else accept(true);
    },
  });
  const identities = new WeakMap<object, Identity | null>();
  const logger = createLogger('live-subgraph', 'silent');
  const endpoint: LiveEndpoint = {
    availability: 'up',
    upgradeAttempts: 0,
    initPayloads: [],
    upgradeHeaders: [],
    queries: [],
    openSockets: () => wsServer.clients.size,
    dropAll(code) {
      for (const socket of wsServer.clients) socket.close(code, 'Dropped by the test');
    },
    async close() {
      await server.dispose();
    },
  };
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        if (endpoint.availability === 'hanging') await new Promise(() => {});
        endpoint.initPayloads.push({ ...ctx.connectionParams });
        endpoint.upgradeHeaders.push({ ...ctx.extra.request.headers });
        const authorization = ctx.connectionParams?.authorization;
        const token = typeof authorization === 'string' ? bearerToken(authorization) : undefined;
        try {
          identities.set(ctx, token ? await verifier.verify(token) : null);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        endpoint.queries.push(payload.query);
      },
      context: (ctx): SubgraphContext => ({
        requestId: randomUUID(),
        identity: identities.get(ctx) ?? null,
        logger,
        loaders: new LoaderRegistry(),
      }),
    },
    wsServer,
  );
  return endpoint;
}
