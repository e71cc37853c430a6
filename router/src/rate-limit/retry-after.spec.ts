import { describe, expect, it } from 'vitest';
import { retryAfterSeconds, weightedSpend } from './retry-after';

const base = { limit: 100, windowMs: 60_000, cost: 10 };

describe('sliding window arithmetic', () => {
  it('weights the previous window by its remaining overlap', () => {
    expect(weightedSpend({ windowMs: 60_000, previous: 80, current: 20, elapsedMs: 15_000 })).toBe(80);
    expect(weightedSpend({ windowMs: 60_000, previous: 80, current: 20, elapsedMs: 0 })).toBe(100);
  });

  it('waits for the previous window to fade when the current one has room', () => {
    // spend = 100 * 30 / 60 + 45 = 95; 10 more fits once the previous part fades to 45, i.e. after 3 s
    expect(retryAfterSeconds({ ...base, previous: 100, current: 45, elapsedMs: 30_000 })).toBe(3);
  });

  it('waits past the rollover when the current window alone is full', () => {
    // after 30 s the window rolls; then 95 * (60 - s) / 60 + 10 <= 100 needs s >= ~3.2 s
    expect(retryAfterSeconds({ ...base, previous: 0, current: 95, elapsedMs: 30_000 })).toBe(34);
  });

  it('never answers less than one second', () => {
    expect(retryAfterSeconds({ ...base, previous: 10, current: 0, elapsedMs: 59_999 })).toBe(1);
  });

  it('answers a whole window for a cost above the limit', () => {
    expect(retryAfterSeconds({ ...base, cost: 500, previous: 0, current: 0, elapsedMs: 0 })).toBe(60);
  });
});
