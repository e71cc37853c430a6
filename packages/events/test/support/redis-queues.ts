import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createQueueConnection } from '../../src';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** A connection plus a queue prefix no other test or run uses; `close` deletes every key under it. */
export function createTestQueues() {
  const connection = createQueueConnection(REDIS_URL);
  const prefix = `test-events-${randomBytes(4).toString('hex')}`;
  const opened: Queue[] = [];
  return {
    connection,
    prefix,
    /** A queue handle for inspecting what was enqueued. */
    queue(name: string): Queue {
      const queue = new Queue(name, { connection, prefix });
      opened.push(queue);
      return queue;
    },
    /** Deletes every key under the prefix, as a Redis restarted without persistence would have lost them. */
    empty(): Promise<void> {
      return deleteKeys(connection, `${prefix}:*`);
    },
    async close() {
      await Promise.all(opened.map((queue) => queue.close()));
      await deleteKeys(connection, `${prefix}:*`);
      await connection.quit();
    },
  };
}

async function deleteKeys(connection: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await connection.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length) await connection.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
