/**
 * Pure decisions about an order's reservations: which lines to hold, commit, release, expire or put back.
 * The services apply these plans inside one transaction while the order's lock is held.
 */

export interface OrderLine {
  variantId: string;
  quantity: number;
}

export type ReservationState = 'ACTIVE' | 'COMMITTED' | 'RELEASED' | 'EXPIRED';

export interface ReservationRecord {
  id: string;
  variantId: string;
  quantity: number;
  restockedQuantity: number;
  status: ReservationState;
  expiresAt: Date;
}

/** A command that can never succeed however often it is retried (a sender bug, not a stock problem). */
export class InvalidCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCommandError';
  }
}

/** Larger quantities are a sender bug; also keeps sums far from the 32-bit integer columns' limit. */
export const MAX_LINE_QUANTITY = 100_000;
/** Holding stock for longer than this is a sender bug. */
export const MAX_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Merges repeated variants into one line and sorts by variant id, the order every writer locks rows in. */
export function normalizeLines(lines: readonly OrderLine[]): OrderLine[] {
  if (lines.length === 0) throw new InvalidCommandError('An order needs at least one line');
  const merged = new Map<string, number>();
  for (const line of lines) {
    if (typeof line.variantId !== 'string' || line.variantId.trim() === '') {
      throw new InvalidCommandError('Every line needs a variantId');
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY) {
      throw new InvalidCommandError(
        `Quantity of ${line.variantId} must be an integer from 1 to ${MAX_LINE_QUANTITY}; got ${line.quantity}`,
      );
    }
    merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  }
  return [...merged.entries()]
    .map(([variantId, quantity]) => ({ variantId, quantity }))
    .sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
}

export function expiresAtFor(now: Date, ttlSeconds: number): Date {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > MAX_TTL_SECONDS) {
    throw new InvalidCommandError(`ttlSeconds must be between 1 and ${MAX_TTL_SECONDS}; got ${ttlSeconds}`);
  }
  return new Date(now.getTime() + ttlSeconds * 1000);
}

const HELD: readonly ReservationState[] = ['ACTIVE', 'COMMITTED'];

/**
 * Lines still to hold for an order. Lines already held or committed are skipped, so a re-delivered reserve
 * command reserves nothing twice; lines whose hold ended (released, expired) are held afresh.
 */
export function planReservation(
  existing: readonly ReservationRecord[],
  lines: readonly OrderLine[],
): OrderLine[] {
  const held = new Set(existing.filter((r) => HELD.includes(r.status)).map((r) => r.variantId));
  return lines.filter((line) => !held.has(line.variantId));
}

export type CommitPlan =
  | { kind: 'commit'; reservations: ReservationRecord[] }
  | { kind: 'already-committed' }
  | { kind: 'not-reserved'; reason: string };

/**
 * An order commits all its held lines or none: committing only the lines still held after others expired
 * would ship a partial order nobody agreed to.
 */
export function planCommit(reservations: readonly ReservationRecord[]): CommitPlan {
  if (reservations.length === 0) return { kind: 'not-reserved', reason: 'the order has no reservation' };
  const ended = reservations.filter((r) => !HELD.includes(r.status));
  if (ended.length > 0) {
    const states = [...new Set(ended.map((r) => r.status))].join(', ');
    return { kind: 'not-reserved', reason: `the order's reservation is no longer held (${states})` };
  }
  const active = reservations.filter((r) => r.status === 'ACTIVE');
  return active.length === 0 ? { kind: 'already-committed' } : { kind: 'commit', reservations: active };
}

/** Releasing lets go of whatever is still held; nothing held means nothing to do. */
export function planRelease(reservations: readonly ReservationRecord[]): ReservationRecord[] {
  return reservations.filter((r) => r.status === 'ACTIVE');
}

/**
 * Expiry releases an order's held lines once their deadline has passed. A hold is kept until the sweeper
 * takes it, so a commit that arrives a moment after `expiresAt` but before the sweep still succeeds.
 */
export function planExpiry(reservations: readonly ReservationRecord[], now: Date): ReservationRecord[] {
  return reservations.filter((r) => r.status === 'ACTIVE' && r.expiresAt.getTime() <= now.getTime());
}

export interface RestockStep {
  reservation: ReservationRecord;
  quantity: number;
}

/**
 * Puts back at most what the order committed per variant, minus what earlier restocks already returned: a
 * repeated restock for the same order changes nothing, and two partial returns add up to at most the order.
 */
export function planRestock(
  reservations: readonly ReservationRecord[],
  lines: readonly OrderLine[],
): RestockStep[] {
  const committed = new Map(
    reservations.filter((r) => r.status === 'COMMITTED').map((r) => [r.variantId, r]),
  );
  const steps: RestockStep[] = [];
  for (const line of lines) {
    const reservation = committed.get(line.variantId);
    if (!reservation) continue;
    const quantity = Math.min(line.quantity, reservation.quantity - reservation.restockedQuantity);
    if (quantity > 0) steps.push({ reservation, quantity });
  }
  return steps;
}
