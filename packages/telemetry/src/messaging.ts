import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
} from '@opentelemetry/api';
import { serviceTracer, withServiceScope } from './service-scope';

/** W3C trace-context fields (`traceparent`, `tracestate`) as stored with an outbox row and sent with a job. */
export type TraceCarrier = Record<string, string>;

/** The active trace context to store with an outbox row, or null when nothing is being traced. */
export function captureTraceContext(ctx: Context = context.active()): TraceCarrier | null {
  const carrier: TraceCarrier = {};
  propagation.inject(ctx, carrier);
  return Object.keys(carrier).length ? carrier : null;
}

function isCarrier(value: unknown): value is TraceCarrier {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface PublishedMessage {
  id: string;
  name: string;
  /** The queue it goes to. */
  queue: string;
  /** The context stored with the outbox row. */
  traceContext: unknown;
}

/**
 * The relay's hop: a PRODUCER span in the trace that wrote the outbox row, ended at once (the relay adds
 * jobs in batches); returns the carrier the job takes along, so the consumer's span is its child.
 */
export function publishTraceContext(service: string, message: PublishedMessage): TraceCarrier | null {
  if (!isCarrier(message.traceContext)) return null;
  const parent = propagation.extract(ROOT_CONTEXT, message.traceContext);
  if (!trace.getSpan(parent)) return null;
  const span = serviceTracer(service).startSpan(
    `${message.queue} publish`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'bullmq',
        'messaging.operation.type': 'send',
        'messaging.destination.name': message.queue,
        'messaging.message.id': message.id,
        'msa.message.name': message.name,
      },
    },
    withServiceScope(parent, service),
  );
  const carrier = captureTraceContext(trace.setSpan(parent, span)) ?? message.traceContext;
  span.end();
  return carrier;
}

export interface ConsumedJob {
  queue: string;
  id: string | undefined;
  name: string;
  attemptsMade: number;
  /** The carrier the job brought along (job data `traceContext`), if any. */
  traceContext: unknown;
}

/**
 * Runs a job's handler inside a CONSUMER span that continues the producer's trace, in `service`'s scope, so
 * the outbox rows the handler writes carry the same trace on to the next hop.
 */
export async function runJobInTrace<T>(
  service: string,
  job: ConsumedJob,
  handler: () => Promise<T>,
): Promise<T> {
  const parent = isCarrier(job.traceContext)
    ? propagation.extract(ROOT_CONTEXT, job.traceContext)
    : ROOT_CONTEXT;
  const scoped = withServiceScope(parent, service);
  const span = serviceTracer(service).startSpan(
    `${job.queue} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'bullmq',
        'messaging.operation.type': 'process',
        'messaging.destination.name': job.queue,
        'messaging.message.id': job.id ?? '',
        'msa.message.name': job.name,
        'msa.job.attempt': job.attemptsMade + 1,
      },
    },
    scoped,
  );
  try {
    return await context.with(trace.setSpan(scoped, span), handler);
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}
