import { describe, expect, it } from 'vitest';
import { formatRate, priceDisplayFromEnv, taxLineLabel } from './tax-display';

describe('tax display', () => {
  it.each([
    [undefined, 'excluding-tax'],
    ['', 'excluding-tax'],
    ['false', 'excluding-tax'],
    ['0', 'excluding-tax'],
    ['true', 'including-tax'],
    [' YES ', 'including-tax'],
    ['1', 'including-tax'],
  ])('SHOP_PRICES_INCLUDE_TAX=%s shows prices %s', (value, display) => {
    expect(priceDisplayFromEnv({ SHOP_PRICES_INCLUDE_TAX: value })).toBe(display);
  });

  it('refuses a value it cannot read', () => {
    expect(() => priceDisplayFromEnv({ SHOP_PRICES_INCLUDE_TAX: 'sometimes' })).toThrow(/true or false/);
  });

  it('formats rates and names tax lines', () => {
    expect(formatRate(0.0725)).toBe('7.25%');
    expect(formatRate(0.19)).toBe('19%');
    expect(formatRate(0.08875)).toBe('8.875%');
    expect(formatRate(0.1)).toBe('10%');
    expect(taxLineLabel({ name: 'Tax US-CA', rate: 0.0725 })).toBe('Tax US-CA (7.25%)');
  });
});
