import { percentile } from '../stats';

/** One row of a subgraph's outbox: a command or event written in the transaction that caused it. */
export interface OutboxRecord {
  id: string;
  /** The subgraph whose database holds the row, i.e. the sender. */
  service: string;
  kind: string;
  name: string;
  createdMs: number;
  publishedMs: number | null;
}

/** A completed BullMQ job, as BullMQ keeps it (the relay uses the outbox row's id as the job id). */
export interface JobRecord {
  id: string;
  queue: string;
  /** When the relay added the job. */
  timestampMs: number;
  /** When a worker took it (its last attempt). */
  processedOnMs: number;
  finishedOnMs: number;
}

/** Medians over every delivery of one message name from one sender to one queue. */
export interface HopFigures {
  hop: string;
  deliveries: number;
  /** Outbox row written (its transaction's start) → the relay claimed it (published_at). */
  claimedMs: number;
  /** Relay claimed it → the job was on its queue. */
  enqueuedMs: number;
  /** Job added → a worker took it. */
  queuedMs: number;
  /** Worker took it → handler finished. */
  handledMs: number;
  /** Outbox row written → handler finished. */
  totalMs: number;
  /** First outbox row of the hop's message name in the run, to list hops in the order they happen. */
  firstSeenMs: number;
}

const median = (samples: number[]) => percentile(samples, 50);

/**
 * Joins outbox rows to the jobs they became (one per receiving queue) and summarises each hop by its medians.
 * Rows not yet published and jobs not from these rows are left out.
 */
export function hopBreakdown(rows: readonly OutboxRecord[], jobs: readonly JobRecord[]): HopFigures[] {
  const rowsById = new Map(rows.map((row) => [row.id, row]));
  const samples = new Map<
    string,
    {
      claimed: number[];
      enqueued: number[];
      queued: number[];
      handled: number[];
      total: number[];
      firstSeenMs: number;
    }
  >();
  for (const job of jobs) {
    const row = rowsById.get(job.id);
    if (!row || row.publishedMs === null) continue;
    const hop = `${row.service} → ${job.queue}  ${row.name}`;
    const entry = samples.get(hop) ?? {
      claimed: [],
      enqueued: [],
      queued: [],
      handled: [],
      total: [],
      firstSeenMs: row.createdMs,
    };
    entry.claimed.push(row.publishedMs - row.createdMs);
    entry.enqueued.push(job.timestampMs - row.publishedMs);
    entry.queued.push(job.processedOnMs - job.timestampMs);
    entry.handled.push(job.finishedOnMs - job.processedOnMs);
    entry.total.push(job.finishedOnMs - row.createdMs);
    entry.firstSeenMs = Math.min(entry.firstSeenMs, row.createdMs);
    samples.set(hop, entry);
  }
  return [...samples.entries()]
    .map(([hop, s]) => ({
      hop,
      deliveries: s.total.length,
      claimedMs: median(s.claimed),
      enqueuedMs: median(s.enqueued),
      queuedMs: median(s.queued),
      handledMs: median(s.handled),
      totalMs: median(s.total),
      firstSeenMs: s.firstSeenMs,
    }))
    .sort((a, b) => a.firstSeenMs - b.firstSeenMs);
}
