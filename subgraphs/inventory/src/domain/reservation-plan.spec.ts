import { describe, expect, it } from 'vitest';
import {
  expiresAtFor,
  InvalidCommandError,
  normalizeLines,
  planCommit,
  planExpiry,
  planRelease,
  planReservation,
  planRestock,
  type ReservationRecord,
  type ReservationState,
} from './reservation-plan';

const deadline = new Date('2026-01-01T12:00:00Z');
const reservation = (
  variantId: string,
  status: ReservationState,
  quantity = 2,
  restockedQuantity = 0,
): ReservationRecord => ({
  id: `r-${variantId}`,
  variantId,
  quantity,
  restockedQuantity,
  status,
  expiresAt: deadline,
});

describe('order lines', () => {
  it('merges repeated variants and sorts by variant id', () => {
    expect(
      normalizeLines([
        { variantId: 'b', quantity: 1 },
        { variantId: 'a', quantity: 2 },
        { variantId: 'b', quantity: 3 },
      ]),
    ).toEqual([
      { variantId: 'a', quantity: 2 },
      { variantId: 'b', quantity: 4 },
    ]);
  });

  it('rejects empty orders and quantities that are not positive integers', () => {
    expect(() => normalizeLines([])).toThrow(InvalidCommandError);
    expect(() => normalizeLines([{ variantId: 'a', quantity: 0 }])).toThrow(/Quantity of a/);
    expect(() => normalizeLines([{ variantId: 'a', quantity: 1.5 }])).toThrow(InvalidCommandError);
    expect(() => normalizeLines([{ variantId: ' ', quantity: 1 }])).toThrow(/variantId/);
  });

  it('holds stock for the given time and refuses a deadline that is no deadline', () => {
    expect(expiresAtFor(deadline, 900).toISOString()).toBe('2026-01-01T12:15:00.000Z');
    expect(() => expiresAtFor(deadline, 0)).toThrow(/ttlSeconds/);
    expect(() => expiresAtFor(deadline, Number.NaN)).toThrow(InvalidCommandError);
  });
});

describe('reservation plan', () => {
  const lines = [
    { variantId: 'a', quantity: 2 },
    { variantId: 'b', quantity: 1 },
  ];

  it('holds every line of a new order', () => {
    expect(planReservation([], lines)).toEqual(lines);
  });

  it('holds nothing twice for an order already held or committed', () => {
    expect(planReservation([reservation('a', 'ACTIVE'), reservation('b', 'COMMITTED')], lines)).toEqual([]);
  });

  it('holds again the lines whose earlier hold ended', () => {
    expect(planReservation([reservation('a', 'EXPIRED'), reservation('b', 'ACTIVE')], lines)).toEqual([
      { variantId: 'a', quantity: 2 },
    ]);
  });
});

describe('commit plan', () => {
  it('commits every held line', () => {
    const held = [reservation('a', 'ACTIVE'), reservation('b', 'ACTIVE')];
    expect(planCommit(held)).toEqual({ kind: 'commit', reservations: held });
  });

  it('is already done when everything is committed', () => {
    expect(planCommit([reservation('a', 'COMMITTED')])).toEqual({ kind: 'already-committed' });
  });

  it('refuses an order with nothing reserved or a hold that ended', () => {
    expect(planCommit([])).toMatchObject({ kind: 'not-reserved' });
    expect(planCommit([reservation('a', 'EXPIRED')])).toMatchObject({
      kind: 'not-reserved',
      reason: expect.stringContaining('EXPIRED'),
    });
    expect(planCommit([reservation('a', 'ACTIVE'), reservation('b', 'RELEASED')])).toMatchObject({
      kind: 'not-reserved',
    });
  });
});

describe('release and expiry plans', () => {
  it('releases only what is still held', () => {
    const held = reservation('a', 'ACTIVE');
    expect(planRelease([held, reservation('b', 'COMMITTED'), reservation('c', 'EXPIRED')])).toEqual([held]);
    expect(planRelease([])).toEqual([]);
  });

  it('expires held lines once their deadline has passed', () => {
    const held = reservation('a', 'ACTIVE');
    expect(planExpiry([held], new Date(deadline.getTime() - 1))).toEqual([]);
    expect(planExpiry([held], deadline)).toEqual([held]);
    expect(planExpiry([reservation('b', 'COMMITTED')], new Date(deadline.getTime() + 1000))).toEqual([]);
  });
});

describe('restock plan', () => {
  it('puts back committed units, capped by what is left to return', () => {
    const committed = reservation('a', 'COMMITTED', 5, 3);
    expect(planRestock([committed], [{ variantId: 'a', quantity: 4 }])).toEqual([
      { reservation: committed, quantity: 2 },
    ]);
  });

  it('ignores variants the order never committed and ones fully returned', () => {
    const reservations = [reservation('a', 'COMMITTED', 2, 2), reservation('b', 'RELEASED')];
    expect(
      planRestock(reservations, [
        { variantId: 'a', quantity: 1 },
        { variantId: 'b', quantity: 1 },
        { variantId: 'c', quantity: 1 },
      ]),
    ).toEqual([]);
  });
});
