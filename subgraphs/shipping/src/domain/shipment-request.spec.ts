import { describe, expect, it } from 'vitest';
import { quoteRefusal } from './shipment-request';

describe('quoteRefusal', () => {
  const requestedAt = new Date('2026-11-24T12:00:00Z');
  const quote = { country: 'US', expiresAt: new Date('2026-11-24T12:30:00Z') };

  it.each([
    ['a valid quote', quote, 'US', null],
    ['a lower-case country', quote, 'us', null],
    ['no quote', null, 'US', 'SHIPPING_RATE_NOT_FOUND'],
    [
      'an expired quote',
      { ...quote, expiresAt: new Date('2026-11-24T11:59:59Z') },
      'US',
      'SHIPPING_RATE_EXPIRED',
    ],
    ['a quote expiring at that instant', { ...quote, expiresAt: requestedAt }, 'US', 'SHIPPING_RATE_EXPIRED'],
    ['another country', quote, 'CA', 'SHIPPING_RATE_DESTINATION_MISMATCH'],
  ] as const)('%s → %s', (_name, facts, country, refusal) => {
    expect(quoteRefusal(facts, { country, requestedAt })).toBe(refusal);
  });
});
