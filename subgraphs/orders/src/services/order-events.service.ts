import type { DomainEvent, EventName, EventPayloads } from '@msa/events';
import { inTransactionOnce, type OrdersDb, type OrdersTx } from '../data/database';
import type { LockedOrder } from '../data/order.repo';
import { lockOrder, recordRefund } from '../data/order.repo';
import { findActiveReturnSaga } from '../data/return.repo';
import { findSaga } from '../data/saga.repo';
import { applyCheckoutReply } from '../saga/checkout.saga';
import { applyReturnReply } from '../saga/return.saga';
import { confirmOrder } from '../saga/steps/confirm-order';
import { advanceCheckout } from './checkout-saga.service';
import { advanceReturn } from './return-saga.service';
import { applyShipmentProgress } from './shipment-progress.service';

type OrderEventName = {
  [E in EventName]: EventPayloads[E] extends { orderId: string } ? E : never;
}[EventName];

/**
 * An event about one order, as orders consumes them on events.orders: the replies its sagas' steps declare
 * (see orderEventHandlers) and the carrier's progress.
 */
export type OrderEvent = { [E in OrderEventName]: DomainEvent<E> }[OrderEventName];

export interface OrderEventsService {
  /** Handles one event; a redelivered event changes nothing. */
  handle(event: OrderEvent): Promise<void>;
}

/**
 * Routes each event to what it answers, in one transaction under the order's row lock: the inbox records
 * the message, the saga or order changes, and the commands it implies are written together.
 */
export function createOrderEventsService(
  db: OrdersDb,
  notify: (orderId: string) => Promise<void>,
  clock: () => Date = () => new Date(),
): OrderEventsService {
  return {
    async handle(event) {
      const changed = await inTransactionOnce(db, event.id, async (tx) => {
        const order = await lockOrder(tx, event.payload.orderId);
        if (!order) return false;
        const before = order.status;
        const refunded = event.name === 'payment.refunded' && (await recordPaidBack(tx, event, clock()));
        await route(tx, order, event, clock());
        return order.status !== before || refunded;
      });
      if (changed === true) await notify(event.payload.orderId);
    },
  };
}

async function route(tx: OrdersTx, order: LockedOrder, event: OrderEvent, now: Date): Promise<void> {
  switch (event.name) {
    case 'shipment.status_changed':
      return applyShipmentProgress(tx, order, event.payload, now);
    case 'payment.refunded':
    case 'payment.refund_failed': {
      const { returnId } = event.payload;
      if (returnId) return advanceReturn(tx, order, returnId, (state) => applyReturnReply(state, event));
      return advanceCheckout(tx, order, (state) => applyCheckoutReply(state, event));
    }
    case 'inventory.restocked':
      return routeRestock(tx, order, event);
    default:
      return advanceCheckout(tx, order, (state) => applyCheckoutReply(state, event));
  }
}

/**
 * Every refund payments reports is money paid back on the order (Order.refundedTotal, salesStats refunds),
 * whatever asked for it: a return, a cancellation of a paid order, or an administrator in payments.
 */
function recordPaidBack(tx: OrdersTx, event: DomainEvent<'payment.refunded'>, now: Date): Promise<boolean> {
  const at = new Date(event.occurredAt);
  return recordRefund(tx, {
    refundId: event.payload.refundId,
    orderId: event.payload.orderId,
    paymentId: event.payload.paymentId,
    amount: event.payload.amount,
    currency: event.payload.currency,
    returnId: event.payload.returnId,
    at: Number.isNaN(at.getTime()) || at > now ? now : at,
  });
}

/**
 * inventory.restocked names only the order. It answers the checkout saga while that saga undoes a
 * confirmed order (cancellation), otherwise the order's return being settled; never both, because orders
 * are cancelled only before delivery and returned only after it.
 */
async function routeRestock(
  tx: OrdersTx,
  order: LockedOrder,
  event: DomainEvent<'inventory.restocked'>,
): Promise<void> {
  const checkout = await findSaga(tx, order.id);
  if (checkout?.steps[confirmOrder.name]?.status === 'compensating')
    return advanceCheckout(tx, order, (state) => applyCheckoutReply(state, event));
  const active = await findActiveReturnSaga(tx, order.id);
  if (active) await advanceReturn(tx, order, active.id, (state) => applyReturnReply(state, event));
}
