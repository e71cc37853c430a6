import { Redis } from 'ioredis';
import { pushIterator, type Logger, type PushIterator } from '@msa/subgraph-kit';

export interface OrderUpdate {
  orderId: string;
}

/**
 * Order changes travel over Redis pub/sub, so a subscriber connected to any replica hears about a change made
 * by any other. Messages carry only the order id; subscribers read the current order themselves.
 */
export interface OrderUpdates {
  /** The Redis channel of one order's updates. */
  channelOf(orderId: string): string;
  publish(orderId: string): Promise<void>;
  /** Resolves once Redis confirmed the subscription, so no update published afterwards is missed. */
  subscribe(orderId: string): Promise<AsyncIterableIterator<OrderUpdate>>;
  close(): Promise<void>;
}

export function createOrderUpdates(redisUrl: string, channelPrefix: string, logger: Logger): OrderUpdates {
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  publisher.on('error', (error) => logger.warn({ err: error }, 'order updates: publisher connection error'));
  let subscriber: Redis | null = null;
  const listeners = new Map<string, Set<PushIterator<OrderUpdate>>>();
  const channelOf = (orderId: string) => `${channelPrefix}orders:order-updated:${orderId}`;

  const subscriberConnection = (): Redis => {
    if (subscriber) return subscriber;
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    connection.on('error', (error) =>
      logger.warn({ err: error }, 'order updates: subscriber connection error'),
    );
    connection.on('message', (channel: string, message: string) => {
      const set = listeners.get(channel);
      if (!set) return;
      let update: OrderUpdate;
      try {
        update = JSON.parse(message) as OrderUpdate;
      } catch {
        logger.warn({ channel }, 'order updates: ignored a malformed message');
        return;
      }
      for (const iterator of set) iterator.push(update);
    });
    subscriber = connection;
    return connection;
  };

  const unsubscribe = async (channel: string, iterator: PushIterator<OrderUpdate>) => {
    const set = listeners.get(channel);
    if (!set?.delete(iterator) || set.size > 0) return;
    listeners.delete(channel);
    await subscriber
      ?.unsubscribe(channel)
      .catch((error: unknown) => logger.warn({ err: error, channel }, 'order updates: unsubscribe failed'));
  };

  return {
    channelOf,
    async publish(orderId) {
      await publisher.publish(channelOf(orderId), JSON.stringify({ orderId } satisfies OrderUpdate));
    },
    async subscribe(orderId) {
      const channel = channelOf(orderId);
      const iterator: PushIterator<OrderUpdate> = pushIterator<OrderUpdate>(() =>
        unsubscribe(channel, iterator),
      );
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
      }
      set.add(iterator);
      await subscriberConnection().subscribe(channel);
      return iterator;
    },
    async close() {
      for (const set of listeners.values()) for (const iterator of set) void iterator.return();
      listeners.clear();
      publisher.disconnect();
      subscriber?.disconnect();
    },
  };
}
