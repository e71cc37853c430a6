import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { currencyFormat, formatMoney, money } from './money';

describe('formatMoney', () => {
  it('formats minor units in the currency and locale asked for', () => {
    expect(formatMoney(1999, 'USD')).toBe('$19.99');
    expect(formatMoney(1999, 'EUR')).toBe('€19.99');
    expect(formatMoney(1999, 'EUR', 'de-DE')).toBe('19,99\u00a0€');
    expect(money(250).formatted).toBe('$2.50');
  });

  it('reuses one formatter per locale and currency, and keeps them apart', () => {
    expect(currencyFormat('USD')).toBe(currencyFormat('USD', 'en-US'));
    expect(currencyFormat('USD')).not.toBe(currencyFormat('EUR'));
    expect(currencyFormat('EUR', 'de-DE')).not.toBe(currencyFormat('EUR', 'en-US'));
  });

  it('refuses a malformed currency code rather than caching it', () => {
    expect(() => formatMoney(100, 'not-a-currency')).toThrow(RangeError);
  });

  it('gives the same text for an amount formatted again, per locale and currency', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
      expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
      expect(formatMoney(123456, 'EUR')).toBe('€1,234.56');
      expect(formatMoney(-5, 'USD')).toBe('-$0.05');
      expect(formatMoney(0.5, 'USD')).toBe('$0.01');
    }
    expect(() => formatMoney(100, 'not-a-currency')).toThrow(RangeError);
    expect(() => formatMoney(100, 'not-a-currency')).toThrow(RangeError);
  });
});
