import { describe, expect, it } from 'vitest';
import { discountPercent, formatMoney, minorUnitDigits, parseMoneyInput, toMoneyInput } from './money';

describe('minorUnitDigits', () => {
  it('knows currencies without and with three decimals', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
  });
});

describe('formatMoney', () => {
  it('formats minor units in the currency', () => {
    expect(formatMoney({ amount: 129_900, currency: 'USD' })).toBe('$1,299.00');
    expect(formatMoney({ amount: 500, currency: 'JPY' })).toBe('¥500');
  });
});

describe('discountPercent', () => {
  it('rounds the saving to a whole percent', () => {
    expect(discountPercent(7_999, 9_999)).toBe(20);
    expect(discountPercent(6_666, 10_000)).toBe(33);
  });

  it('is null without a higher former price', () => {
    expect(discountPercent(1_000, null)).toBeNull();
    expect(discountPercent(1_000, 1_000)).toBeNull();
    expect(discountPercent(1_000, 900)).toBeNull();
    expect(discountPercent(9_999, 10_000)).toBeNull();
  });
});

describe('parseMoneyInput', () => {
  it('reads whole and decimal prices into cents', () => {
    expect(parseMoneyInput('12', 'EUR')).toEqual({ ok: true, amount: 1_200 });
    expect(parseMoneyInput('12.5', 'EUR')).toEqual({ ok: true, amount: 1_250 });
    expect(parseMoneyInput(' 1,299.09 ', 'EUR')).toEqual({ ok: true, amount: 129_909 });
    expect(parseMoneyInput('0.07', 'EUR')).toEqual({ ok: true, amount: 7 });
  });

  it('honours currencies without decimals', () => {
    expect(parseMoneyInput('500', 'JPY')).toEqual({ ok: true, amount: 500 });
    expect(parseMoneyInput('500.5', 'JPY').ok).toBe(false);
  });

  it('refuses empty, negative, over-precise and non-numeric input with a reason', () => {
    expect(parseMoneyInput('', 'USD')).toEqual({ ok: false, message: 'Enter a price' });
    for (const text of ['-1', '12.999', 'abc', '1.2.3', '.5']) {
      const result = parseMoneyInput(text, 'USD');
      expect(result.ok, text).toBe(false);
    }
  });
});

describe('toMoneyInput', () => {
  it('writes minor units back as the text a person would type', () => {
    expect(toMoneyInput(1_299, 'USD')).toBe('12.99');
    expect(toMoneyInput(5, 'USD')).toBe('0.05');
    expect(toMoneyInput(500, 'JPY')).toBe('500');
  });

  it('round-trips with parseMoneyInput', () => {
    for (const amount of [0, 1, 99, 100, 123_456]) {
      expect(parseMoneyInput(toMoneyInput(amount, 'USD'), 'USD')).toEqual({ ok: true, amount });
    }
  });
});
