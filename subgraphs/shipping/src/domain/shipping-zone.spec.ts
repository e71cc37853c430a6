import { describe, expect, it } from 'vitest';
import { isCountryCode, zoneFor } from './shipping-zone';

describe('zoneFor', () => {
  it.each([
    ['US', 'US', 'DOMESTIC'],
    ['US', 'CA', 'REGIONAL'],
    ['US', 'MX', 'REGIONAL'],
    ['US', 'DE', 'INTERNATIONAL'],
    ['US', 'JP', 'INTERNATIONAL'],
    ['DE', 'FR', 'REGIONAL'],
    ['DE', 'GB', 'REGIONAL'],
    ['DE', 'DE', 'DOMESTIC'],
    ['DE', 'US', 'INTERNATIONAL'],
    ['AU', 'NZ', 'REGIONAL'],
    ['JP', 'KR', 'INTERNATIONAL'],
    ['JP', 'JP', 'DOMESTIC'],
  ] as const)('%s → %s is %s', (origin, destination, zone) => {
    expect(zoneFor(origin, destination)).toBe(zone);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['US', 'CA'],
      ['FR', 'US'],
      ['SG', 'TH'],
      ['BR', 'AR'],
    ] as const) {
      expect(zoneFor(a, b)).toBe(zoneFor(b, a));
    }
  });
});

describe('isCountryCode', () => {
  it.each([
    ['US', true],
    ['de', false],
    ['USA', false],
    ['U', false],
    ['1A', false],
    ['', false],
  ] as const)('%j → %s', (value, ok) => {
    expect(isCountryCode(value)).toBe(ok);
  });
});
