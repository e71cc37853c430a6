import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canTransition,
  IllegalTransitionError,
  isOrderStatus,
  nextStatuses,
  ORDER_STATUSES,
  type OrderStatus,
} from './order-status';

describe('order state machine', () => {
  const legal: [OrderStatus, OrderStatus][] = [
    ['PENDING', 'PAYMENT_FAILED'],
    ['PENDING', 'CONFIRMED'],
    ['PENDING', 'CANCELLED'],
    ['PAYMENT_FAILED', 'PENDING'],
    ['PAYMENT_FAILED', 'CANCELLED'],
    ['CONFIRMED', 'SHIPPED'],
    ['CONFIRMED', 'CANCELLED'],
    ['SHIPPED', 'DELIVERED'],
    ['SHIPPED', 'CANCELLED'],
    ['DELIVERED', 'RETURN_REQUESTED'],
    ['RETURN_REQUESTED', 'DELIVERED'],
    ['RETURN_REQUESTED', 'RETURNED'],
    ['RETURN_REQUESTED', 'REFUNDED'],
    ['RETURNED', 'RETURN_REQUESTED'],
    ['RETURNED', 'REFUNDED'],
    ['REFUNDED', 'RETURN_REQUESTED'],
  ];

  it('allows exactly the documented transitions', () => {
    const allowed = ORDER_STATUSES.flatMap((from) =>
      ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => [from, to]),
    );
    expect(allowed).toEqual(legal);
  });

  it('rejects illegal transitions with a readable error', () => {
    expect(() => assertTransition('DELIVERED', 'CANCELLED')).toThrow(IllegalTransitionError);
    expect(() => assertTransition('CANCELLED', 'CONFIRMED')).toThrow(
      'An order cannot go from CANCELLED to CONFIRMED',
    );
    expect(() => assertTransition('PENDING', 'SHIPPED')).toThrow(IllegalTransitionError);
    expect(() => assertTransition('PENDING', 'PENDING')).toThrow(IllegalTransitionError);
    expect(() => assertTransition('PENDING', 'CONFIRMED')).not.toThrow();
  });

  it('lets a declined payment be retried or given up, but never skip to confirmed', () => {
    expect(nextStatuses('PAYMENT_FAILED')).toEqual(['PENDING', 'CANCELLED']);
    expect(() => assertTransition('PAYMENT_FAILED', 'CONFIRMED')).toThrow(IllegalTransitionError);
    expect(() => assertTransition('CONFIRMED', 'PAYMENT_FAILED')).toThrow(IllegalTransitionError);
  });

  it('has a final state with no way out, and lets a returned order take a further return', () => {
    expect(nextStatuses('CANCELLED')).toEqual([]);
    expect(nextStatuses('REFUNDED')).toEqual(['RETURN_REQUESTED']);
  });

  it('recognises status names', () => {
    expect(isOrderStatus('SHIPPED')).toBe(true);
    expect(isOrderStatus('shipped')).toBe(false);
    expect(isOrderStatus(3)).toBe(false);
  });
});
