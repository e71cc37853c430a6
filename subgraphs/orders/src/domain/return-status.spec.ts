import { describe, expect, it } from 'vitest';
import { canMoveReturn, orderStatusAfterReturns, RETURN_STATUSES } from './return-status';

describe('return statuses', () => {
  it('move requested → approved → received → settled, nothing else', () => {
    const allowed = RETURN_STATUSES.flatMap((from) =>
      RETURN_STATUSES.filter((to) => canMoveReturn(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'REQUESTED→APPROVED',
      'APPROVED→RECEIVED',
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
});
