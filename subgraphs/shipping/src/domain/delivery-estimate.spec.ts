import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './delivery-estimate';

describe('addBusinessDays', () => {
  // 2026-11-23 is a Monday.
  it.each([
    ['2026-11-23T10:00:00Z', 0, '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T10:00:00Z', 1, '2026-11-24T10:00:00.000Z'],
    ['2026-11-23T10:00:00Z', 4, '2026-11-27T10:00:00.000Z'],
    ['2026-11-23T10:00:00Z', 5, '2026-11-30T10:00:00.000Z'],
    ['2026-11-27T18:00:00Z', 1, '2026-11-30T18:00:00.000Z'],
    ['2026-11-28T09:00:00Z', 1, '2026-11-30T09:00:00.000Z'],
    ['2026-11-29T09:00:00Z', 2, '2026-12-01T09:00:00.000Z'],
    ['2026-11-23T10:00:00Z', 10, '2026-12-07T10:00:00.000Z'],
  ])('%s + %i business days = %s', (start, days, expected) => {
    expect(addBusinessDays(new Date(start), days).toISOString()).toBe(expected);
  });
});
