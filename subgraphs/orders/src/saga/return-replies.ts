import type { DomainEvent } from '@msa/events';
import { onStepFailed, onStepSucceeded, type SagaState, type SagaTransition } from '@msa/saga';
import type { ReturnSagaInput } from './return-input';
import { returnSaga } from './return.saga';
import type { SagaCommand } from './saga-command';

/** The events that answer a return saga's commands. */
export type ReturnReply =
  | DomainEvent<'inventory.restocked'>
  | DomainEvent<'payment.refunded'>
  | DomainEvent<'payment.refund_failed'>;

/** Why a return's refund failed when payments gave no reason. */
export const REFUND_FAILED = 'REFUND_FAILED';

export function applyReturnReply(
  state: SagaState<ReturnSagaInput>,
  reply: ReturnReply,
): SagaTransition<ReturnSagaInput, SagaCommand> {
  switch (reply.name) {
    case 'inventory.restocked':
      return onStepSucceeded(returnSaga, state, 'restock-returned-items', reply.payload);
    case 'payment.refunded':
      return onStepSucceeded(returnSaga, state, 'refund-return', reply.payload);
    case 'payment.refund_failed':
      return onStepFailed(returnSaga, state, 'refund-return', reply.payload.reason.trim() || REFUND_FAILED);
  }
}
