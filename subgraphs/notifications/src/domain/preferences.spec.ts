import { describe, expect, it } from 'vitest';
import {
  allowedChannels,
  channelAllowed,
  effectivePreferences,
  validatePreferenceChanges,
  type StoredPreference,
} from './preferences';

const find = (prefs: ReturnType<typeof effectivePreferences>, category: string, channel: string) =>
  prefs.find((entry) => entry.category === category && entry.channel === channel);

describe('notification preferences', () => {
  it('shows customers every category but the staff ones, with defaults', () => {
    const prefs = effectivePreferences([], false);
    expect(new Set(prefs.map((entry) => entry.category))).toEqual(
      new Set(['ACCOUNT', 'ORDER_UPDATES', 'SHIPPING', 'PAYMENTS', 'MARKETING']),
    );
    expect(find(prefs, 'ORDER_UPDATES', 'EMAIL')).toEqual({
      category: 'ORDER_UPDATES',
      channel: 'EMAIL',
      enabled: true,
      required: false,
    });
    expect(find(prefs, 'MARKETING', 'EMAIL')?.enabled).toBe(false);
    expect(find(prefs, 'ORDER_UPDATES', 'SMS')?.enabled).toBe(false);
    expect(find(prefs, 'SHIPPING', 'SMS')?.enabled).toBe(true);
    expect(find(prefs, 'ACCOUNT', 'EMAIL')).toMatchObject({ enabled: true, required: true });
  });

  it('shows staff their admin alerts too', () => {
    expect(find(effectivePreferences([], true), 'ADMIN_ALERTS', 'IN_APP')?.enabled).toBe(true);
  });

  it('applies stored choices over the defaults, but never turns a required channel off', () => {
    const stored: StoredPreference[] = [
      { category: 'ORDER_UPDATES', channel: 'EMAIL', enabled: false },
      { category: 'MARKETING', channel: 'EMAIL', enabled: true },
      { category: 'ACCOUNT', channel: 'EMAIL', enabled: false },
    ];
    const prefs = effectivePreferences(stored, false);
    expect(find(prefs, 'ORDER_UPDATES', 'EMAIL')?.enabled).toBe(false);
    expect(find(prefs, 'MARKETING', 'EMAIL')?.enabled).toBe(true);
    expect(find(prefs, 'ACCOUNT', 'EMAIL')?.enabled).toBe(true);
    expect(channelAllowed(stored, 'ACCOUNT', 'EMAIL')).toBe(true);
    expect(channelAllowed(stored, 'ORDER_UPDATES', 'EMAIL')).toBe(false);
    expect(channelAllowed(stored, 'ORDER_UPDATES', 'IN_APP')).toBe(true);
  });

  it('keeps only the channels a recipient allows', () => {
    const stored: StoredPreference[] = [{ category: 'SHIPPING', channel: 'PUSH', enabled: false }];
    expect(allowedChannels(['EMAIL', 'SMS', 'PUSH', 'IN_APP'], 'SHIPPING', stored)).toEqual([
      'EMAIL',
      'SMS',
      'IN_APP',
    ]);
    expect(allowedChannels(['EMAIL', 'SMS', 'PUSH', 'IN_APP'], 'ORDER_UPDATES', stored)).toEqual([
      'EMAIL',
      'PUSH',
      'IN_APP',
    ]);
  });

  it('validates a batch of changes', () => {
    expect(
      validatePreferenceChanges([{ category: 'SHIPPING', channel: 'SMS', enabled: false }], false),
    ).toEqual([]);
    expect(
      validatePreferenceChanges(
        [
          { category: 'ACCOUNT', channel: 'EMAIL', enabled: false },
          { category: 'ADMIN_ALERTS', channel: 'EMAIL', enabled: false },
          { category: 'SHIPPING', channel: 'SMS', enabled: true },
          { category: 'SHIPPING', channel: 'SMS', enabled: false },
        ],
        false,
      ).map((problem) => [problem.code, problem.index]),
    ).toEqual([
      ['PREFERENCE_REQUIRED', 0],
      ['CATEGORY_NOT_AVAILABLE', 1],
      ['DUPLICATE_PREFERENCE', 3],
    ]);
    expect(
      validatePreferenceChanges([{ category: 'ADMIN_ALERTS', channel: 'EMAIL', enabled: false }], true),
    ).toEqual([]);
    expect(
      validatePreferenceChanges([{ category: 'ACCOUNT', channel: 'EMAIL', enabled: true }], false),
    ).toEqual([]);
  });

  it('refuses oversized batches', () => {
    const many = Array.from({ length: 25 }, () => ({
      category: 'SHIPPING' as const,
      channel: 'SMS' as const,
      enabled: true,
    }));
    expect(validatePreferenceChanges(many, true).map((problem) => problem.code)).toEqual([
      'TOO_MANY_PREFERENCES',
    ]);
  });
});
