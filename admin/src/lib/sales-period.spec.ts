import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_DAYS, periodWindow, presetPeriod } from './sales-period';

const now = new Date('2026-03-15T17:30:00.000Z');

describe('presetPeriod', () => {
  it('ends today and picks the interval that suits the span', () => {
    expect(presetPeriod('LAST_7_DAYS', now)).toEqual({
      from: '2026-03-09',
      to: '2026-03-15',
      interval: 'DAY',
    });
    expect(presetPeriod('LAST_30_DAYS', now)).toEqual({
      from: '2026-02-14',
      to: '2026-03-15',
      interval: 'DAY',
    });
    expect(presetPeriod('LAST_12_WEEKS', now).interval).toBe('WEEK');
    expect(presetPeriod('LAST_12_MONTHS', now)).toEqual({
      from: '2025-04-01',
      to: '2026-03-15',
      interval: 'MONTH',
    });
  });
});

describe('periodWindow', () => {
  it('covers whole days, the last one included', () => {
    expect(periodWindow({ from: '2026-03-01', to: '2026-03-31', interval: 'WEEK' })).toEqual({
      ok: true,
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      interval: 'WEEK',
    });
  });

  it('refuses missing dates, a reversed period and one longer than the API answers for', () => {
    expect(periodWindow({ from: '', to: '2026-03-01', interval: 'DAY' }).ok).toBe(false);
    expect(periodWindow({ from: '2026-03-02', to: '2026-03-01', interval: 'DAY' })).toEqual({
      ok: false,
      message: 'The last day must not be before the first',
    });
    expect(periodWindow({ from: '2024-01-01', to: '2026-01-01', interval: 'MONTH' })).toEqual({
      ok: false,
      message: `Pick at most ${MAX_PERIOD_DAYS} days`,
    });
  });
});
