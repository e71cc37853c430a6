import { COMMAND_OWNERS, commandQueueName } from './command-catalog';
import { EVENT_SUBSCRIBERS, eventQueueName } from './event-catalog';

/** One row of the `outbox` table as the relay reads it. */
export interface OutboxRow {
  id: string;
  kind: string;
  name: string;
  payload: unknown;
  createdAt: Date;
  /** The W3C trace context of the transaction that wrote it (null when it was not traced). */
  traceContext?: unknown;
}

/** The job data of every event and command: a DomainEvent or CommandEnvelope. */
export interface MessageEnvelope {
  id: string;
  name: string;
  payload: unknown;
  occurredAt: string;
  /** W3C trace context (`traceparent`, `tracestate`) the consumer continues; absent when not traced. */
  traceContext?: Record<string, string>;
}

/** One job to add: the outbox id is the job id in every queue, so adding it again is ignored by BullMQ. */
export interface Delivery {
  queue: string;
  jobName: string;
  jobId: string;
  data: MessageEnvelope;
}

/** Who receives what; the catalog by default, a test-local table in specs. */
export interface MessageRoutes {
  eventSubscribers: Readonly<Record<string, readonly string[]>>;
  commandOwners: Readonly<Record<string, string>>;
}

export const CATALOG_ROUTES: MessageRoutes = {
  eventSubscribers: EVENT_SUBSCRIBERS,
  commandOwners: COMMAND_OWNERS,
};

export interface DeliveryPlan {
  deliveries: Delivery[];
  /** Set when the row cannot be delivered anywhere (unknown kind or name): the relay reports it. */
  problem: string | null;
}

/**
 * Where one outbox row goes: an event to the queue of each subscriber (nowhere when it has none yet), a
 * command to its owner's queue.
 */
export function planDelivery(row: OutboxRow, routes: MessageRoutes = CATALOG_ROUTES): DeliveryPlan {
  const data: MessageEnvelope = {
    id: row.id,
    name: row.name,
    payload: row.payload,
    occurredAt: row.createdAt.toISOString(),
    ...(isTraceCarrier(row.traceContext) ? { traceContext: row.traceContext } : {}),
  };
  const deliver = (queue: string): Delivery => ({ queue, jobName: row.name, jobId: row.id, data });

  if (row.kind === 'event') {
    if (!Object.hasOwn(routes.eventSubscribers, row.name))
      return { deliveries: [], problem: `Unknown event "${row.name}"` };
    const subscribers = new Set(routes.eventSubscribers[row.name]);
    return { deliveries: [...subscribers].map((service) => deliver(eventQueueName(service))), problem: null };
  }
  if (row.kind === 'command') {
    const owner = Object.hasOwn(routes.commandOwners, row.name) ? routes.commandOwners[row.name] : undefined;
    if (!owner) return { deliveries: [], problem: `Unknown command "${row.name}"` };
    return { deliveries: [deliver(commandQueueName(owner))], problem: null };
  }
  return { deliveries: [], problem: `Unknown outbox kind "${row.kind}"` };
}

/** Groups deliveries per queue, keeping outbox order inside each queue. */
export function groupByQueue(deliveries: readonly Delivery[]): Map<string, Delivery[]> {
  const byQueue = new Map<string, Delivery[]>();
  for (const delivery of deliveries) {
    const list = byQueue.get(delivery.queue) ?? [];
    list.push(delivery);
    byQueue.set(delivery.queue, list);
  }
  return byQueue;
}

function isTraceCarrier(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((field) => typeof field === 'string')
  );
}
