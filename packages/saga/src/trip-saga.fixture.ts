import { defineSaga } from './definition';
import { onStepSucceeded, startSaga } from './saga-runner';
import type { SagaState } from './state';
import { defineStep, stepResponse } from './step';

/** A small saga used by the specs: three steps with undo data, one that never needs undoing. */
export interface TripInput {
  tripId: string;
  nights: number;
}

export interface TripCommand {
  name: string;
  payload: Record<string, unknown>;
}

export const holdSeat = defineStep({
  name: 'hold-seat',
  description: 'Holds a seat on the flight.',
  invoke: ({ input }: { input: TripInput }): TripCommand => ({
    name: 'seat.hold',
    payload: { tripId: input.tripId },
  }),
  result: (reply: { seat: string }) => stepResponse({ seat: reply.seat }, { seat: reply.seat }),
  compensate: (undo: { seat: string }): TripCommand => ({
    name: 'seat.release',
    payload: { seat: undo.seat },
  }),
});

export const sendItinerary = defineStep({
  name: 'send-itinerary',
  description: 'Emails the itinerary; an email cannot be unsent.',
  invoke: ({ input }: { input: TripInput }): TripCommand => ({
    name: 'itinerary.send',
    payload: { tripId: input.tripId },
  }),
  result: () => stepResponse(undefined, undefined),
  compensate: (): TripCommand | null => null,
});

export const bookRoom = defineStep({
  name: 'book-room',
  description: 'Books the hotel room for the nights of the trip, next to the held seat.',
  invoke: ({
    input,
    outputs,
  }: {
    input: TripInput;
    outputs: Readonly<Record<string, unknown>>;
  }): TripCommand => ({
    name: 'room.book',
    payload: { nights: input.nights, seat: (outputs['hold-seat'] as { seat: string }).seat },
  }),
  result: (reply: { roomId: string }) => stepResponse({ roomId: reply.roomId }, { roomId: reply.roomId }),
  compensate: (undo: { roomId: string }): TripCommand => ({
    name: 'room.cancel',
    payload: { roomId: undo.roomId },
  }),
});

export const chargeCard = defineStep({
  name: 'charge-card',
  description: 'Charges the card for the whole trip.',
  invoke: ({ input }: { input: TripInput }): TripCommand => ({
    name: 'card.charge',
    payload: { tripId: input.tripId },
  }),
  result: (reply: { chargeId: string }) =>
    stepResponse({ chargeId: reply.chargeId }, { chargeId: reply.chargeId }),
  compensate: (undo: { chargeId: string }): TripCommand => ({
    name: 'card.refund',
    payload: { chargeId: undo.chargeId },
  }),
});

export const tripSaga = defineSaga<TripInput, TripCommand>('trip', [
  holdSeat,
  sendItinerary,
  bookRoom,
  chargeCard,
]);

/** Replies that make each step succeed. */
export const successReplies: Record<string, unknown> = {
  'hold-seat': { seat: '12A' },
  'send-itinerary': {},
  'book-room': { roomId: 'r-7' },
  'charge-card': { chargeId: 'ch-1' },
};

/**
 * Stock held, then committed: the commit absorbs the hold, because a committed sale is undone by a restock,
 * never by releasing a hold that no longer exists.
 */
export const holdStock = defineStep({
  name: 'hold-stock',
  description: 'Holds stock.',
  invoke: (): TripCommand => ({ name: 'stock.hold', payload: {} }),
  result: () => stepResponse(undefined, { hold: 'h-1' }),
  compensate: (undo: { hold: string }): TripCommand => ({ name: 'stock.release', payload: undo }),
});

export const commitStock = defineStep({
  name: 'commit-stock',
  description: 'Turns the hold into a sale.',
  absorbs: [holdStock],
  invoke: (): TripCommand => ({ name: 'stock.commit', payload: {} }),
  result: () => stepResponse(undefined, { sale: 's-1' }),
  compensate: (undo: { sale: string }): TripCommand => ({ name: 'stock.restock', payload: undo }),
});

export const stockSaga = defineSaga<TripInput, TripCommand>('stock', [holdStock, commitStock]);

export const tripInput: TripInput = { tripId: 't-1', nights: 3 };

/** The trip saga after its first `stepCount` steps succeeded. */
export function runTrip(stepCount: number): SagaState<TripInput> {
  let { state } = startSaga(tripSaga, tripInput);
  for (const step of tripSaga.steps.slice(0, stepCount)) {
    state = onStepSucceeded(tripSaga, state, step.name, successReplies[step.name]).state;
  }
  return state;
}
