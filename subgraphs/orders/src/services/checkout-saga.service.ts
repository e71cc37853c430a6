import { processOnce } from '@msa/events';
import { abortSaga, type SagaTransition } from '@msa/saga';
import { INBOX_CONSUMER, inTransaction, type OrdersDb, type OrdersTx } from '../data/database';
import { lockOrder, type LockedOrder } from '../data/order.repo';
import { findSaga, saveSaga, type CheckoutSagaState } from '../data/saga.repo';
import type { OrderStatus } from '../domain/order-status';
import type { CheckoutSagaInput } from '../saga/checkout-input';
import { checkoutSaga } from '../saga/checkout.saga';
import { applyInventoryReply, type InventoryReply } from '../saga/inventory-replies';
import type { SagaCommand } from '../saga/saga-command';
import { performSagaActions } from './saga-actions';

type Transition = SagaTransition<CheckoutSagaInput, SagaCommand>;

export interface SagaStepOutcome {
  order: LockedOrder;
  status: OrderStatus;
}

/**
 * Moves an order's saga one transition forward under the order's row lock and persists the new state with the
 * commands and status changes it implies, all in the caller's transaction.
 */
export async function advanceSaga(
  tx: OrdersTx,
  orderId: string,
  decide: (order: LockedOrder, state: CheckoutSagaState) => Transition | null,
): Promise<SagaStepOutcome | null> {
  const order = await lockOrder(tx, orderId);
  if (!order) return null;
  const state = await findSaga(tx, orderId);
  if (!state) throw new Error(`Order ${orderId} has no checkout saga`);
  const transition = decide(order, state);
  if (!transition) return { order, status: order.status };
  await saveSaga(tx, orderId, transition.state);
  const status = await performSagaActions(tx, order, transition.actions);
  return { order, status };
}

export interface CheckoutSagaService {
  /** Handles one inventory event from events.orders; a redelivered event changes nothing. */
  applyReply(reply: InventoryReply): Promise<void>;
}

export function createCheckoutSagaService(
  db: OrdersDb,
  notify: (orderId: string) => Promise<void>,
): CheckoutSagaService {
  return {
    async applyReply(reply) {
      const outcome = await inTransaction(db, async (tx) => {
        if (!(await processOnce(tx, INBOX_CONSUMER, reply.id))) return null;
        return advanceSaga(tx, reply.payload.orderId, (_order, state) => applyInventoryReply(state, reply));
      });
      if (outcome && outcome.status !== outcome.order.status) await notify(outcome.order.id);
    },
  };
}

/** The saga transition of a cancellation: stop the saga, or unwind it when it already completed. */
export function abortCheckout(state: CheckoutSagaState, reason: string): Transition {
  return abortSaga(checkoutSaga, state, reason);
}
