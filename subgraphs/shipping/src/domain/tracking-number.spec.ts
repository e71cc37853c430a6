import { describe, expect, it } from 'vitest';
import { CARRIER_SERVICES } from './rate-table';
import { isTrackingNumber, luhnCheckDigit, normalizeTrackingNumber, trackingNumber } from './tracking-number';

describe('luhnCheckDigit', () => {
  it.each([
    // Well-known Luhn examples: the payload and the digit that completes it.
    ['7992739871', 3],
    ['4111111111111111'.slice(0, 15), 1],
    ['0000000000000000', 0],
  ])('%s → %i', (digits, check) => {
    expect(luhnCheckDigit(digits)).toBe(check);
  });
});

describe('trackingNumber', () => {
  it('joins carrier, service, the random digits and a check digit', () => {
    expect(trackingNumber(CARRIER_SERVICES.STANDARD, '1234567890123456')).toBe('PNS12345678901234569');
    expect(trackingNumber(CARRIER_SERVICES.EXPRESS, '0000000000000000')).toBe('SCX00000000000000000');
    expect(trackingNumber(CARRIER_SERVICES.ECONOMY, '9999999999999999')).toMatch(/^PNE9{16}\d$/);
  });

  it('refuses anything but sixteen digits', () => {
    expect(() => trackingNumber(CARRIER_SERVICES.ECONOMY, '123')).toThrow(/16 random digits/);
    expect(() => trackingNumber(CARRIER_SERVICES.ECONOMY, '12345678901234ab')).toThrow();
  });
});

describe('isTrackingNumber', () => {
  const valid = trackingNumber(CARRIER_SERVICES.STANDARD, '4821397761234567');

  it('accepts what trackingNumber makes', () => {
    expect(isTrackingNumber(valid)).toBe(true);
  });

  it.each([
    ['a mistyped digit', valid.slice(0, 5) + ((Number(valid[5]) + 1) % 10) + valid.slice(6)],
    ['swapped neighbours', valid.slice(0, 4) + valid[5] + valid[4] + valid.slice(6)],
    ['a missing digit', valid.slice(0, -2) + valid.at(-1)],
    ['lower case', valid.toLowerCase()],
    ['empty', ''],
  ])('rejects %s', (_name, value) => {
    // Swapping equal neighbours changes nothing; the fixed digits above differ.
    expect(isTrackingNumber(value)).toBe(false);
  });

  it('accepts what people type once normalised', () => {
    const typed = `${valid.slice(0, 3).toLowerCase()} ${valid.slice(3, 11)}-${valid.slice(11)}`;
    expect(isTrackingNumber(normalizeTrackingNumber(typed))).toBe(true);
  });
});
