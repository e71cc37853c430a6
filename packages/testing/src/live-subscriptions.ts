import { createClient, type Client } from 'graphql-ws';
import type { Redis } from 'ioredis';
import WebSocket from 'ws';
import { eventually } from './eventually';

export interface LiveMessage<D> {
  data?: D | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface LiveSubscription<D> {
  /** What the server sent, in order. */
  messages: LiveMessage<D>[];
  /** Settles when the server completes the subscription or it fails. */
  done: Promise<void>;
  /** The error that ended it, or null. */
  closed(): unknown;
}

/** graphql-ws clients on a subgraph's /graphql for one test file, disposed together. */
export function liveClients(url: string) {
  const clients: Client[] = [];
  return {
    /** A client that connects on its first subscription, with `authorization` as its connection parameter. */
    connect(authorization?: string): Client {
      const client = createClient({
        url: url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: authorization ? { authorization } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    /** Subscribes and collects what the server sends until it completes or errors. */
    watch<D>(client: Client, operation: { query: string; variables?: Record<string, unknown> }) {
      const messages: LiveMessage<D>[] = [];
      let closed: unknown = null;
      const done = new Promise<void>((resolve) => {
        client.subscribe(operation, {
          next: (message) => messages.push(message as LiveMessage<D>),
          error: (error) => {
            closed = error;
            resolve();
          },
          complete: () => resolve(),
        });
      });
      return { messages, done, closed: () => closed } satisfies LiveSubscription<D>;
    },
    dispose: () => Promise.all(clients.map((client) => client.dispose())),
  };
}

/**
 * Waits until a Redis channel has `count` subscribers: the server subscribed for a live subscription, so
 * nothing published from now on can be missed.
 */
export function redisSubscribers(redis: Redis, channel: string, count = 1): Promise<true> {
  return eventually(async () => {
    const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    return Number(subscribers) === count || undefined;
  }, 10_000);
}
