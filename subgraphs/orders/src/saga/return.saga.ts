import { applyReply, defineSaga, type ReplyEvent, type SagaState, type SagaTransition } from '@msa/saga';
import type { ReturnSagaInput } from './return-input';
import type { SagaCommand } from './saga-command';
import { refundReturn } from './steps/refund-return';
import { restockReturnedItems } from './steps/restock-returned-items';

/**
 * A received return, orchestrated by orders:
 *
 *   1. restock-returned-items → inventory.restock  ⇢ inventory.restocked
 *   2. refund-return          → payments.refund    ⇢ payment.refunded | payment.refund_failed
 *                               (skipped when nothing is refundable)
 *
 * Restock comes first because the units are back whatever the refund does; a failed refund fails the saga,
 * and the return is REFUND_FAILED with the units restocked.
 */
export const returnSaga = defineSaga<ReturnSagaInput, SagaCommand>('return', [
  restockReturnedItems,
  refundReturn,
]);

/** What a reply means for a return saga, as its steps declare. */
export function applyReturnReply(
  state: SagaState<ReturnSagaInput>,
  reply: ReplyEvent,
): SagaTransition<ReturnSagaInput, SagaCommand> {
  return applyReply(returnSaga, state, reply);
}
