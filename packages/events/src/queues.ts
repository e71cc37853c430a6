import { Queue, type DefaultJobOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * Every queue of the system is declared from here: one connection recipe, one set of job defaults, one key
 * prefix. Producers and consumers in different services only meet when all three agree.
 */

/** BullMQ's own default, so a dashboard or script that knows nothing about this package still finds the queues. */
export const DEFAULT_QUEUE_PREFIX = 'bull';

/** Where jobs that exhausted their attempts (or failed unrecoverably) are copied for an admin to inspect. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

/**
 * Retries cover a consumer that is briefly down (8 attempts, 0.5 s doubling: about a minute in all). Completed
 * jobs are kept for a day so that re-adding the same job id is ignored while a relay might still retry it;
 * failed jobs are kept until an admin deals with their dead letter.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = Object.freeze({
  attempts: 8,
  backoff: Object.freeze({ type: 'exponential', delay: 500 }),
  removeOnComplete: Object.freeze({ age: 24 * 60 * 60, count: 10_000 }),
  removeOnFail: false,
});

/** A Redis connection shared by the queues and workers of one process, plus the key prefix they all use. */
export interface QueueConnectionOptions {
  connection: Redis;
  /** Key prefix of every queue; defaults to QUEUE_PREFIX, then to BullMQ's `bull`. */
  prefix?: string;
}

/**
 * A connection as BullMQ requires it: `maxRetriesPerRequest: null`, so a worker's blocking calls wait out a
 * Redis restart instead of failing.
 */
export function createQueueConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}

/**
 * For code that only adds jobs (the relay, admin retries): a command fails after a few reconnect attempts
 * instead of waiting for Redis indefinitely, so a caller holding a database transaction gives it back.
 */
export function createProducerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: 3 });
}

/** The explicit prefix wins, then QUEUE_PREFIX (so parallel test runs and environments can share a Redis). */
export function resolveQueuePrefix(prefix?: string, env: NodeJS.ProcessEnv = process.env): string {
  return prefix || env.QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX;
}

export function createQueue<Data = unknown>(
  name: string,
  options: QueueConnectionOptions & { defaultJobOptions?: DefaultJobOptions },
): Queue<Data> {
  return new Queue<Data>(name, {
    connection: options.connection,
    prefix: resolveQueuePrefix(options.prefix),
    defaultJobOptions: options.defaultJobOptions ?? DEFAULT_JOB_OPTIONS,
  });
}

/** Producers add to many queues; this keeps one Queue object per name instead of one per message. */
export interface QueueRegistry {
  readonly prefix: string;
  get(name: string): Queue;
  close(): Promise<void>;
}

export function createQueueRegistry(
  options: QueueConnectionOptions & { defaultJobOptions?: DefaultJobOptions },
): QueueRegistry {
  const prefix = resolveQueuePrefix(options.prefix);
  const queues = new Map<string, Queue>();
  return {
    prefix,
    get(name) {
      let queue = queues.get(name);
      if (!queue) {
        queue = createQueue(name, { ...options, prefix });
        queues.set(name, queue);
      }
      return queue;
    },
    async close() {
      const open = [...queues.values()];
      queues.clear();
      await Promise.all(open.map((queue) => queue.close()));
    },
  };
}

export interface ScheduleOptions {
  delayMs: number;
  /** A business key, so scheduling the same thing twice keeps one job. */
  jobId: string;
}

/** Adds a job that becomes runnable after `delayMs` (e.g. expiring a reservation). */
export function scheduleJob(
  queue: Queue,
  name: string,
  data: unknown,
  options: ScheduleOptions,
): Promise<Job> {
  return queue.add(name, data, { delay: options.delayMs, jobId: options.jobId });
}

/** Closes a connection this package opened; a connection that is already gone is fine. */
export async function closeConnection(connection: Redis): Promise<void> {
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
