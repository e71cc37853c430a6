import { describe, expect, it } from 'vitest';
import { onCompensationSucceeded } from './compensation';
import { defineSaga } from './definition';
import { onStepFailed, onStepSucceeded, startSaga } from './saga-runner';
import type { SagaState } from './state';
import { runTrip, successReplies, tripInput, tripSaga, type TripInput } from './trip-saga.fixture';

describe('saga runner: forward path', () => {
  it('invokes the first step on start', () => {
    const { state, actions } = startSaga(tripSaga, tripInput);
    expect(actions).toEqual([
      { type: 'invoke', step: 'hold-seat', command: { name: 'seat.hold', payload: { tripId: 't-1' } } },
    ]);
    expect(state.status).toBe('running');
    expect(state.steps['hold-seat']!.status).toBe('running');
    expect(state.steps['book-room']!.status).toBe('pending');
  });

  it('walks every step in order, feeding outputs forward, then completes', () => {
    let { state } = startSaga(tripSaga, tripInput);
    const invoked: string[] = ['hold-seat'];
    let last;
    for (const step of tripSaga.steps) {
      last = onStepSucceeded(tripSaga, state, step.name, successReplies[step.name]);
      state = last.state;
      for (const action of last.actions) if (action.type === 'invoke') invoked.push(action.step);
    }
    expect(invoked).toEqual(['hold-seat', 'send-itinerary', 'book-room', 'charge-card']);
    expect(last!.actions).toEqual([
      {
        type: 'complete',
        outputs: {
          'hold-seat': { seat: '12A' },
          'send-itinerary': undefined,
          'book-room': { roomId: 'r-7' },
          'charge-card': { chargeId: 'ch-1' },
        },
      },
    ]);
    expect(state.status).toBe('completed');
  });

  it('passes earlier outputs to later steps', () => {
    const afterItinerary = runTrip(2);
    const { actions } = onStepSucceeded(tripSaga, runTrip(1), 'send-itinerary', {});
    expect(actions).toEqual([
      {
        type: 'invoke',
        step: 'book-room',
        command: { name: 'room.book', payload: { nights: 3, seat: '12A' } },
      },
    ]);
    expect(afterItinerary.steps['book-room']!.status).toBe('running');
  });

  it('keeps output and undo data apart in the state', () => {
    const state = runTrip(1);
    expect(state.steps['hold-seat']).toMatchObject({
      status: 'succeeded',
      output: { seat: '12A' },
      undo: { seat: '12A' },
    });
  });

  it('completes at once when there are no steps', () => {
    const { state, actions } = startSaga(defineSaga<TripInput, never>('empty', []), tripInput);
    expect(state.status).toBe('completed');
    expect(actions).toEqual([{ type: 'complete', outputs: {} }]);
  });

  it('never changes the state it was given', () => {
    const before = runTrip(1);
    const snapshot = structuredClone(before);
    onStepSucceeded(tripSaga, before, 'send-itinerary', {});
    onStepFailed(tripSaga, before, 'send-itinerary', 'SMTP_DOWN');
    expect(before).toEqual(snapshot);
  });

  it('survives a JSON round trip, the way it is persisted', () => {
    const stored = JSON.parse(JSON.stringify(runTrip(2))) as SagaState<TripInput>;
    const { actions } = onStepSucceeded(tripSaga, stored, 'book-room', { roomId: 'r-9' });
    expect(actions).toEqual([
      { type: 'invoke', step: 'charge-card', command: { name: 'card.charge', payload: { tripId: 't-1' } } },
    ]);
  });

  it('rejects a state of another saga and unknown step names', () => {
    const other = defineSaga<TripInput, never>('other', []);
    expect(() => onStepSucceeded(other, runTrip(1), 'hold-seat', {})).toThrow(/cannot be driven/);
    expect(() => onStepSucceeded(tripSaga, runTrip(1), 'fly-plane', {})).toThrow(/no step "fly-plane"/);
  });

  it('refuses a definition with duplicate names or a step absorbing a later one', () => {
    const [seat, , room] = tripSaga.steps;
    expect(() => defineSaga('dup', [seat!, seat!])).toThrow(/two steps named "hold-seat"/);
    expect(() => defineSaga('bad', [{ ...seat!, absorbs: [room!] }, room!])).toThrow(
      /does not run before it/,
    );
  });
});

describe('saga runner: failure at each step position', () => {
  const cases = [
    { failing: 'hold-seat', compensations: [] },
    { failing: 'send-itinerary', compensations: ['seat.release'] },
    { failing: 'book-room', compensations: ['seat.release'] },
    { failing: 'charge-card', compensations: ['room.cancel', 'seat.release'] },
  ];

  for (const { failing, compensations } of cases) {
    it(`failing ${failing} compensates the completed steps in reverse: [${compensations.join(', ')}]`, () => {
      const position = tripSaga.steps.findIndex((step) => step.name === failing);
      const failed = onStepFailed(tripSaga, runTrip(position), failing, 'NOPE');
      expect(failed.actions[0]).toEqual({ type: 'fail', reason: 'NOPE' });
      expect(failed.state.failureReason).toBe('NOPE');
      expect(failed.state.steps[failing]).toMatchObject({ status: 'failed', error: 'NOPE' });

      // Acknowledge each compensation as it is asked for; collect the order they were asked in.
      const performed: string[] = [];
      let transition = failed;
      for (;;) {
        const compensate = transition.actions.find((action) => action.type === 'compensate');
        if (!compensate || compensate.type !== 'compensate') break;
        performed.push(compensate.command.name);
        transition = onCompensationSucceeded(tripSaga, transition.state, compensate.step);
      }
      expect(performed).toEqual(compensations);
      expect(transition.state.status).toBe('failed');
    });
  }

  it('skips steps with nothing to undo without asking the caller', () => {
    const failed = onStepFailed(tripSaga, runTrip(2), 'book-room', 'FULL');
    expect(failed.state.steps['send-itinerary']!.status).toBe('compensated');
    expect(failed.actions.map((action) => action.type === 'compensate' && action.step)).toEqual([
      false,
      'hold-seat',
    ]);
    const done = onCompensationSucceeded(tripSaga, failed.state, 'hold-seat');
    expect(done.actions).toEqual([]);
    expect(done.state.status).toBe('failed');
  });
});
