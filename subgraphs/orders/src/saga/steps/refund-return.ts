import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import type { ReturnSagaInput } from '../return-input';
import { command, type SagaCommand } from '../saga-command';

/**
 * Pays the returned units' share back to the customer (payments never refunds more than was captured). The
 * last step, and money paid out cannot be called back, so it has nothing to undo. Skipped when nothing is
 * refundable.
 */
/** Why a return's refund failed when payments gave no reason. */
export const REFUND_FAILED = 'REFUND_FAILED';

export const refundReturn = defineStep({
  name: 'refund-return',
  description: 'Refunds the returned units’ share of what was paid.',
  replies: {
    succeeded: 'payment.refunded',
    failed: {
      event: 'payment.refund_failed',
      reason: (payload: EventPayloads['payment.refund_failed']) => payload.reason.trim() || REFUND_FAILED,
    },
  },
  when: ({ input }: { input: ReturnSagaInput }) => input.refundAmount > 0,
  invoke: ({ input }: { input: ReturnSagaInput }): SagaCommand =>
    command('payments.refund', {
      orderId: input.orderId,
      amount: input.refundAmount,
      reason: 'return received',
      returnId: input.returnId,
    }),
  result: (reply: EventPayloads['payment.refunded']) =>
    stepResponse({ refundId: reply.refundId, amount: reply.amount }, undefined),
  compensate: (): SagaCommand | null => null,
});
