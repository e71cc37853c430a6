import { abortSaga, type SagaTransition } from '@msa/saga';
import type { OrdersTx } from '../data/database';
import { lockOrder, type LockedOrder } from '../data/order.repo';
import { findSaga, saveSaga, type CheckoutSagaState } from '../data/saga.repo';
import type { CheckoutSagaInput } from '../saga/checkout-input';
import { checkoutSaga } from '../saga/checkout.saga';
import type { SagaCommand } from '../saga/saga-command';
import { performSagaActions } from './saga-actions';

type Transition = SagaTransition<CheckoutSagaInput, SagaCommand>;

/**
 * Moves the locked order's checkout saga one transition forward and persists the new state with the
 * commands and status changes it implies, all in the caller's transaction. `decide` returns null to change
 * nothing.
 */
export async function advanceCheckout(
  tx: OrdersTx,
  order: LockedOrder,
  decide: (state: CheckoutSagaState) => Transition | null,
): Promise<void> {
  const state = await findSaga(tx, order.id);
  if (!state) throw new Error(`Order ${order.id} has no checkout saga`);
  const transition = decide(state);
  if (!transition) return;
  await saveSaga(tx, order.id, state, transition.state);
  await performSagaActions(tx, order, transition.actions);
}

/** Locks the order, then advances its checkout saga; null when there is no such order. */
export async function advanceSaga(
  tx: OrdersTx,
  orderId: string,
  decide: (order: LockedOrder, state: CheckoutSagaState) => Transition | null,
): Promise<LockedOrder | null> {
  const order = await lockOrder(tx, orderId);
  if (!order) return null;
  await advanceCheckout(tx, order, (state) => decide(order, state));
  return order;
}

/** The saga transition of a cancellation: stop the saga, or unwind it when it already completed. */
export function abortCheckout(state: CheckoutSagaState, reason: string): Transition {
  return abortSaga(checkoutSaga, state, reason);
}
