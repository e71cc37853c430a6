import type { DomainEvent } from '@msa/events';
import {
  abortSaga,
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
 * stock any more": the reply to our own release, or an expiry while the order waits.
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

/**
 * The hold is gone. Either that acknowledges our own release, or it expired while the saga still needed it:
 * then the saga is aborted with RESERVATION_EXPIRED (not failed at the waiting step, whose owner may still
 * answer: a late authorization must still be voided).
 *
 * Replies are consumed concurrently, so an expiry can be handled before the `inventory.reserved` that
 * preceded it. A running saga never asks for a release while its reservation is in flight, so a release
 * then means the hold already lapsed: the saga is aborted now, and the late `reserved` is compensated by a
 * release that inventory acknowledges without holding anything.
 */
function applyRelease(state: CheckoutState): CheckoutTransition {
  const reserve = state.steps['reserve-inventory']?.status;
  const holdWasActive = state.status === 'running' && (reserve === 'succeeded' || reserve === 'running');
  const undone = onStepUndone(checkoutSaga, state, 'reserve-inventory');
  if (!holdWasActive) return undone;
  const aborted = abortSaga(checkoutSaga, undone.state, CancellationReason.RESERVATION_EXPIRED);
  return { state: aborted.state, actions: [...undone.actions, ...aborted.actions] };
}
