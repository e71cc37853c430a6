import { startEventWorker, type EventHandlers, type EventsLogger, type RunningWorker } from '@msa/events';
import type { Redis } from 'ioredis';
import { replyEventNames } from '@msa/saga';
import { checkoutSaga } from '../saga/checkout.saga';
import { returnSaga } from '../saga/return.saga';
import type { GuestOrders } from '../services/guest-orders.service';
import type { OrderEvent, OrderEventsService } from '../services/order-events.service';

/** Every event orders consumes: the replies its sagas' steps declare, the carrier's progress, verified emails. */
export function orderEventHandlers(events: OrderEventsService, guestOrders: GuestOrders): EventHandlers {
  const handle = (event: OrderEvent) => events.handle(event);
  return {
    ...(Object.fromEntries(
      [...replyEventNames(checkoutSaga, returnSaga), 'shipment.status_changed'].map((name) => [name, handle]),
    ) as EventHandlers),
    UserEmailVerified: async (event) => {
      await guestOrders.claim(event);
    },
  };
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
  guestOrders: GuestOrders,
  options: EventWorkerOptions,
): RunningWorker {
  const handlers = { ...orderEventHandlers(events, guestOrders), ...(options.privacy ?? {}) };
  return startEventWorker('orders', handlers, {
    connection: options.connection,
    prefix: options.prefix,
    logger: options.logger,
    concurrency: options.concurrency ?? 8,
  });
}
