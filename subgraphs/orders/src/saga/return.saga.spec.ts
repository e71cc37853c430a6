import type { DomainEvent, EventName } from '@msa/events';
import { startSaga } from '@msa/saga';
import { describe, expect, it } from 'vitest';
import type { ReturnSagaInput } from './return-input';
import { applyReturnReply, returnSaga } from './return.saga';

const input: ReturnSagaInput = {
  returnId: 'ret-1',
  orderId: 'o-1',
  lines: [{ variantId: 'v-1', quantity: 1 }],
  refundAmount: 1250,
};
const event = (name: EventName, payload: object) =>
  ({ id: `m-${name}`, name, payload, occurredAt: '2026-11-25T00:00:00.000Z' }) as DomainEvent;
const restocked = () => event('inventory.restocked', { orderId: 'o-1' });
const refunded = () =>
  event('payment.refunded', {
    orderId: 'o-1',
    paymentId: 'p',
    refundId: 'rf',
    amount: 1250,
    currency: 'USD',
    returnId: 'ret-1',
  });

describe('return saga', () => {
  it('restocks the returned units, then refunds their share', () => {
    const start = startSaga(returnSaga, input);
    expect(start.actions).toEqual([
      {
        type: 'invoke',
        step: 'restock-returned-items',
        command: {
          name: 'inventory.restock',
          payload: { orderId: 'o-1', lines: input.lines, reason: 'return ret-1' },
        },
      },
    ]);
    const afterRestock = applyReturnReply(start.state, restocked());
    expect(afterRestock.actions).toEqual([
      {
        type: 'invoke',
        step: 'refund-return',
        command: {
          name: 'payments.refund',
          payload: { orderId: 'o-1', amount: 1250, reason: 'return received', returnId: 'ret-1' },
        },
      },
    ]);
    const done = applyReturnReply(afterRestock.state, refunded());
    expect(done.actions.map((action) => action.type)).toEqual(['complete']);
    expect(applyReturnReply(done.state, refunded()).actions).toEqual([]);
  });

  it('completes after the restock when nothing is refundable', () => {
    const start = startSaga(returnSaga, { ...input, refundAmount: 0 });
    const done = applyReturnReply(start.state, restocked());
    expect(done.actions.map((action) => action.type)).toEqual(['complete']);
    expect(done.state.steps['refund-return']!.status).toBe('skipped');
  });

  it('fails with the payment’s reason when the refund is refused, leaving the restock in place', () => {
    const afterRestock = applyReturnReply(startSaga(returnSaga, input).state, restocked());
    const failed = applyReturnReply(
      afterRestock.state,
      event('payment.refund_failed', {
        orderId: 'o-1',
        paymentId: 'p',
        returnId: 'ret-1',
        reason: 'REFUND_EXCEEDS_CAPTURED',
      }),
    );
    expect(failed.actions).toEqual([{ type: 'fail', reason: 'REFUND_EXCEEDS_CAPTURED' }]);
    expect(failed.state.status).toBe('failed');
    expect(failed.state.steps['restock-returned-items']!.status).toBe('compensated');
  });
});
