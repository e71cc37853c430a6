import type { DomainEvent, EventName, EventPayloads } from '@msa/events';
import { abortSaga, startSaga, type SagaAction, type SagaState } from '@msa/saga';
import { describe, expect, it } from 'vitest';
import type { CheckoutSagaInput } from './checkout-input';
import { checkoutSaga } from './checkout.saga';
import { applyInventoryReply, type InventoryReply } from './inventory-replies';
import type { SagaCommand } from './saga-command';

const input: CheckoutSagaInput = {
  orderId: 'o-1',
  lines: [{ variantId: 'v-1', quantity: 2 }],
  reservationTtlSeconds: 900,
};

let sequence = 0;
function reply<E extends InventoryReply['name'] & EventName>(
  name: E,
  payload: EventPayloads[E],
): InventoryReply {
  sequence += 1;
  return {
    id: `m-${sequence}`,
    name,
    payload,
    occurredAt: '2026-11-24T00:00:00.000Z',
  } as DomainEvent<E> as InventoryReply;
}

const reserved = () => reply('inventory.reserved', { orderId: 'o-1', reservationIds: ['r-1'] });
const committed = () => reply('inventory.committed', { orderId: 'o-1' });
const released = () => reply('inventory.released', { orderId: 'o-1' });
const restocked = () => reply('inventory.restocked', { orderId: 'o-1' });

function replay(...replies: InventoryReply[]): {
  state: SagaState<CheckoutSagaInput>;
  actions: SagaAction<SagaCommand>[];
} {
  let { state, actions } = startSaga(checkoutSaga, input);
  for (const next of replies) ({ state, actions } = applyInventoryReply(state, next));
  return { state, actions };
}

const describeActions = (actions: SagaAction<SagaCommand>[]) =>
  actions.map((action) =>
    action.type === 'invoke' || action.type === 'compensate'
      ? `${action.type} ${action.command.name}`
      : `${action.type}`,
  );

describe('checkout saga', () => {
  it('reserves first, with the lines and the hold time', () => {
    expect(startSaga(checkoutSaga, input).actions).toEqual([
      {
        type: 'invoke',
        step: 'reserve-inventory',
        command: {
          name: 'inventory.reserve',
          payload: { orderId: 'o-1', lines: input.lines, ttlSeconds: 900 },
        },
      },
    ]);
  });

  it('commits once reserved and completes once committed', () => {
    expect(describeActions(replay(reserved()).actions)).toEqual(['invoke inventory.commit']);
    const done = replay(reserved(), committed());
    expect(describeActions(done.actions)).toEqual(['complete']);
    expect(done.state.status).toBe('completed');
  });

  it('fails with the inventory code when the reservation fails, with nothing to undo', () => {
    const { state } = startSaga(checkoutSaga, input);
    const failed = applyInventoryReply(
      state,
      reply('inventory.reservation_failed', {
        orderId: 'o-1',
        code: 'OUT_OF_STOCK',
        variantIds: ['v-1'],
        message: 'gone',
      }),
    );
    expect(failed.actions).toEqual([{ type: 'fail', reason: 'OUT_OF_STOCK' }]);
    expect(failed.state.status).toBe('failed');
  });

  it('fails with RESERVATION_EXPIRED when the hold expires before the commit, without releasing again', () => {
    const expired = replay(reserved(), released());
    expect(expired.actions).toEqual([{ type: 'fail', reason: 'RESERVATION_EXPIRED' }]);
    expect(expired.state.status).toBe('failed');
  });

  it('releases the hold when a pending order is cancelled, and finishes when inventory confirms', () => {
    const aborted = abortSaga(checkoutSaga, replay(reserved()).state, 'CANCELLED_BY_CUSTOMER');
    expect(describeActions(aborted.actions)).toEqual(['fail', 'compensate inventory.release']);
    const done = applyInventoryReply(aborted.state, released());
    expect(done.actions).toEqual([]);
    expect(done.state.status).toBe('failed');
  });

  it('restocks, and does not release, when a confirmed order is cancelled', () => {
    const aborted = abortSaga(checkoutSaga, replay(reserved(), committed()).state, 'CANCELLED_BY_ADMIN');
    expect(describeActions(aborted.actions)).toEqual(['fail', 'compensate inventory.restock']);
    expect(aborted.actions[1]).toMatchObject({
      command: { payload: { orderId: 'o-1', lines: input.lines, reason: 'order cancelled' } },
    });
    expect(applyInventoryReply(aborted.state, restocked()).state.status).toBe('failed');
  });

  it('restocks a commit that lands after the order was cancelled', () => {
    const aborted = abortSaga(checkoutSaga, replay(reserved()).state, 'CANCELLED_BY_CUSTOMER');
    const lateCommit = applyInventoryReply(aborted.state, committed());
    expect(lateCommit.actions).toEqual([]);
    const afterRelease = applyInventoryReply(lateCommit.state, released());
    expect(describeActions(afterRelease.actions)).toEqual(['compensate inventory.restock']);
  });

  it('releases a reservation that lands after the order was cancelled', () => {
    const { state } = startSaga(checkoutSaga, input);
    const aborted = abortSaga(checkoutSaga, state, 'CANCELLED_BY_CUSTOMER');
    expect(describeActions(aborted.actions)).toEqual(['fail']);
    expect(describeActions(applyInventoryReply(aborted.state, reserved()).actions)).toEqual([
      'compensate inventory.release',
    ]);
  });

  it('ignores duplicate and unexpected replies', () => {
    const once = replay(reserved());
    expect(applyInventoryReply(once.state, reserved()).actions).toEqual([]);
    const done = replay(reserved(), committed());
    expect(applyInventoryReply(done.state, committed()).actions).toEqual([]);
    expect(applyInventoryReply(done.state, released()).actions).toEqual([]);
    expect(applyInventoryReply(done.state, restocked()).actions).toEqual([]);
  });
});
