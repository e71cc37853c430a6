import { createRedisTopics, type Logger } from '@msa/subgraph-kit';

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
  const topics = createRedisTopics<OrderUpdate>({
    redisUrl,
    name: 'order updates',
    logger,
    decode: (message) => JSON.parse(message) as OrderUpdate,
  });
  const channelOf = (orderId: string) => `${channelPrefix}orders:order-updated:${orderId}`;
  return {
    channelOf,
    publish: (orderId) => topics.publish(channelOf(orderId), { orderId }),
    subscribe: (orderId) => topics.subscribe(channelOf(orderId)),
    close: () => topics.close(),
  };
}
