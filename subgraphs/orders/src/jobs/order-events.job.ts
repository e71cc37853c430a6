import { startEventWorker, type EventHandlers, type EventsLogger, type RunningWorker } from '@msa/events';
import type { Redis } from 'ioredis';
import { CHECKOUT_REPLY_NAMES } from '../saga/checkout-replies';
import type { OrderEvent, OrderEventsService } from '../services/order-events.service';

/** Every event orders consumes: the replies of both sagas and the carrier's progress. */
export function orderEventHandlers(events: OrderEventsService): EventHandlers {
  const handle = (event: OrderEvent) => events.handle(event);
  return Object.fromEntries(
    [...CHECKOUT_REPLY_NAMES, 'shipment.status_changed'].map((name) => [name, handle]),
  ) as EventHandlers;
}

export interface EventWorkerOptions {
  connection: Redis;
  prefix: string;
  logger: EventsLogger;
  concurrency?: number;
  /** The privacy requests' handlers (./privacy-handlers.ts). */
  privacy?: EventHandlers;
}

/**
 * Consumes events.orders. Failed handlers are retried with backoff by the queue and land in the dead letters
 * when they keep failing; events for the same order serialize on the order's row lock.
 */
export function startOrderEventWorker(
  events: OrderEventsService,
  options: EventWorkerOptions,
): RunningWorker {
  const handlers = { ...orderEventHandlers(events), ...(options.privacy ?? {}) };
  return startEventWorker('orders', handlers, {
    connection: options.connection,
    prefix: options.prefix,
    logger: options.logger,
    concurrency: options.concurrency ?? 4,
  });
}
