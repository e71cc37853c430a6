import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { pushIterator, type PushIterator } from './push-iterator';

export interface RedisTopicsOptions<T> {
  redisUrl: string;
  /** Shown in log lines, e.g. "order updates". */
  name: string;
  logger: Logger;
  encode?: (value: T) => string;
  /** Turns a message back into a value; a message it throws on is logged and dropped. */
  decode: (message: string) => T;
}

export interface RedisTopics<T> {
  publish(channel: string, value: T): Promise<void>;
  /** Resolves once Redis confirmed the subscription, so nothing published afterwards is missed. */
  subscribe(channel: string): Promise<AsyncIterableIterator<T>>;
  close(): Promise<void>;
}

/**
 * Live messages over Redis pub/sub: a subscriber connected to any replica hears what any other replica
 * published. One subscriber connection per process, shared by every channel; a channel is unsubscribed when
 * its last listener leaves.
 */
export function createRedisTopics<T>(options: RedisTopicsOptions<T>): RedisTopics<T> {
  const { logger, name } = options;
  const encode = options.encode ?? ((value: T) => JSON.stringify(value));
  const publisher = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
  publisher.on('error', (error) => logger.warn({ err: error }, `${name}: publisher connection error`));
  let subscriber: Redis | null = null;
  const listeners = new Map<string, Set<PushIterator<T>>>();

  const subscriberConnection = (): Redis => {
    if (subscriber) return subscriber;
    const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
    connection.on('error', (error) => logger.warn({ err: error }, `${name}: subscriber connection error`));
    connection.on('message', (channel: string, message: string) => {
      const set = listeners.get(channel);
      if (!set) return;
      let value: T;
      try {
        value = options.decode(message);
      } catch {
        logger.warn({ channel }, `${name}: ignored a malformed message`);
        return;
      }
      for (const iterator of set) iterator.push(value);
    });
    subscriber = connection;
    return connection;
  };

  const unsubscribe = async (channel: string, iterator: PushIterator<T>) => {
    const set = listeners.get(channel);
    if (!set?.delete(iterator) || set.size > 0) return;
    listeners.delete(channel);
    await subscriber
      ?.unsubscribe(channel)
      .catch((error: unknown) => logger.warn({ err: error, channel }, `${name}: unsubscribe failed`));
  };

  return {
    async publish(channel, value) {
      await publisher.publish(channel, encode(value));
    },
    async subscribe(channel) {
      const iterator: PushIterator<T> = pushIterator<T>(() => unsubscribe(channel, iterator));
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
