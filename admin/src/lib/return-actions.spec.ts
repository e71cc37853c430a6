import { describe, expect, it } from 'vitest';
import { returnActions, returnStatusLabel } from './return-actions';

describe('return actions', () => {
  it('follows the return through review', () => {
    expect(returnActions('REQUESTED')).toEqual(['approve', 'reject']);
    expect(returnActions('APPROVED')).toEqual(['receive', 'reject']);
    expect(returnActions('RECEIVED')).toEqual([]);
    expect(returnActions('REJECTED')).toEqual([]);
  });

  it('words statuses', () => {
    expect(returnStatusLabel('REFUND_FAILED')).toBe('Refund failed');
    expect(returnStatusLabel('CANCELLED')).toBe('Withdrawn');
    expect(returnStatusLabel('LATER')).toBe('LATER');
  });
});
