import type { Redis } from 'ioredis';
import type { CartClient } from '../clients/cart.client';
import type { OrdersDb } from '../data/database';
import { createCancelOrderService, type CancelOrderService } from './cancel-order.service';
import { createCheckoutSagaService, type CheckoutSagaService } from './checkout-saga.service';
import { createCheckoutService, type CheckoutDeps, type CheckoutService } from './checkout.service';
import { createDeadLetterService, type DeadLetterService } from './dead-letters.service';
import { createOrderQueries, type OrderQueries } from './order-queries.service';

export interface OrdersServices {
  checkout: CheckoutService;
  cancellation: CancelOrderService;
  queries: OrderQueries;
  sagas: CheckoutSagaService;
  deadLetters: DeadLetterService;
}

export interface OrdersServiceDeps {
  db: OrdersDb;
  carts: CartClient;
  queueConnection: Redis;
  queuePrefix: string;
  reservationTtlSeconds: number;
  settlement?: CheckoutDeps['settlement'];
  /** Tells live subscribers that an order changed; called after the change committed. */
  notify: (orderId: string) => Promise<void>;
}

export function createOrdersServices(deps: OrdersServiceDeps): OrdersServices {
  return {
    checkout: createCheckoutService({
      db: deps.db,
      carts: deps.carts,
      reservationTtlSeconds: deps.reservationTtlSeconds,
      ...(deps.settlement ? { settlement: deps.settlement } : {}),
    }),
    cancellation: createCancelOrderService(deps.db, deps.notify),
    queries: createOrderQueries(deps.db),
    sagas: createCheckoutSagaService(deps.db, deps.notify),
    deadLetters: createDeadLetterService(deps.queueConnection, deps.queuePrefix),
  };
}
