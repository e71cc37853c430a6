import { describe, expect, it } from 'vitest';
import { canMoveReturn, orderStatusAfterReturns, RETURN_STATUSES } from './return-status';

describe('return statuses', () => {
  it('move requested → approved → received → settled, or end rejected/withdrawn before receipt', () => {
    const allowed = RETURN_STATUSES.flatMap((from) =>
      RETURN_STATUSES.filter((to) => canMoveReturn(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'REQUESTED→APPROVED',
      'REQUESTED→REJECTED',
      'REQUESTED→CANCELLED',
      'APPROVED→RECEIVED',
      'APPROVED→REJECTED',
      'APPROVED→CANCELLED',
      'RECEIVED→REFUNDED',
      'RECEIVED→RETURNED',
      'RECEIVED→REFUND_FAILED',
    ]);
  });

  it('settle the order only when no return is open, REFUNDED when any paid money back', () => {
    expect(orderStatusAfterReturns([{ status: 'REFUNDED' }, { status: 'APPROVED' }])).toBeNull();
    expect(orderStatusAfterReturns([{ status: 'REFUNDED' }, { status: 'RECEIVED' }])).toBeNull();
    expect(orderStatusAfterReturns([{ status: 'RETURNED' }, { status: 'REFUNDED' }])).toBe('REFUNDED');
    expect(orderStatusAfterReturns([{ status: 'RETURNED' }])).toBe('RETURNED');
    expect(orderStatusAfterReturns([{ status: 'REFUND_FAILED' }])).toBe('RETURNED');
  });

  it('ignore rejected and withdrawn returns: an order with no other return is DELIVERED again', () => {
    expect(orderStatusAfterReturns([{ status: 'REJECTED' }])).toBe('DELIVERED');
    expect(orderStatusAfterReturns([{ status: 'CANCELLED' }, { status: 'REJECTED' }])).toBe('DELIVERED');
    expect(orderStatusAfterReturns([{ status: 'REFUNDED' }, { status: 'CANCELLED' }])).toBe('REFUNDED');
    expect(orderStatusAfterReturns([{ status: 'RETURNED' }, { status: 'REJECTED' }])).toBe('RETURNED');
    expect(orderStatusAfterReturns([{ status: 'REJECTED' }, { status: 'REQUESTED' }])).toBeNull();
  });
});
