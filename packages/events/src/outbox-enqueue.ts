import { publishTraceContext } from '@msa/telemetry';
import { groupByQueue, planDelivery, type Delivery, type MessageEnvelope, type OutboxRow } from './fan-out';
import type { EventsLogger } from './logger';
import type { QueueRegistry } from './queues';
import { carriesSecret, SECRET_JOB_OPTIONS } from './secret-links';

/** The columns of an `outbox` row the relay selects (`created_at` read as UTC). */
export const OUTBOX_COLUMNS = `"id", "kind", "name", "payload", "created_at" AT TIME ZONE 'UTC' AS "occurred_at", "trace_context"`;

/** One outbox row as selected with OUTBOX_COLUMNS. */
export interface SelectedOutboxRow {
  id: string;
  kind: string;
  name: string;
  payload: unknown;
  occurred_at: Date;
  trace_context: unknown;
}

export function toOutboxRow(row: SelectedOutboxRow): OutboxRow {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    payload: row.payload,
    createdAt: row.occurred_at,
    traceContext: row.trace_context,
  };
}

export interface EnqueueOptions {
  queues: QueueRegistry;
  logger: EventsLogger;
  /** The publishing service, named on the publish spans. */
  service: string;
  /** Whether rows nobody can consume are logged (once, when first published; not again when re-driven). */
  reportUndeliverable: boolean;
}

/**
 * Adds the jobs of `rows` to their queues, in outbox order within each queue, with the outbox id as job id so
 * that adding a row again while its job is still in Redis changes nothing. Resolves with the jobs it added.
 */
export async function enqueueOutboxRows(rows: OutboxRow[], options: EnqueueOptions): Promise<Delivery[]> {
  const deliveries = rows.flatMap((row) => {
    const plan = planDelivery(row);
    // Nothing can consume it and retrying will not change that: report it and let it be marked published.
    if (plan.problem && options.reportUndeliverable)
      options.logger.error(
        { outboxId: row.id, kind: row.kind, name: row.name },
        `outbox message not delivered: ${plan.problem}`,
      );
    return plan.deliveries;
  });
  await Promise.all(
    [...groupByQueue(deliveries)].map(([queue, list]) =>
      options.queues.get(queue).addBulk(
        list.map((delivery) => ({
          name: delivery.jobName,
          data: withTraceContext(delivery, options.service),
          opts: {
            jobId: delivery.jobId,
            ...(carriesSecret(delivery.jobName) ? SECRET_JOB_OPTIONS : {}),
          },
        })),
      ),
    ),
  );
  return deliveries;
}

/** The job data with the trace context of the relay's publish span (a child of the row's trace), if traced. */
function withTraceContext(delivery: Delivery, service: string): MessageEnvelope {
  const { traceContext, ...envelope } = delivery.data;
  const carrier = publishTraceContext(service, {
    id: delivery.jobId,
    name: delivery.jobName,
    queue: delivery.queue,
    traceContext,
  });
  return carrier ? { ...envelope, traceContext: carrier } : envelope;
}
