import { forbidden, notFound } from '@msa/subgraph-kit';
import { inTransaction, type OrdersDb } from '../data/database';
import { findOrder } from '../data/order.repo';
import { decideCancellation } from '../domain/cancellation';
import type { OrderActor } from '../domain/order-actor';
import { advanceSaga, abortCheckout } from './checkout-saga.service';
import { rejected, succeeded, type OrderOutcome } from './outcome';

export interface CancelOrderService {
  cancel(actor: OrderActor, orderId: string): Promise<OrderOutcome>;
}

const NOT_CANCELLABLE = 'ORDER_NOT_CANCELLABLE';

/**
 * Cancelling is aborting the order's saga: the completed steps are compensated in reverse (shipment
 * cancelled, payment refunded or voided, promotions un-redeemed, stock restocked or released) and the saga's
 * failure marks the order CANCELLED with the reason.
 */
export function createCancelOrderService(
  db: OrdersDb,
  notify: (orderId: string) => Promise<void>,
): CancelOrderService {
  return {
    async cancel(actor, orderId) {
      let refusal: OrderOutcome | null = null;
      const order = await inTransaction(db, async (tx) => {
        const locked = await advanceSaga(tx, orderId, (current, state) => {
          const decision = decideCancellation(current, actor);
          if (decision.kind === 'forbidden') throw forbidden('This order belongs to another customer');
          if (decision.kind === 'not-cancellable') {
            refusal = rejected({ code: NOT_CANCELLABLE, message: decision.message, field: ['id'] });
            return null;
          }
          return abortCheckout(state, decision.reason);
        });
        if (locked && !refusal && locked.status !== 'CANCELLED') {
          throw new Error(`Order ${orderId} was allowed to cancel but its saga did not cancel it`);
        }
        return locked;
      });
      if (!order) throw notFound('Order');
      if (refusal) return refusal;
      await notify(orderId);
      return succeeded((await findOrder(db, orderId))!);
    },
  };
}
