import { randomBytes, randomUUID } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { deleteKeysWithPrefix, TEST_REDIS_URL } from './redis';
import { waitForJob } from './wait-for-job';

/** Opens a queue; the default is BullMQ's own, a service passes its package's factory to get its job defaults. */
export type QueueOpener = (name: string, options: { connection: Redis; prefix: string }) => Queue;

export interface MessageOptions {
  /** Message id; a fresh one by default. */
  id?: string;
  /** Job id; the message id by default, as the outbox relay sets it. */
  jobId?: string;
  occurredAt?: Date;
  jobOptions?: JobsOptions;
}

const openBullQueue: QueueOpener = (name, options) => new Queue(name, options);

/** A message in the envelope the services exchange, as a worker's handler receives it. */
export interface TestMessage<N extends string, P> {
  id: string;
  name: N;
  payload: P;
  occurredAt: string;
}

/** Wraps a payload in the envelope the services exchange: a fresh id and the current time unless given. */
export function messageEnvelope<const N extends string, P>(
  name: N,
  payload: P,
  options: { id?: string; occurredAt?: Date } = {},
): TestMessage<N, P> {
  const id = options.id ?? randomUUID();
  return { id, name, payload, occurredAt: (options.occurredAt ?? new Date()).toISOString() };
}

/**
 * The queues a test plays the other services on: one connection to the real Redis and a key prefix of its
 * own (`test-<label>-<random>`), which the subgraph under test is given too. Messages carry the envelope the
 * services exchange (`{ id, name, payload, occurredAt }`).
 */
export class TestQueues {
  readonly prefix: string;
  readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();

  constructor(
    label: string,
    private readonly open: QueueOpener = openBullQueue,
  ) {
    this.prefix = `test-${label}-${randomBytes(4).toString('hex')}`;
    this.connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  }

  /** One Queue object per name, opened on first use. */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.open(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Puts a message (an event or a command) on a queue the way the sender's outbox relay does; returns its id. */
  async publish(
    queueName: string,
    name: string,
    payload: unknown,
    options: MessageOptions = {},
  ): Promise<string> {
    const message = messageEnvelope(name, payload, options);
    await this.queue(queueName).add(name, message, {
      jobId: options.jobId ?? message.id,
      ...options.jobOptions,
    });
    return message.id;
  }

  /**
   * Puts a message on a queue and waits until the subgraph's worker processed it. The job id is fresh each
   * time, so a test may redeliver a message (same id) on purpose.
   */
  async deliver(
    queueName: string,
    name: string,
    payload: unknown,
    options: Omit<MessageOptions, 'jobId'> = {},
  ): Promise<string> {
    const message = messageEnvelope(name, payload, options);
    const queue = this.queue(queueName);
    const job = await queue.add(name, message, { ...options.jobOptions, jobId: randomUUID() });
    await waitForJob(queue, job);
    return message.id;
  }

  jobState(queueName: string, jobId: string): Promise<string> {
    return this.queue(queueName).getJobState(jobId);
  }

  /** Closes the queues, deletes every key under the prefix and closes the connection. */
  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await deleteKeysWithPrefix(this.connection, `${this.prefix}:`);
    await this.connection.quit();
  }
}
