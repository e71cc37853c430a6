import { describe, expect, it } from 'vitest';
import { abortSaga, onCompensationFailed, onCompensationSucceeded, onStepUndone } from './compensation';
import { onStepFailed, onStepSucceeded, startSaga } from './saga-runner';
import { runTrip, stockSaga, tripInput, tripSaga } from './trip-saga.fixture';

describe('duplicate replies', () => {
  it('ignore a second success of the same step', () => {
    const once = runTrip(1);
    const twice = onStepSucceeded(tripSaga, once, 'hold-seat', { seat: '99Z' });
    expect(twice.actions).toEqual([]);
    expect(twice.state).toEqual(once);
  });

  it('ignore a reply for a step that was never invoked', () => {
    const state = runTrip(1);
    expect(onStepSucceeded(tripSaga, state, 'charge-card', { chargeId: 'x' }).actions).toEqual([]);
    expect(onStepFailed(tripSaga, state, 'charge-card', 'DECLINED').actions).toEqual([]);
  });

  it('ignore a second failure, and a success after a failure of the same step', () => {
    const failed = onStepFailed(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    expect(onStepFailed(tripSaga, failed.state, 'charge-card', 'DECLINED').actions).toEqual([]);
    expect(onStepSucceeded(tripSaga, failed.state, 'charge-card', { chargeId: 'late' }).actions).toEqual([]);
  });

  it('ignore a duplicate compensation acknowledgement', () => {
    const failed = onStepFailed(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    const acked = onCompensationSucceeded(tripSaga, failed.state, 'book-room');
    const again = onCompensationSucceeded(tripSaga, acked.state, 'book-room');
    expect(again.actions).toEqual([]);
    expect(again.state).toEqual(acked.state);
  });
});

describe('late replies after the saga failed', () => {
  it('undo a step that succeeds after the saga was aborted, without changing the outcome', () => {
    const aborted = abortSaga(tripSaga, runTrip(2), 'CUSTOMER_CANCELLED');
    expect(aborted.actions.map((action) => action.type)).toEqual(['fail', 'compensate']);
    const releasing = aborted.actions[1]!;
    const seatReleased = onCompensationSucceeded(
      tripSaga,
      aborted.state,
      releasing.type === 'compensate' ? releasing.step : '',
    );
    expect(seatReleased.state.status).toBe('failed');

    const late = onStepSucceeded(tripSaga, seatReleased.state, 'book-room', { roomId: 'r-late' });
    expect(late.actions).toEqual([
      {
        type: 'compensate',
        step: 'book-room',
        undo: { roomId: 'r-late' },
        command: { name: 'room.cancel', payload: { roomId: 'r-late' } },
        attempt: 1,
      },
    ]);
    expect(late.state.status).toBe('compensating');
    const settled = onCompensationSucceeded(tripSaga, late.state, 'book-room');
    expect(settled.state.status).toBe('failed');
    expect(settled.state.failureReason).toBe('CUSTOMER_CANCELLED');
    expect(settled.actions).toEqual([]);
  });

  it('queue a late success behind the compensation in flight', () => {
    const aborted = abortSaga(tripSaga, runTrip(2), 'CUSTOMER_CANCELLED');
    const late = onStepSucceeded(tripSaga, aborted.state, 'book-room', { roomId: 'r-late' });
    expect(late.actions).toEqual([]);
    const next = onCompensationSucceeded(tripSaga, late.state, 'hold-seat');
    expect(next.actions.map((action) => action.type === 'compensate' && action.command.name)).toEqual([
      'room.cancel',
    ]);
  });

  it('only record a late failure', () => {
    const aborted = abortSaga(tripSaga, runTrip(2), 'CUSTOMER_CANCELLED');
    const late = onStepFailed(tripSaga, aborted.state, 'book-room', 'FULL');
    expect(late.actions).toEqual([]);
    expect(late.state.failureReason).toBe('CUSTOMER_CANCELLED');
    expect(late.state.steps['book-room']!.status).toBe('failed');
  });
});

describe('compensation retries', () => {
  it('retry a failed compensation with the same command instead of skipping to the next', () => {
    const failed = onStepFailed(tripSaga, runTrip(3), 'charge-card', 'DECLINED');
    const retry = onCompensationFailed(tripSaga, failed.state, 'book-room', 'HOTEL_API_DOWN');
    expect(retry.actions).toEqual([
      {
        type: 'compensate',
        step: 'book-room',
        undo: { roomId: 'r-7' },
        command: { name: 'room.cancel', payload: { roomId: 'r-7' } },
        attempt: 2,
      },
    ]);
    expect(retry.state.steps['book-room']).toMatchObject({
      status: 'compensating',
      compensationAttempts: 2,
      error: 'HOTEL_API_DOWN',
    });
    expect(retry.state.steps['hold-seat']!.status).toBe('succeeded');
    const third = onCompensationFailed(tripSaga, retry.state, 'book-room', 'HOTEL_API_DOWN');
    expect(third.actions[0]).toMatchObject({ step: 'book-room', attempt: 3 });
    const done = onCompensationSucceeded(tripSaga, third.state, 'book-room');
    expect(done.actions.map((action) => action.type === 'compensate' && action.step)).toEqual(['hold-seat']);
  });

  it('ignore a compensation failure for a step that is not compensating', () => {
    expect(onCompensationFailed(tripSaga, runTrip(2), 'hold-seat', 'x').actions).toEqual([]);
  });
});

describe('abort', () => {
  it('unwind a completed saga in reverse', () => {
    const aborted = abortSaga(tripSaga, runTrip(4), 'REFUND_REQUESTED');
    expect(
      aborted.actions.map((action) => (action.type === 'compensate' ? action.command.name : action.type)),
    ).toEqual(['fail', 'card.refund']);
    expect(aborted.state.toCompensate).toEqual(['book-room', 'send-itinerary', 'hold-seat']);
  });

  it('do nothing to a saga that already failed', () => {
    const failed = onStepFailed(tripSaga, runTrip(1), 'send-itinerary', 'SMTP_DOWN');
    const again = abortSaga(tripSaga, failed.state, 'CUSTOMER_CANCELLED');
    expect(again.actions).toEqual([]);
    expect(again.state.failureReason).toBe('SMTP_DOWN');
  });

  it('end failed at once when nothing has completed yet', () => {
    const { state } = startSaga(tripSaga, tripInput);
    const aborted = abortSaga(tripSaga, state, 'CUSTOMER_CANCELLED');
    expect(aborted.actions).toEqual([{ type: 'fail', reason: 'CUSTOMER_CANCELLED' }]);
    expect(aborted.state.status).toBe('failed');
  });
});

describe('effects settled outside the compensation path', () => {
  const saga = stockSaga;

  it('a step that absorbs an earlier one is the only one undone', () => {
    let { state } = startSaga(saga, tripInput);
    state = onStepSucceeded(saga, state, 'hold-stock', {}).state;
    state = onStepSucceeded(saga, state, 'commit-stock', {}).state;
    expect(state.steps['hold-stock']!.status).toBe('settled');
    const aborted = abortSaga(saga, state, 'CANCELLED');
    expect(
      aborted.actions.map((action) => (action.type === 'compensate' ? action.command.name : action.type)),
    ).toEqual(['fail', 'stock.restock']);
    const done = onCompensationSucceeded(saga, aborted.state, 'commit-stock');
    expect(done.actions).toEqual([]);
    expect(done.state.status).toBe('failed');
  });

  it('an effect undone elsewhere (an expired hold) is not compensated again', () => {
    let { state } = startSaga(saga, tripInput);
    state = onStepSucceeded(saga, state, 'hold-stock', {}).state;
    state = onStepUndone(saga, state, 'hold-stock').state;
    const failed = onStepFailed(saga, state, 'commit-stock', 'HOLD_EXPIRED');
    expect(failed.actions).toEqual([{ type: 'fail', reason: 'HOLD_EXPIRED' }]);
    expect(failed.state.status).toBe('failed');
  });

  it('an effect undone elsewhere while its compensation runs counts as compensated', () => {
    let { state } = startSaga(saga, tripInput);
    state = onStepSucceeded(saga, state, 'hold-stock', {}).state;
    const aborted = abortSaga(saga, state, 'CANCELLED');
    const commitFailed = onStepFailed(saga, aborted.state, 'commit-stock', 'NOT_HELD');
    expect(commitFailed.state.steps['hold-stock']!.status).toBe('compensating');
    const undone = onStepUndone(saga, commitFailed.state, 'hold-stock');
    expect(undone.state.steps['hold-stock']!.status).toBe('compensated');
    expect(undone.state.status).toBe('failed');
  });
});
