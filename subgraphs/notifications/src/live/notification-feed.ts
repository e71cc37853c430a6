import { Redis } from 'ioredis';
import type { NotificationRecord } from '../data/notification.repo';
import { pushIterator, type Logger, type PushIterator } from '@msa/subgraph-kit';

/**
 * New in-app notifications travel over Redis pub/sub on one channel per recipient, so a subscriber connected
 * to any replica hears about a notification stored by any other, and nobody's channel carries anyone else's.
 * The message is the notification itself (already the recipient's own data), so delivering it costs no read.
 */
export interface NotificationFeed {
  channelOf(userId: string): string;
  publish(notification: NotificationRecord): Promise<void>;
  /** Resolves once Redis confirmed the subscription, so no notification published afterwards is missed. */
  subscribe(userId: string): Promise<AsyncIterableIterator<NotificationRecord>>;
  close(): Promise<void>;
}

type WireNotification = Omit<NotificationRecord, 'createdAt' | 'readAt'> & {
  createdAt: string;
  readAt: string | null;
};

function fromWire(message: string): NotificationRecord {
  const wire = JSON.parse(message) as WireNotification;
  return { ...wire, createdAt: new Date(wire.createdAt), readAt: wire.readAt ? new Date(wire.readAt) : null };
}

export function createNotificationFeed(
  redisUrl: string,
  channelPrefix: string,
  logger: Logger,
): NotificationFeed {
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  publisher.on('error', (error) =>
    logger.warn({ err: error }, 'notification feed: publisher connection error'),
  );
  let subscriber: Redis | null = null;
  const listeners = new Map<string, Set<PushIterator<NotificationRecord>>>();
  const channelOf = (userId: string) => `${channelPrefix}notifications:user:${userId}`;

  const subscriberConnection = (): Redis => {
    if (subscriber) return subscriber;
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    connection.on('error', (error) =>
      logger.warn({ err: error }, 'notification feed: subscriber connection error'),
    );
    connection.on('message', (channel: string, message: string) => {
      const set = listeners.get(channel);
      if (!set) return;
      let notification: NotificationRecord;
      try {
        notification = fromWire(message);
      } catch {
        logger.warn({ channel }, 'notification feed: ignored a malformed message');
        return;
      }
      for (const iterator of set) iterator.push(notification);
    });
    subscriber = connection;
    return connection;
  };

  const unsubscribe = async (channel: string, iterator: PushIterator<NotificationRecord>) => {
    const set = listeners.get(channel);
    if (!set?.delete(iterator) || set.size > 0) return;
    listeners.delete(channel);
    await subscriber
      ?.unsubscribe(channel)
      .catch((error: unknown) =>
        logger.warn({ err: error, channel }, 'notification feed: unsubscribe failed'),
      );
  };

  return {
    channelOf,
    async publish(notification) {
      await publisher.publish(channelOf(notification.userId), JSON.stringify(notification));
    },
    async subscribe(userId) {
      const channel = channelOf(userId);
      const iterator: PushIterator<NotificationRecord> = pushIterator<NotificationRecord>(() =>
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
