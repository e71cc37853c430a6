import { describe, expect, it } from 'vitest';
import { abortSaga } from './compensation';
import { defineSaga } from './definition';
import { applyReply } from './replies';
import { replyEventNames } from './reply-routes';
import { startSaga } from './saga-runner';
import { defineStep, stepResponse } from './step';

type Command = { name: string };

const hold = defineStep({
  name: 'hold-stock',
  description: 'Holds stock.',
  replies: {
    succeeded: 'stock.held',
    failed: { event: 'stock.hold_failed', reason: (payload: { code: string }) => payload.code },
    undone: { event: 'stock.released', abortsWith: 'HOLD_EXPIRED' },
  },
  invoke: (): Command => ({ name: 'stock.hold' }),
  result: () => stepResponse(undefined, {}),
  compensate: (): Command => ({ name: 'stock.release' }),
});

const pay = defineStep({
  name: 'take-payment',
  description: 'Takes the payment.',
  replies: {
    succeeded: 'payment.taken',
    compensated: 'payment.refunded',
    compensationFailed: { event: 'payment.refund_failed', reason: () => 'REFUND_FAILED', maxAttempts: 2 },
  },
  invoke: (): Command => ({ name: 'payment.take' }),
  result: () => stepResponse(undefined, {}),
  compensate: (): Command => ({ name: 'payment.refund' }),
});

const saga = defineSaga<object, Command>('shop', [hold, pay]);
const event = (name: string, payload: unknown = {}) => ({ name, payload });

describe('replies declared by the steps', () => {
  it('lists the events to subscribe to, once each, in step order', () => {
    expect(replyEventNames(saga, saga)).toEqual([
      'stock.held',
      'stock.hold_failed',
      'stock.released',
      'payment.taken',
      'payment.refunded',
      'payment.refund_failed',
    ]);
  });

  it('applies a success, and a failure with the reason the step reads from the payload', () => {
    const started = startSaga(saga, {});
    expect(applyReply(saga, started.state, event('stock.held')).actions).toMatchObject([
      { type: 'invoke', step: 'take-payment' },
    ]);
    const failed = applyReply(saga, started.state, event('stock.hold_failed', { code: 'OUT_OF_STOCK' }));
    expect(failed.state).toMatchObject({ status: 'failed', failureReason: 'OUT_OF_STOCK' });
  });

  it('aborts with the declared reason when the effect lapses while the saga needs it', () => {
    const held = applyReply(saga, startSaga(saga, {}).state, event('stock.held'));
    const lapsed = applyReply(saga, held.state, event('stock.released'));
    expect(lapsed.state.failureReason).toBe('HOLD_EXPIRED');
    expect(lapsed.state.steps['hold-stock']!.status).toBe('settled');
  });

  it('stops asking for a failing compensation after maxAttempts', () => {
    let state = applyReply(saga, startSaga(saga, {}).state, event('stock.held')).state;
    state = applyReply(saga, state, event('payment.taken')).state;
    state = abortSaga(saga, state, 'CANCELLED').state;
    const asked = [1, 2, 3].map(() => {
      const next = applyReply(saga, state, event('payment.refund_failed'));
      state = next.state;
      return next.actions.length;
    });
    expect(asked).toEqual([1, 0, 0]);
  });

  it('ignores an event no step declares', () => {
    const started = startSaga(saga, {});
    expect(applyReply(saga, started.state, event('stock.counted')).actions).toEqual([]);
  });

  it('refuses a saga where one event answers two steps', () => {
    const twice = defineStep({ ...pay, name: 'take-payment-again', replies: { succeeded: 'stock.held' } });
    expect(() => defineSaga('bad', [hold, twice])).toThrow(/"stock.held" answers both step "hold-stock"/);
  });
});
