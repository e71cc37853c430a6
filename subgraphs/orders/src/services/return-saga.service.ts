import { startSaga, type SagaTransition } from '@msa/saga';
import type { OrdersTx } from '../data/database';
import type { LockedOrder } from '../data/order.repo';
import {
  findActiveReturnSaga,
  findQueuedReturn,
  findReturnSaga,
  returnStatusesOf,
  updateReturn,
  type ReturnSagaState,
} from '../data/return.repo';
import type { ReturnRecord } from '../domain/return';
import { orderStatusAfterReturns } from '../domain/return-status';
import { lineRefs } from '../domain/order-snapshot';
import type { ReturnSagaInput } from '../saga/return-input';
import { returnSaga } from '../saga/return.saga';
import type { SagaCommand } from '../saga/saga-command';
import { refundReturn } from '../saga/steps/refund-return';
import { changeOrderStatus } from './order-status-change';
import { sendSagaCommands } from './saga-actions';

type ReturnTransition = SagaTransition<ReturnSagaInput, SagaCommand>;

const SETTLED_NOTES = {
  REFUNDED: 'Returned items received and restocked; the refund was paid.',
  RETURNED: 'Returned items received and restocked; no refund was paid.',
  DELIVERED: 'No return is open any more.',
} as const;

/**
 * Starts the saga of a received return, unless another return of the order is being settled: inventory's
 * reply names only the order, so the order's returns settle one at a time and this one waits its turn.
 */
export async function receiveIntoSaga(tx: OrdersTx, order: LockedOrder, entry: ReturnRecord): Promise<void> {
  if (await findActiveReturnSaga(tx, order.id)) return;
  const transition = startSaga(returnSaga, {
    returnId: entry.id,
    orderId: entry.orderId,
    lines: lineRefs(entry.lines),
    refundAmount: entry.refundAmount,
  });
  await applyReturnTransition(tx, order, entry.id, null, transition);
}

/** Moves a return's saga one transition forward under the order's lock; `decide` returns null to change nothing. */
export async function advanceReturn(
  tx: OrdersTx,
  order: LockedOrder,
  returnId: string,
  decide: (state: ReturnSagaState) => ReturnTransition | null,
): Promise<void> {
  const state = await findReturnSaga(tx, order.id, returnId);
  if (!state) return;
  const transition = decide(state);
  if (transition) await applyReturnTransition(tx, order, returnId, state, transition);
}

async function applyReturnTransition(
  tx: OrdersTx,
  order: LockedOrder,
  returnId: string,
  previous: ReturnSagaState | null,
  transition: ReturnTransition,
): Promise<void> {
  await updateReturn(tx, returnId, { saga: { previous, next: transition.state } });
  await sendSagaCommands(tx, transition.actions);
  for (const action of transition.actions) {
    if (action.type === 'complete') {
      const refunded = transition.state.steps[refundReturn.name]?.status === 'succeeded';
      await updateReturn(tx, returnId, { status: refunded ? 'REFUNDED' : 'RETURNED', settledAt: new Date() });
      await afterReturnSettled(tx, order);
    } else if (action.type === 'fail') {
      await updateReturn(tx, returnId, {
        status: 'REFUND_FAILED',
        failureReason: action.reason,
        settledAt: new Date(),
      });
      await afterReturnSettled(tx, order);
    }
  }
}

/** Once no return of the order is open any more, the order is REFUNDED or RETURNED; the next return starts. */
async function afterReturnSettled(tx: OrdersTx, order: LockedOrder): Promise<void> {
  const outcome = orderStatusAfterReturns(await returnStatusesOf(tx, order.id));
  if (outcome && order.status === 'RETURN_REQUESTED')
    await changeOrderStatus(tx, order, outcome, SETTLED_NOTES[outcome]);
  const queued = await findQueuedReturn(tx, order.id);
  if (queued) await receiveIntoSaga(tx, order, queued);
}
