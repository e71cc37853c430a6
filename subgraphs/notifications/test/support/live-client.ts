import type { Redis } from 'ioredis';
import { liveClients as graphqlWsClients, redisSubscribers } from '@msa/testing';

type NotificationAdded = {
  notificationAdded: { id: string; title: string; kind: string; recipient: { id: string } } | null;
};

const FEED = { query: 'subscription { notificationAdded { id title kind recipient { id } } }' };

/** graphql-ws clients on the notifications subgraph for one test file, watching Subscription.notificationAdded. */
export function liveClients(url: string) {
  const clients = graphqlWsClients(url);
  return {
    connect: clients.connect,
    watch: (client: ReturnType<typeof clients.connect>) => clients.watch<NotificationAdded>(client, FEED),
    dispose: clients.dispose,
  };
}

/** Waits until the server holds the Redis subscription of this user's channel. */
export function subscribed(redis: Redis, prefix: string, userId: string) {
  return redisSubscribers(redis, `${prefix}:notifications:user:${userId}`);
}
