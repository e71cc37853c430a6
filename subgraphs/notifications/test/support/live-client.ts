import { createClient, type Client } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { Redis } from 'ioredis';

export interface LiveMessage {
  data?: {
    notificationAdded: { id: string; title: string; kind: string; recipient: { id: string } } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface LiveSubscription {
  messages: LiveMessage[];
  done: Promise<void>;
  closed(): unknown;
}

/** graphql-ws clients for one test file, disposed together. */
export function liveClients(url: string) {
  const clients: Client[] = [];
  return {
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
    watch(client: Client): LiveSubscription {
      const messages: LiveMessage[] = [];
      let closed: unknown = null;
      const done = new Promise<void>((resolve) => {
        client.subscribe(
          { query: 'subscription { notificationAdded { id title kind recipient { id } } }' },
          {
            next: (message) => messages.push(message as LiveMessage),
            error: (error) => {
              closed = error;
              resolve();
            },
            complete: () => resolve(),
          },
        );
      });
      return { messages, done, closed: () => closed };
    },
    dispose: () => Promise.all(clients.map((client) => client.dispose())),
  };
}

/** Waits until the server holds the Redis subscription of this user's channel. */
export function subscribed(redis: Redis, prefix: string, userId: string) {
  return expect
    .poll(async () => {
      const [, count] = (await redis.pubsub('NUMSUB', `${prefix}:notifications:user:${userId}`)) as [
        string,
        number,
      ];
      return Number(count);
    })
    .toBe(1);
}
