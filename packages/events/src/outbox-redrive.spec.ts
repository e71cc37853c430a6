import { describe, expect, it } from 'vitest';
import { DEFAULT_REDRIVE_WINDOW_MS, queuesMarkerKey, resolveRedriveWindowMs } from './outbox-redrive';

describe('resolveRedriveWindowMs', () => {
  it('takes the explicit window, then OUTBOX_REDRIVE_WINDOW_HOURS, then a day', () => {
    expect(resolveRedriveWindowMs(5_000, { OUTBOX_REDRIVE_WINDOW_HOURS: '2' })).toBe(5_000);
    expect(resolveRedriveWindowMs(undefined, { OUTBOX_REDRIVE_WINDOW_HOURS: '2' })).toBe(2 * 3_600_000);
    expect(resolveRedriveWindowMs(undefined, { OUTBOX_REDRIVE_WINDOW_HOURS: '0.5' })).toBe(1_800_000);
    expect(resolveRedriveWindowMs(undefined, {})).toBe(DEFAULT_REDRIVE_WINDOW_MS);
    expect(DEFAULT_REDRIVE_WINDOW_MS).toBe(24 * 3_600_000);
  });

  it('rejects a window that is not a non-negative number, naming the setting', () => {
    expect(() => resolveRedriveWindowMs(undefined, { OUTBOX_REDRIVE_WINDOW_HOURS: 'a day' })).toThrow(
      /OUTBOX_REDRIVE_WINDOW_HOURS/,
    );
    expect(() => resolveRedriveWindowMs(undefined, { OUTBOX_REDRIVE_WINDOW_HOURS: '-1' })).toThrow(
      /OUTBOX_REDRIVE_WINDOW_HOURS/,
    );
    expect(() => resolveRedriveWindowMs(-1, {})).toThrow(/redriveWindowMs/);
  });
});

describe('queuesMarkerKey', () => {
  it('lives under the queue prefix, one per service outbox', () => {
    expect(queuesMarkerKey('bull', 'orders')).toBe('bull:outbox-relay:orders');
  });
});
