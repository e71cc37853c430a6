import { describe, expect, it } from 'vitest';
import { abortSaga, onCompensationSucceeded } from './compensation';
import { heldStep, onStepHeld, retryStep } from './retry';
import { onStepSucceeded } from './saga-runner';
import { runTrip, tripSaga } from './trip-saga.fixture';

describe('held steps', () => {
  it('hold a retryable failure without undoing anything, and keep the saga running', () => {
    const held = onStepHeld(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    expect(held.actions).toEqual([{ type: 'hold', step: 'charge-card', reason: 'DECLINED' }]);
    expect(held.state.status).toBe('running');
    expect(held.state.steps['charge-card']).toMatchObject({ status: 'failed', error: 'DECLINED' });
    expect(heldStep(held.state)).toBe('charge-card');
    expect(heldStep(runTrip(3))).toBeNull();
  });

  it('run the held step again with a new input, once however often the retry is asked for', () => {
    const held = onStepHeld(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    const retried = retryStep(tripSaga, held.state, 'charge-card', { tripId: 't-2', nights: 3 });
    expect(retried.actions).toEqual([
      { type: 'invoke', step: 'charge-card', command: { name: 'card.charge', payload: { tripId: 't-2' } } },
    ]);
    expect(retried.state.input.tripId).toBe('t-2');
    expect(heldStep(retried.state)).toBeNull();
    expect(retryStep(tripSaga, retried.state, 'charge-card').actions).toEqual([]);

    const done = onStepSucceeded(tripSaga, retried.state, 'charge-card', { chargeId: 'ch-2' });
    expect(done.state.status).toBe('completed');
  });

  it('ignore a repeated failure while held, and a retry of a step that is not held', () => {
    const held = onStepHeld(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    expect(onStepHeld(tripSaga, held.state, 'charge-card', 'DECLINED').actions).toEqual([]);
    expect(retryStep(tripSaga, runTrip(3), 'charge-card').actions).toEqual([]);
    expect(retryStep(tripSaga, held.state, 'book-room').actions).toEqual([]);
  });

  it('unwind the completed steps when a held saga is aborted, and refuse a retry afterwards', () => {
    const held = onStepHeld(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    const aborted = abortSaga(tripSaga, held.state, 'EXPIRED');
    expect(
      aborted.actions.map((action) => (action.type === 'compensate' ? action.command.name : action.type)),
    ).toEqual(['fail', 'room.cancel']);
    expect(retryStep(tripSaga, aborted.state, 'charge-card').actions).toEqual([]);
    const next = onCompensationSucceeded(tripSaga, aborted.state, 'book-room');
    expect(next.actions.map((action) => action.type)).toEqual(['compensate']);
  });

  it('treat a failure after the saga stopped running as an ordinary late failure', () => {
    const aborted = abortSaga(tripSaga, runTrip(3), 'CANCELLED');
    const late = onStepHeld(tripSaga, aborted.state, 'charge-card', 'DECLINED');
    expect(late.actions.some((action) => action.type === 'hold')).toBe(false);
    expect(late.state.failureReason).toBe('CANCELLED');
  });
});
