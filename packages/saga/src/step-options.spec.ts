import { describe, expect, it } from 'vitest';
import { abortSaga, onCompensationSucceeded, onStepUndone } from './compensation';
import { defineSaga } from './definition';
import { onStepFailed, onStepSucceeded, startSaga } from './saga-runner';
import type { SagaAction } from './state';
import { defineStep, stepResponse } from './step';
import {
  chargeCard,
  holdSeat,
  stockSaga as saga,
  tripInput,
  type TripCommand,
  type TripInput,
} from './trip-saga.fixture';

const names = (actions: SagaAction<TripCommand>[]) =>
  actions.map((action) =>
    action.type === 'invoke' || action.type === 'compensate'
      ? `${action.type} ${action.command.name}`
      : action.type,
  );

describe('a step whose absorber is in flight', () => {
  const holdThenCommit = () => {
    let { state } = startSaga(saga, tripInput);
    state = onStepSucceeded(saga, state, 'hold-stock', {}).state;
    expect(state.steps['commit-stock']!.status).toBe('running');
    return abortSaga(saga, state, 'CANCELLED');
  };
  it('is not undone while the absorber may still take its effect over', () => {
    const aborted = holdThenCommit();
    expect(names(aborted.actions)).toEqual(['fail']);
    expect(aborted.state.status).toBe('compensating');
    expect(aborted.state.steps['hold-stock']!.status).toBe('succeeded');
  });

  it('is settled by the absorber’s late success, whose own undo is the only one sent', () => {
    const late = onStepSucceeded(saga, holdThenCommit().state, 'commit-stock', {});
    expect(names(late.actions)).toEqual(['compensate stock.restock']);
    expect(late.state.steps['hold-stock']!.status).toBe('settled');
    const done = onCompensationSucceeded(saga, late.state, 'commit-stock');
    expect(done.actions).toEqual([]);
    expect(done.state.status).toBe('failed');
  });

  it('is undone itself when the absorber fails late', () => {
    const late = onStepFailed(saga, holdThenCommit().state, 'commit-stock', 'NOT_HELD');
    expect(names(late.actions)).toEqual(['compensate stock.release']);
    expect(late.state.failureReason).toBe('CANCELLED');
    expect(onCompensationSucceeded(saga, late.state, 'hold-stock').state.status).toBe('failed');
  });

  it('needs no undo once its effect lapsed on its own', () => {
    const undone = onStepUndone(saga, holdThenCommit().state, 'hold-stock');
    expect(undone.actions).toEqual([]);
    expect(undone.state.status).toBe('failed');
  });
});

describe('steps that do not apply to a run', () => {
  const note = defineStep({
    name: 'note-loyalty',
    description: 'Records loyalty points for members only.',
    when: ({ input }: { input: TripInput }) => input.nights > 2,
    invoke: (): TripCommand => ({ name: 'loyalty.add', payload: {} }),
    result: () => stepResponse(undefined, { points: 1 }),
    compensate: (undo: { points: number }): TripCommand => ({ name: 'loyalty.remove', payload: undo }),
  });
  const saga = defineSaga<TripInput, TripCommand>('loyal-trip', [holdSeat, note, chargeCard]);

  it('are skipped when reached, and never compensated', () => {
    let transition = startSaga(saga, { tripId: 't-2', nights: 1 });
    transition = onStepSucceeded(saga, transition.state, 'hold-seat', { seat: '1A' });
    expect(names(transition.actions)).toEqual(['invoke card.charge']);
    expect(transition.state.steps['note-loyalty']!.status).toBe('skipped');
    const failed = onStepFailed(saga, transition.state, 'charge-card', 'DECLINED');
    expect(names(failed.actions)).toEqual(['fail', 'compensate seat.release']);
    expect(onStepSucceeded(saga, failed.state, 'note-loyalty', {}).actions).toEqual([]);
  });

  it('run when they apply', () => {
    let transition = startSaga(saga, { tripId: 't-3', nights: 5 });
    transition = onStepSucceeded(saga, transition.state, 'hold-seat', { seat: '1A' });
    expect(names(transition.actions)).toEqual(['invoke loyalty.add']);
  });

  it('complete the saga when no later step applies', () => {
    const lastSkipped = defineSaga<TripInput, TripCommand>('short-trip', [holdSeat, note]);
    const { state } = startSaga(lastSkipped, { tripId: 't-4', nights: 1 });
    const done = onStepSucceeded(lastSkipped, state, 'hold-seat', { seat: '2B' });
    expect(done.actions).toEqual([{ type: 'complete', outputs: { 'hold-seat': { seat: '2B' } } }]);
    expect(done.state.status).toBe('completed');
  });
});
