import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { createQueue, SECRET_JOB_OPTIONS } from '@msa/events';
import type { Logger } from '@msa/subgraph-kit';
import type { PlannedDelivery } from '../domain/delivery-plan';
import { carriesSecretLink } from '../domain/notification-kinds';
import type { DeliveryService } from '../services/delivery.service';

/** One job per delivery on this queue; the job id is the delivery id. */
export const DELIVERY_QUEUE = 'notifications.deliveries';
export const DELIVERY_JOB = 'notification.deliver';

export interface DeliveryRetryPolicy {
  /** Attempts per delivery, the first included. */
  attempts: number;
  /** Delay before the first retry; each further retry waits twice as long. */
  backoffMs: number;
}

/** Five attempts over about half a minute (2 s, 4 s, 8 s, 16 s): enough to ride out a provider's hiccup. */
export const DEFAULT_DELIVERY_RETRY: DeliveryRetryPolicy = { attempts: 5, backoffMs: 2_000 };

export interface DeliveryQueue {
  enqueue(deliveries: readonly PlannedDelivery[]): Promise<void>;
  /** An administrator's retry: a new job (fresh attempts) for a delivery whose first job gave up. */
  retry(delivery: PlannedDelivery): Promise<void>;
  close(): Promise<void>;
}

export function createDeliveryQueue(
  connection: Redis,
  prefix: string,
  policy: DeliveryRetryPolicy,
): DeliveryQueue {
  const queue = createQueue<PlannedDelivery>(DELIVERY_QUEUE, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: policy.attempts,
      backoff: { type: 'exponential', delay: policy.backoffMs },
      removeOnComplete: { age: 24 * 60 * 60, count: 10_000 },
      // The delivery log keeps every failure with its reason; the failed job itself adds nothing.
      removeOnFail: { age: 7 * 24 * 60 * 60, count: 10_000 },
    },
  });
  return {
    async enqueue(deliveries) {
      if (!deliveries.length) return;
      await queue.addBulk(
        deliveries.map((delivery) => ({
          name: DELIVERY_JOB,
          data: delivery,
          // A secret link leaves Redis with its job; the log keeps it redacted.
          opts: { jobId: delivery.id, ...(carriesSecretLink(delivery.kind) ? SECRET_JOB_OPTIONS : {}) },
        })),
      );
    },
    async retry(delivery) {
      await queue.add(DELIVERY_JOB, delivery, { jobId: `${delivery.id}-retry-${Date.now()}` });
    },
    close: () => queue.close(),
  };
}

export interface RunningDeliveryWorker {
  worker: Worker<PlannedDelivery>;
  stop(): Promise<void>;
}

/**
 * Works the delivery queue. Each job is one delivery; a transient failure fails the job so that BullMQ retries
 * it with exponential backoff, and every attempt is written to the delivery log with its reason first.
 */
export function startDeliveryWorker(
  deliveries: DeliveryService,
  options: { connection: Redis; prefix: string; concurrency?: number; logger: Logger },
): RunningDeliveryWorker {
  const worker = new Worker<PlannedDelivery>(
    DELIVERY_QUEUE,
    async (job: Job<PlannedDelivery>) => {
      const verdict = await deliveries.attempt(job.data, job.attemptsMade + 1, job.opts.attempts ?? 1);
      if (verdict.retry) throw new Error(verdict.reason ?? 'delivery failed');
    },
    { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency ?? 4 },
  );
  worker.on('error', (error) => options.logger.error({ err: error }, 'delivery worker error'));
  return {
    worker,
    stop: () => worker.close(),
  };
}
