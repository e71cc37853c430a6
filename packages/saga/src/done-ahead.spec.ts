import { describe, expect, it } from 'vitest';
import { abortSaga, onCompensationSucceeded } from './compensation';
import { defineSaga } from './definition';
import { onStepSucceeded, startSaga } from './saga-runner';
import type { SagaAction } from './state';
import { defineStep, stepResponse } from './step';

type Command = { name: string; payload: Record<string, unknown> };
type Input = { amount: number };

const sent = (actions: SagaAction<Command>[]) =>
  actions.map((action) =>
    action.type === 'invoke' || action.type === 'compensate'
      ? `${action.type} ${action.command.name}`
      : action.type,
  );

/** A provider that may capture as it authorizes: the authorization's reply says so. */
const authorize = defineStep({
  name: 'authorize',
  description: 'Holds the amount, capturing it at once when the provider can.',
  replies: { succeeded: 'authorized', undone: { event: 'voided' } },
  invoke: (): Command => ({ name: 'authorize', payload: { capture: true } }),
  result: (reply: { paymentId: string; captured?: boolean }) =>
    stepResponse(
      { paymentId: reply.paymentId, captured: reply.captured === true },
      { paymentId: reply.paymentId },
    ),
  compensate: (undo: { paymentId: string }): Command => ({ name: 'void', payload: undo }),
});
const capture = defineStep({
  name: 'capture',
  description: 'Takes the authorized amount.',
  absorbs: [authorize],
  replies: { succeeded: 'captured', compensated: 'refunded' },
  doneAhead: ({ outputs }) => {
    const authorized = outputs['authorize'] as { paymentId: string; captured: boolean };
    return authorized.captured ? { paymentId: authorized.paymentId, amount: 500 } : null;
  },
  invoke: (): Command => ({ name: 'capture', payload: {} }),
  result: (reply: { paymentId: string; amount: number }) =>
    stepResponse({ captured: reply.amount }, { paymentId: reply.paymentId, amount: reply.amount }),
  compensate: (undo: { paymentId: string; amount: number }): Command => ({ name: 'refund', payload: undo }),
});
const ship = defineStep({
  name: 'ship',
  description: 'Ships the order.',
  replies: { succeeded: 'shipped' },
  invoke: (): Command => ({ name: 'ship', payload: {} }),
  result: () => stepResponse(undefined, null),
  compensate: () => null,
});
const saga = defineSaga<Input, Command>('done-ahead', [authorize, capture, ship]);

describe('a step done ahead by an earlier one', () => {
  it('succeeds without a command when the earlier reply says its work is done, and the saga moves on', () => {
    const { state: started } = startSaga(saga, { amount: 500 });
    const { state, actions } = onStepSucceeded(saga, started, 'authorize', {
      paymentId: 'p-1',
      captured: true,
    });
    expect(sent(actions)).toEqual(['invoke ship']);
    expect(state.steps['capture']).toMatchObject({
      status: 'succeeded',
      output: { captured: 500 },
      undo: { paymentId: 'p-1', amount: 500 },
    });
    expect(state.steps['authorize']!.status).toBe('settled');
    expect(state.completed).toEqual(['authorize', 'capture']);
  });

  it('is invoked as usual when the earlier reply does not say so', () => {
    const { state: started } = startSaga(saga, { amount: 500 });
    const { state, actions } = onStepSucceeded(saga, started, 'authorize', { paymentId: 'p-1' });
    expect(sent(actions)).toEqual(['invoke capture']);
    expect(state.steps['capture']!.status).toBe('running');
  });

  it('is compensated as if it had run, and what it absorbed is not undone again', () => {
    const { state: started } = startSaga(saga, { amount: 500 });
    const authorized = onStepSucceeded(saga, started, 'authorize', {
      paymentId: 'p-1',
      captured: true,
    }).state;
    const aborted = abortSaga(saga, authorized, 'CANCELLED_BY_CUSTOMER');
    expect(sent(aborted.actions)).toEqual(['fail', 'compensate refund']);
    const refunded = onCompensationSucceeded(saga, aborted.state, 'capture');
    expect(sent(refunded.actions)).not.toContain('compensate void');
    expect(refunded.state.steps['capture']!.status).toBe('compensated');
    expect(refunded.state.toCompensate).toEqual([]);
  });
});
