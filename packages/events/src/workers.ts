import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { runJobInTrace } from '@msa/telemetry';
import { commandQueueName, type CommandName } from './command-catalog';
import type { CommandEnvelope } from './command-envelope';
import { openDeadLetterQueue, recordDeadLetter, type DeadLetterData } from './dead-letters';
import { eventQueueName, type DomainEvent, type EventName } from './event-catalog';
import { jobDuration, recordHandled, watchQueue } from './metrics';
import { stderrLogger, type EventsLogger } from './logger';
import { closeConnection, createQueueConnection, resolveQueuePrefix } from './queues';
import { carriesSecret, redactSecretLinks } from './secret-links';

/** Thrown by a handler for a failure that retrying cannot fix (the job goes straight to the dead letters). */
export { UnrecoverableError };

export type EventHandlers = Partial<{ [E in EventName]: (event: DomainEvent<E>) => Promise<void> }>;
export type CommandHandlers = Partial<{ [C in CommandName]: (command: CommandEnvelope<C>) => Promise<void> }>;

/** Either a shared connection (made by createQueueConnection) or a URL the worker opens and closes itself. */
export type WorkerConnection =
  | { connection: Redis; redisUrl?: never }
  | { redisUrl: string; connection?: never };

export type MessageWorkerOptions = WorkerConnection & {
  /** Queue key prefix; defaults to QUEUE_PREFIX, then BullMQ's `bull`. */
  prefix?: string;
  /** Jobs processed in parallel by this process; default 1. */
  concurrency?: number;
  logger?: EventsLogger;
};

export interface RunningWorker {
  queue: string;
  worker: Worker;
  /** Lets running jobs finish, then closes the worker and the connections it opened. */
  stop(): Promise<void>;
}

type Handler = (message: unknown) => Promise<void>;

/** Consumes the `events.<service>` queue, dispatching each job to the handler named like the event. */
export function startEventWorker(
  service: string,
  handlers: EventHandlers,
  options: MessageWorkerOptions,
): RunningWorker {
  return startMessageWorker(
    eventQueueName(service),
    handlers as Record<string, Handler | undefined>,
    options,
  );
}

/** Consumes the `commands.<service>` queue, dispatching each job to the handler named like the command. */
export function startCommandWorker(
  service: string,
  handlers: CommandHandlers,
  options: MessageWorkerOptions,
): RunningWorker {
  return startMessageWorker(
    commandQueueName(service),
    handlers as Record<string, Handler | undefined>,
    options,
  );
}

function isUnrecoverable(error: Error): boolean {
  return error instanceof UnrecoverableError || error.name === 'UnrecoverableError';
}

/** BullMQ counts failed attempts before this one in `attemptsMade`. */
function isLastAttempt(job: Job, error: Error): boolean {
  return isUnrecoverable(error) || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/**
 * Any queue of envelopes with a handler per job name. A job with no handler cannot succeed on retry, so it
 * fails unrecoverably. The dead letter is written before the job is marked failed: a crash in between leaves
 * the job to be retried, and recording the same failure again keeps a single dead letter.
 */
export function startMessageWorker(
  queue: string,
  handlers: Record<string, Handler | undefined>,
  options: MessageWorkerOptions,
): RunningWorker {
  const logger = options.logger ?? stderrLogger;
  const ownsConnection = !options.connection;
  const connection = options.connection ?? createQueueConnection(options.redisUrl!);
  if (ownsConnection)
    connection.on('error', (error) => logger.warn({ err: error, queue }, 'worker redis connection error'));
  const prefix = resolveQueuePrefix(options.prefix);
  // `events.orders` and `commands.orders` are consumed by orders.
  const consumer = queue.includes('.') ? queue.slice(queue.indexOf('.') + 1) : queue;
  const deadLetters: Queue<DeadLetterData> = openDeadLetterQueue(connection, { prefix });

  const dispatch = async (job: Job): Promise<void> => {
    const handler = Object.hasOwn(handlers, job.name) ? handlers[job.name] : undefined;
    if (!handler) throw new UnrecoverableError(`No handler for "${job.name}" on queue ${queue}`);
    // Continues the trace the message was sent in (its `traceContext`), as the consuming service.
    await runJobInTrace(
      consumer,
      {
        queue,
        id: job.id,
        name: job.name,
        attemptsMade: job.attemptsMade,
        traceContext: (job.data as { traceContext?: unknown } | undefined)?.traceContext,
      },
      () => handler(job.data),
    );
  };

  const processor = async (job: Job): Promise<void> => {
    const timer = jobDuration.startTimer({ queue, name: job.name });
    try {
      await dispatch(job);
      timer({ outcome: 'completed' });
      recordHandled(queue, job.name, (job.data as { occurredAt?: unknown } | undefined)?.occurredAt);
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      timer({ outcome: isLastAttempt(job, error) ? 'dead_lettered' : 'retry' });
      if (isLastAttempt(job, error)) {
        await recordDeadLetter(deadLetters, {
          queue,
          jobName: job.name,
          jobId: job.id ?? '',
          // A mailed secret is not kept for the dead letter: a retry sends the redacted link.
          data: withSecretLinksRedacted(job.name, job.data),
          failedReason: error.message,
          attemptsMade: job.attemptsMade + 1,
          failedAt: new Date().toISOString(),
        }).catch((deadLetterError: unknown) =>
          logger.error({ err: deadLetterError, queue, jobId: job.id }, 'could not record dead letter'),
        );
      }
      throw error;
    }
  };

  const worker = new Worker(queue, processor, { connection, prefix, concurrency: options.concurrency ?? 1 });
  // Read at scrape time for the queue metrics (msa_queue_jobs, msa_queue_oldest_job_age_seconds, DLQ size).
  const counted = new Queue(queue, { connection, prefix });
  const unwatch = [watchQueue(counted), watchQueue(deadLetters)];
  worker.on('error', (error) => logger.error({ err: error, queue }, 'worker error'));
  worker.on('failed', (job, error) => {
    logger.warn(
      { err: error, queue, jobId: job?.id, jobName: job?.name, attemptsMade: job?.attemptsMade },
      'job attempt failed',
    );
  });

  return {
    queue,
    worker,
    async stop() {
      for (const stopWatching of unwatch) stopWatching();
      await worker.close();
      await counted.close();
      await deadLetters.close();
      if (ownsConnection) await closeConnection(connection);
    },
  };
}

/** A message envelope with its payload's secret links redacted (see secret-links.ts). */
function withSecretLinksRedacted(name: string, data: unknown): unknown {
  if (!carriesSecret(name) || typeof data !== 'object' || data === null) return data;
  const envelope = data as { payload?: unknown };
  return { ...envelope, payload: redactSecretLinks(name, envelope.payload) };
}
