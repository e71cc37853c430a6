import { describe, expect, it } from 'vitest';
import { abortSaga, onCompensationSucceeded } from './compensation';
import { defineSaga } from './definition';
import { awaitedAnswers, deadlineOf, onDeadlinePassed, waitingSince } from './deadline';
import { resolveDeadline } from './deadline-policy';
import { onStepHeld, retryStep } from './retry';
import { onStepFailed, onStepSucceeded, startSaga } from './saga-runner';
import type { SagaAction } from './state';
import { defineStep, stepResponse } from './step';
import {
  bookRoom,
  holdSeat,
  runTrip,
  tripInput,
  tripSaga,
  type TripCommand,
  type TripInput,
} from './trip-saga.fixture';

const sent = (actions: SagaAction<TripCommand>[]) =>
  actions.map((action) =>
    action.type === 'invoke' || action.type === 'compensate'
      ? `${action.type} ${action.command.name}${action.type === 'compensate' || action.attempt ? ` #${action.attempt}` : ''}`
      : action.type,
  );

const t0 = new Date('2026-12-06T12:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

const patientCard = defineStep({
  name: 'charge-card',
  description: 'Charges the card; a decline waits ten minutes for another card.',
  deadline: { replyWithinMs: 5_000, attempts: 2, heldForMs: 600_000, lapseReason: 'CARD_NOT_REPLACED' },
  invoke: ({ input }: { input: TripInput }): TripCommand => ({ name: 'card.charge', payload: { ...input } }),
  result: (reply: { chargeId: string }) => stepResponse(reply, reply),
  compensate: (undo: { chargeId: string }): TripCommand => ({ name: 'card.refund', payload: undo }),
});
const patientTrip = defineSaga<TripInput, TripCommand>('patient-trip', [holdSeat, bookRoom, patientCard]);
const seatAndRoom = () => {
  let { state } = startSaga(patientTrip, tripInput);
  state = onStepSucceeded(patientTrip, state, 'hold-seat', { seat: '1A' }).state;
  return onStepSucceeded(patientTrip, state, 'book-room', { roomId: 'r-1' }).state;
};

describe('step deadlines', () => {
  it('come from the step, then the policy for every step, then the policy for that step', () => {
    expect(resolveDeadline(holdSeat)).toEqual({
      replyWithinMs: 60_000,
      attempts: 3,
      timeoutReason: 'STEP_TIMED_OUT',
      heldForMs: null,
      lapseReason: 'HOLD_EXPIRED',
    });
    expect(resolveDeadline(patientCard)).toMatchObject({ replyWithinMs: 5_000, attempts: 2 });
    const policy = { every: { replyWithinMs: 100 }, steps: { 'charge-card': { heldForMs: 50 } } };
    expect(resolveDeadline(patientCard, policy)).toMatchObject({ replyWithinMs: 100, heldForMs: 50 });
    expect(() => resolveDeadline(holdSeat, { every: { attempts: 0 } })).toThrow(/at least once/);
  });

  it('start when a step is invoked and stay put while the saga waits for the same answer', () => {
    const started = startSaga(tripSaga, tripInput);
    const since = waitingSince(null, started.state, t0, null);
    expect(since).toEqual(t0);
    expect(deadlineOf(tripSaga, started.state, since, undefined)).toEqual(at(60_000));
    // A duplicate reply changes nothing, so the wait (and its deadline) is not pushed back.
    const duplicate = onStepSucceeded(tripSaga, started.state, 'book-room', {});
    expect(waitingSince(started.state, duplicate.state, at(30_000), since)).toEqual(t0);
    const next = onStepSucceeded(tripSaga, started.state, 'hold-seat', { seat: '1A' });
    expect(waitingSince(started.state, next.state, at(30_000), since)).toEqual(at(30_000));
    expect(waitingSince(runTrip(3), runTrip(4), at(1), since)).toBeNull();
    expect(deadlineOf(tripSaga, runTrip(4), t0)).toBeNull();
    expect(deadlineOf(tripSaga, started.state, t0, { every: { replyWithinMs: 10 } })).toEqual(at(10));
  });

  it('resend the awaited command, counting attempts, then give up and compensate with the timeout reason', () => {
    const waiting = seatAndRoom();
    expect(awaitedAnswers(patientTrip, waiting)).toEqual([
      { kind: 'reply', step: 'charge-card', attempt: 1, withinMs: 5_000 },
    ]);
    const resent = onDeadlinePassed(patientTrip, waiting);
    expect(sent(resent.actions)).toEqual(['invoke card.charge #2']);
    expect(resent.outcomes).toEqual([{ step: 'charge-card', kind: 'resent', phase: 'reply', attempt: 2 }]);
    const resentAt = waitingSince(waiting, resent.state, at(5_000), t0);
    expect(deadlineOf(patientTrip, resent.state, resentAt)).toEqual(at(10_000));

    const gaveUp = onDeadlinePassed(patientTrip, resent.state);
    expect(gaveUp.outcomes).toEqual([{ step: 'charge-card', kind: 'gave-up', phase: 'reply', attempt: 2 }]);
    expect(sent(gaveUp.actions)).toEqual(['fail', 'compensate room.cancel #1']);
    expect(gaveUp.actions[0]).toEqual({ type: 'fail', reason: 'STEP_TIMED_OUT' });
    expect(gaveUp.state.steps['charge-card']).toMatchObject({ status: 'timed-out', error: 'STEP_TIMED_OUT' });
  });

  it('apply a reply that arrives after a resend once, and ignore the second copy', () => {
    const resent = onDeadlinePassed(patientTrip, seatAndRoom());
    const answered = onStepSucceeded(patientTrip, resent.state, 'charge-card', { chargeId: 'ch-1' });
    expect(answered.state.status).toBe('completed');
    expect(onStepSucceeded(patientTrip, answered.state, 'charge-card', { chargeId: 'ch-1' }).actions).toEqual(
      [],
    );
    expect(onDeadlinePassed(patientTrip, answered.state).actions).toEqual([]);
  });

  it('undo a success that arrives after the saga gave up on the step; a late failure changes nothing', () => {
    const gaveUp = onDeadlinePassed(patientTrip, onDeadlinePassed(patientTrip, seatAndRoom()).state);
    const roomCancelled = onCompensationSucceeded(patientTrip, gaveUp.state, 'book-room');
    expect(onStepFailed(patientTrip, roomCancelled.state, 'charge-card', 'DECLINED').actions).toEqual([]);
    expect(sent(roomCancelled.actions)).toEqual(['compensate seat.release #1']);
    const late = onStepSucceeded(patientTrip, roomCancelled.state, 'charge-card', { chargeId: 'ch-9' });
    // One undo at a time: the charge is refunded once the seat's release is acknowledged.
    expect(late.actions).toEqual([]);
    const seatReleased = onCompensationSucceeded(patientTrip, late.state, 'hold-seat');
    expect(sent(seatReleased.actions)).toEqual(['compensate card.refund #1']);
    expect(seatReleased.state.failureReason).toBe('STEP_TIMED_OUT');
    const refunded = onCompensationSucceeded(patientTrip, seatReleased.state, 'charge-card');
    expect(refunded.state.status).toBe('failed');
  });

  it('ask for an undo again every time, never abandoning it', () => {
    let state = onStepFailed(tripSaga, runTrip(1), 'send-itinerary', 'BOUNCED').state;
    for (const attempt of [2, 3, 4, 5]) {
      const again = onDeadlinePassed(tripSaga, state);
      expect(sent(again.actions)).toEqual([`compensate seat.release #${attempt}`]);
      state = again.state;
    }
    expect(onCompensationSucceeded(tripSaga, state, 'hold-seat').state.status).toBe('failed');
  });

  it('resend a step that was in flight when the saga was aborted, so its late outcome can be undone', () => {
    const aborted = abortSaga(tripSaga, runTrip(2), 'CANCELLED');
    expect(awaitedAnswers(tripSaga, aborted.state).map((answer) => answer.kind)).toEqual([
      'compensation',
      'reply',
    ]);
    expect(sent(onDeadlinePassed(tripSaga, aborted.state).actions)).toEqual([
      'compensate seat.release #2',
      'invoke room.book #2',
    ]);
  });

  it('let a hold lapse into a failure with the lapse reason; a retry in time starts a new deadline', () => {
    const held = onStepHeld(patientTrip, seatAndRoom(), 'charge-card', 'DECLINED').state;
    expect(awaitedAnswers(patientTrip, held)).toEqual([
      { kind: 'retry', step: 'charge-card', withinMs: 600_000 },
    ]);
    expect(deadlineOf(patientTrip, held, waitingSince(seatAndRoom(), held, t0, at(-1)))).toEqual(at(600_000));

    const lapsed = onDeadlinePassed(patientTrip, held);
    expect(lapsed.outcomes).toEqual([{ step: 'charge-card', kind: 'lapsed', phase: 'retry', attempt: 0 }]);
    expect(sent(lapsed.actions)).toEqual(['fail', 'compensate room.cancel #1']);
    expect(lapsed.state.failureReason).toBe('CARD_NOT_REPLACED');
    expect(retryStep(patientTrip, lapsed.state, 'charge-card').actions).toEqual([]);

    const retried = retryStep(patientTrip, held, 'charge-card');
    expect(retried.state.steps['charge-card']!.attempts).toBe(1);
    const retriedAt = waitingSince(held, retried.state, at(60_000), t0);
    expect(deadlineOf(patientTrip, retried.state, retriedAt)).toEqual(at(65_000));
  });

  it('never lapse a hold the step does not bound', () => {
    const held = onStepHeld(tripSaga, runTrip(3), 'charge-card', 'DECLINED').state;
    expect(awaitedAnswers(tripSaga, held)).toEqual([]);
    expect(deadlineOf(tripSaga, held, waitingSince(runTrip(3), held, t0, t0))).toBeNull();
    expect(onDeadlinePassed(tripSaga, held).actions).toEqual([]);
  });
});
