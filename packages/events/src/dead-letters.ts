import type { DefaultJobOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createQueue, DEAD_LETTER_QUEUE, DEFAULT_JOB_OPTIONS } from './queues';

/**
 * Dead letters: copies of jobs that exhausted their attempts or failed unrecoverably, kept as waiting jobs
 * of the `dead-letter` queue (no worker consumes it) until an admin retries or discards them. The original
 * job also stays in its queue's failed set.
 */
export interface DeadLetterData {
  /** Queue the job failed on, e.g. `events.orders`. */
  queue: string;
  jobName: string;
  jobId: string;
  /** The job's data (a DomainEvent or CommandEnvelope), re-enqueued unchanged on retry. */
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  /** ISO timestamp of the final failure. */
  failedAt: string;
}

export interface DeadLetter extends DeadLetterData {
  /** Id of the dead letter itself, for retryDeadLetter / discardDeadLetter. */
  id: string;
}

export interface DeadLetterQueueOptions {
  /** Queue key prefix; defaults to QUEUE_PREFIX, then BullMQ's `bull`. */
  prefix?: string;
}

export interface DeadLetterPageOptions extends DeadLetterQueueOptions {
  /** Page size, 1–100; default 20. */
  first?: number;
  /** Id of the last dead letter of the previous page (cursor pagination). */
  after?: string | null;
  /** Entries to skip when no `after` is given (offset pagination). */
  offset?: number;
}

export interface DeadLetterPage {
  /** Newest first. */
  entries: DeadLetter[];
  totalCount: number;
  hasNextPage: boolean;
}

/** The `after` cursor names a dead letter that no longer exists (retried or discarded meanwhile). */
export class DeadLetterCursorError extends Error {
  override name = 'DeadLetterCursorError';
}

const MAX_PAGE = 100;

/** One dead letter per failed job: recording the same failure twice keeps one entry. */
export function deadLetterId(queue: string, jobId: string): string {
  // BullMQ reserves ':' in custom job ids.
  return `${queue}/${jobId}`.replaceAll(':', '_');
}

/**
 * The job id of a retry: derived from the original (without earlier retry suffixes) and the dead letter's
 * time, so retrying one dead letter twice adds one job, while a later failure of the retry can be retried too.
 */
export function retryJobId(originalJobId: string, deadLetterTimestamp: number): string {
  return `${originalJobId.replace(/-retry-\d+$/, '')}-retry-${deadLetterTimestamp}`;
}

export function openDeadLetterQueue(
  connection: Redis,
  options: DeadLetterQueueOptions = {},
): Queue<DeadLetterData> {
  return createQueue<DeadLetterData>(DEAD_LETTER_QUEUE, {
    connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    defaultJobOptions: { removeOnComplete: true, removeOnFail: false },
  });
}

export async function recordDeadLetter(
  deadLetters: Queue<DeadLetterData>,
  entry: DeadLetterData,
): Promise<string> {
  const id = deadLetterId(entry.queue, entry.jobId);
  await deadLetters.add(entry.jobName, entry, { jobId: id });
  return id;
}

async function withDeadLetterQueue<T>(
  connection: Redis,
  options: DeadLetterQueueOptions,
  fn: (queue: Queue<DeadLetterData>) => Promise<T>,
): Promise<T> {
  const queue = openDeadLetterQueue(connection, options);
  try {
    return await fn(queue);
  } finally {
    await queue.close();
  }
}

export function countDeadLetters(connection: Redis, options: DeadLetterQueueOptions = {}): Promise<number> {
  return withDeadLetterQueue(connection, options, (queue) => queue.getWaitingCount());
}

export async function listDeadLetters(
  connection: Redis,
  options: DeadLetterPageOptions = {},
): Promise<DeadLetterPage> {
  const first = options.first ?? 20;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw new RangeError(`first must be between 1 and ${MAX_PAGE}; got ${first}`);
  if (!Number.isInteger(offset) || offset < 0)
    throw new RangeError(`offset must be a non-negative integer; got ${offset}`);

  return withDeadLetterQueue(connection, options, async (queue) => {
    // Admin-sized list: reading all ids once gives a stable position for the cursor.
    const ids = await queue.getRanges(['wait'], 0, -1, false);
    let start = offset;
    if (options.after) {
      const index = ids.indexOf(options.after);
      if (index < 0)
        throw new DeadLetterCursorError(
          `Dead letter "${options.after}" no longer exists; start again from the first page`,
        );
      start = index + 1;
    }
    const jobs = await Promise.all(ids.slice(start, start + first).map((id) => queue.getJob(id)));
    const entries = jobs.flatMap((job) => (job?.id ? [{ ...job.data, id: job.id }] : []));
    return { entries, totalCount: ids.length, hasNextPage: ids.length > start + first };
  });
}

export interface RetryDeadLetterOptions extends DeadLetterQueueOptions {
  /** Overrides of DEFAULT_JOB_OPTIONS for the re-enqueued job. */
  jobOptions?: DefaultJobOptions;
}

/**
 * Puts the job back on its original queue with a fresh job id and full attempts, then deletes the dead letter.
 * Returns where it went, or null when no such dead letter exists. The message id inside the data is unchanged,
 * so the consumer's inbox still recognises work that was already done.
 */
export function retryDeadLetter(
  connection: Redis,
  id: string,
  options: RetryDeadLetterOptions = {},
): Promise<{ queue: string; jobId: string } | null> {
  return withDeadLetterQueue(connection, options, async (deadLetters) => {
    const dead = await deadLetters.getJob(id);
    if (!dead) return null;
    const entry = dead.data;
    const jobId = retryJobId(entry.jobId, dead.timestamp);
    const target = createQueue(entry.queue, {
      connection,
      ...(options.prefix ? { prefix: options.prefix } : {}),
      defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions },
    });
    try {
      await target.add(entry.jobName, entry.data, { jobId });
    } finally {
      await target.close();
    }
    // 0 when a concurrent retry removed it first; that retry added the same job id, so nothing is doubled.
    await deadLetters.remove(id);
    return { queue: entry.queue, jobId };
  });
}

/** Deletes a dead letter without retrying it; returns false when it did not exist. */
export function discardDeadLetter(
  connection: Redis,
  id: string,
  options: DeadLetterQueueOptions = {},
): Promise<boolean> {
  return withDeadLetterQueue(connection, options, async (deadLetters) => {
    return (await deadLetters.remove(id)) === 1;
  });
}
