import { createRedisTopics, type Logger } from '@msa/subgraph-kit';
import type { NotificationRecord } from '../data/notification.repo';

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
  const topics = createRedisTopics<NotificationRecord>({
    redisUrl,
    name: 'notification feed',
    logger,
    decode: fromWire,
  });
  const channelOf = (userId: string) => `${channelPrefix}notifications:user:${userId}`;
  return {
    channelOf,
    publish: (notification) => topics.publish(channelOf(notification.userId), notification),
    subscribe: (userId) => topics.subscribe(channelOf(userId)),
    close: () => topics.close(),
  };
}
