import { startEventWorker, type EventHandlers, type EventsLogger, type RunningWorker } from '@msa/events';
import type { Redis } from 'ioredis';
import type { InventoryReply } from '../saga/inventory-replies';
import type { CheckoutSagaService } from '../services/checkout-saga.service';

/** Every inventory reply drives the checkout saga; each handler runs once per message (inbox). */
export function inventoryReplyHandlers(sagas: CheckoutSagaService): EventHandlers {
  const apply = (event: InventoryReply) => sagas.applyReply(event);
  return {
    'inventory.reserved': apply,
    'inventory.reservation_failed': apply,
    'inventory.committed': apply,
    'inventory.released': apply,
    'inventory.restocked': apply,
  };
}

export interface EventWorkerOptions {
  connection: Redis;
  prefix: string;
  logger: EventsLogger;
  concurrency?: number;
}

/**
 * Consumes events.orders. Failed handlers are retried with backoff by the queue and land in the dead letters
 * when they keep failing; replies for the same order serialize on the order's row lock.
 */
export function startOrderEventWorker(
  sagas: CheckoutSagaService,
  options: EventWorkerOptions,
): RunningWorker {
  return startEventWorker('orders', inventoryReplyHandlers(sagas), {
    connection: options.connection,
    prefix: options.prefix,
    logger: options.logger,
    concurrency: options.concurrency ?? 4,
  });
}
