import { describe, expect, it } from 'vitest';
import { backoffDelayMs, shouldRetry, type RetryPolicy } from './retry-backoff';

const policy: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 300 };

describe('retry backoff', () => {
  it('doubles the wait after each failed try, within jitter bounds', () => {
    expect(backoffDelayMs(policy, 1, 0)).toBe(50);
    expect(backoffDelayMs(policy, 1, 0.999)).toBe(100);
    expect(backoffDelayMs(policy, 2, 0)).toBe(100);
    expect(backoffDelayMs(policy, 2, 0.5)).toBe(150);
  });

  it('caps the wait', () => {
    expect(backoffDelayMs(policy, 10, 0.999)).toBe(300);
    expect(backoffDelayMs(policy, 10, 0)).toBe(150);
  });

  it('retries until the attempts are used up', () => {
    expect([1, 2, 3, 4].map((attempt) => shouldRetry(policy, attempt))).toEqual([true, true, true, false]);
    expect(shouldRetry({ ...policy, attempts: 1 }, 1)).toBe(false);
  });
});
