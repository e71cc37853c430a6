import { describe, expect, it } from 'vitest';
import { deadLetterId, retryJobId } from './dead-letters';

describe('dead letter ids', () => {
  it('names one dead letter per queue and job, avoiding the colon BullMQ reserves', () => {
    expect(deadLetterId('events.orders', 'abc')).toBe('events.orders/abc');
    expect(deadLetterId('commands.inventory', 'a:b')).toBe('commands.inventory/a_b');
  });

  it('derives retry job ids from the original id without stacking suffixes', () => {
    expect(retryJobId('abc', 1000)).toBe('abc-retry-1000');
    expect(retryJobId('abc-retry-1000', 2000)).toBe('abc-retry-2000');
    expect(retryJobId('abc', 1000)).toBe(retryJobId('abc', 1000));
  });
});
