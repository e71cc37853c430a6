import { describe, expect, it } from 'vitest';
import { abortSaga, onCompensationSucceeded } from './compensation';
import { defineSaga } from './definition';
import { awaitedAnswers, deadlineOf, onDeadlinePassed, waitingSince } from './deadline';
import { applyReply } from './replies';
import { onStepFailed, onStepSucceeded, startSaga } from './saga-runner';
import type { SagaAction, SagaState } from './state';
import { defineStep, stepResponse } from './step';
import { chargeCard, tripInput, type TripCommand, type TripInput } from './trip-saga.fixture';

const sent = (actions: SagaAction<TripCommand>[]) =>
  actions.map((action) =>
    action.type === 'invoke' || action.type === 'compensate'
      ? `${action.type} ${action.command.name}${action.attempt ? ` #${action.attempt}` : ''}`
      : action.type,
  );

/** Stock held, paid for, then committed in the background: nothing waits for the commit. */
const holdStock = defineStep({
  name: 'hold-stock',
  description: 'Holds stock.',
  replies: { succeeded: 'stock.held', undone: { event: 'stock.released', abortsWith: 'HOLD_LAPSED' } },
  invoke: (): TripCommand => ({ name: 'stock.hold', payload: {} }),
  result: () => stepResponse(undefined, { hold: 'h-1' }),
  compensate: (undo: { hold: string }): TripCommand => ({ name: 'stock.release', payload: undo }),
});
const commitStock = defineStep({
  name: 'commit-stock',
  description: 'Turns the hold into a sale, without holding up the saga.',
  absorbs: [holdStock],
  background: true,
  deadline: { replyWithinMs: 1_000, attempts: 2 },
  replies: { succeeded: 'stock.committed', compensated: 'stock.restocked' },
  invoke: (): TripCommand => ({ name: 'stock.commit', payload: {} }),
  result: () => stepResponse(undefined, { sale: 's-1' }),
  compensate: (undo: { sale: string }): TripCommand => ({ name: 'stock.restock', payload: undo }),
});
const saga = defineSaga<TripInput, TripCommand>('background', [holdStock, chargeCard, commitStock]);

const t0 = new Date('2026-12-06T12:00:00.000Z');

/** The saga once the card was charged: completed, with the commit sent and unanswered. */
function charged(): { state: SagaState<TripInput>; actions: SagaAction<TripCommand>[] } {
  let { state } = startSaga(saga, tripInput);
  state = onStepSucceeded(saga, state, 'hold-stock', {}).state;
  return onStepSucceeded(saga, state, 'charge-card', { chargeId: 'ch-1' });
}

describe('a background step', () => {
  it('is sent with the completion: the saga completes without waiting for its reply', () => {
    const { state, actions } = charged();
    expect(sent(actions)).toEqual(['invoke stock.commit', 'complete']);
    expect(state.status).toBe('completed');
    expect(state.steps['commit-stock']!.status).toBe('running');
    expect(state.steps['hold-stock']!.status).toBe('succeeded');
  });

  it('records its reply once, settles what it absorbs and changes nothing else', () => {
    const answered = onStepSucceeded(saga, charged().state, 'commit-stock', {});
    expect(answered.actions).toEqual([]);
    expect(answered.state.status).toBe('completed');
    expect(answered.state.steps['commit-stock']!.status).toBe('succeeded');
    expect(answered.state.steps['hold-stock']!.status).toBe('settled');
    const again = onStepSucceeded(saga, answered.state, 'commit-stock', {});
    expect(again.actions).toEqual([]);
    expect(again.state).toEqual(answered.state);
  });

  it('keeps the completed saga waiting until it answers, and is re-sent without end when overdue', () => {
    const before = startSaga(saga, tripInput).state;
    const { state } = charged();
    const since = waitingSince(before, state, t0, null);
    expect(since).toEqual(t0);
    expect(awaitedAnswers(saga, state)).toEqual([
      { kind: 'reply', step: 'commit-stock', attempt: 1, withinMs: 1_000 },
    ]);
    expect(deadlineOf(saga, state, since, {})).toEqual(new Date(t0.getTime() + 1_000));
    let current = state;
    for (const attempt of [2, 3, 4]) {
      const overdue = onDeadlinePassed(saga, current);
      expect(sent(overdue.actions)).toEqual([`invoke stock.commit #${attempt}`]);
      expect(overdue.outcomes).toEqual([{ step: 'commit-stock', kind: 'resent', phase: 'reply', attempt }]);
      expect(overdue.state.status).toBe('completed');
      current = overdue.state;
    }
    const answered = onStepSucceeded(saga, current, 'commit-stock', {});
    expect(awaitedAnswers(saga, answered.state)).toEqual([]);
    expect(waitingSince(current, answered.state, t0, t0)).toBeNull();
  });

  it('is waited for by the undo of what it absorbs when the saga is unwound meanwhile', () => {
    const aborted = abortSaga(saga, charged().state, 'CANCELLED');
    expect(sent(aborted.actions)).toEqual(['fail', 'compensate card.refund #1']);
    const refunded = onCompensationSucceeded(saga, aborted.state, 'charge-card');
    expect(refunded.actions).toEqual([]);
    expect(refunded.state.status).toBe('compensating');
    const late = onStepSucceeded(saga, refunded.state, 'commit-stock', {});
    expect(sent(late.actions)).toEqual(['compensate stock.restock #1']);
    expect(onCompensationSucceeded(saga, late.state, 'commit-stock').state.status).toBe('failed');
  });

  it('is given up on as usual once the saga is unwinding, and the hold is released then', () => {
    let { state } = abortSaga(saga, charged().state, 'CANCELLED');
    state = onCompensationSucceeded(saga, state, 'charge-card').state;
    state = onDeadlinePassed(saga, state).state;
    const gaveUp = onDeadlinePassed(saga, state);
    expect(gaveUp.outcomes).toEqual([{ step: 'commit-stock', kind: 'gave-up', phase: 'reply', attempt: 2 }]);
    expect(sent(gaveUp.actions)).toEqual(['compensate stock.release #1']);
  });

  it('unwinds the completed saga when what it absorbs lapses before it lands', () => {
    const lapsed = applyReply(saga, charged().state, { name: 'stock.released', payload: {} });
    expect(sent(lapsed.actions)).toEqual(['fail', 'compensate card.refund #1']);
    expect(lapsed.state.failureReason).toBe('HOLD_LAPSED');
    expect(lapsed.state.steps['hold-stock']!.status).toBe('settled');
  });

  it('leaves a completed saga alone when what it absorbed lapses after it landed', () => {
    const committed = onStepSucceeded(saga, charged().state, 'commit-stock', {}).state;
    const lapsed = applyReply(saga, committed, { name: 'stock.released', payload: {} });
    expect(lapsed.actions).toEqual([]);
    expect(lapsed.state.status).toBe('completed');
  });

  it('does not hold up the steps after it, and its failure while the saga runs fails the saga', () => {
    const early = defineSaga<TripInput, TripCommand>('early', [holdStock, commitStock, chargeCard]);
    let transition = startSaga(early, tripInput);
    transition = onStepSucceeded(early, transition.state, 'hold-stock', {});
    expect(sent(transition.actions)).toEqual(['invoke stock.commit', 'invoke card.charge']);
    const committed = onStepSucceeded(early, transition.state, 'commit-stock', {});
    expect(committed.actions).toEqual([]);
    expect(committed.state.steps['charge-card']!.status).toBe('running');
    const failed = onStepFailed(early, transition.state, 'commit-stock', 'NOT_HELD');
    expect(sent(failed.actions)).toEqual(['fail', 'compensate stock.release #1']);
  });
});
