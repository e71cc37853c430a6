import type { DomainEvent } from '@msa/events';
import {
  onCompensationSucceeded,
  onStepFailed,
  onStepSucceeded,
  onStepUndone,
  type SagaState,
  type SagaTransition,
} from '@msa/saga';
import { CancellationReason } from '../domain/cancellation';
import type { CheckoutSagaInput } from './checkout-input';
import { checkoutSaga } from './checkout.saga';
import type { SagaCommand } from './saga-command';

type ReplyName =
  | 'inventory.reserved'
  | 'inventory.reservation_failed'
  | 'inventory.committed'
  | 'inventory.released'
  | 'inventory.restocked';

/** One of the inventory events that answer the saga's commands, discriminated by name. */
export type InventoryReply = { [E in ReplyName]: DomainEvent<E> }[ReplyName];

type CheckoutState = SagaState<CheckoutSagaInput>;
type CheckoutTransition = SagaTransition<CheckoutSagaInput, SagaCommand>;

/**
 * What an inventory event means for the checkout saga. inventory.released always means "the order holds no
 * stock any more": the reply to our own release, or an expiry while the order waits. During the forward path
 * an expiry fails the step that was waiting for the stock.
 */
export function applyInventoryReply(state: CheckoutState, reply: InventoryReply): CheckoutTransition {
  switch (reply.name) {
    case 'inventory.reserved':
      return onStepSucceeded(checkoutSaga, state, 'reserve-inventory', reply.payload);
    case 'inventory.reservation_failed':
      return onStepFailed(checkoutSaga, state, 'reserve-inventory', reply.payload.code);
    case 'inventory.committed':
      return onStepSucceeded(checkoutSaga, state, 'confirm-order', reply.payload);
    case 'inventory.restocked':
      return onCompensationSucceeded(checkoutSaga, state, 'confirm-order');
    case 'inventory.released':
      return applyRelease(state);
  }
}

function applyRelease(state: CheckoutState): CheckoutTransition {
  const undone = onStepUndone(checkoutSaga, state, 'reserve-inventory');
  const holdWasActive =
    state.status === 'running' && state.steps['reserve-inventory']?.status === 'succeeded';
  if (!holdWasActive) return undone;
  const waiting = Object.entries(undone.state.steps).find(([, record]) => record.status === 'running')?.[0];
  if (!waiting) return undone;
  const failed = onStepFailed(checkoutSaga, undone.state, waiting, CancellationReason.RESERVATION_EXPIRED);
  return { state: failed.state, actions: [...undone.actions, ...failed.actions] };
}
