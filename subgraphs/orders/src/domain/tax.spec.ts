import { describe, expect, it } from 'vitest';
import {
  applyRate,
  computeTax,
  normalizeDestination,
  pickTaxRate,
  rateAsFraction,
  rateFromFraction,
  taxLineName,
  type TaxRateRule,
} from './tax';

const rule = (
  country: string,
  region: string | null,
  ratePpm: number,
  taxShipping: boolean,
): TaxRateRule => ({
  id: `${country}-${region ?? '*'}`,
  country,
  region,
  ratePpm,
  taxShipping,
});

const CALIFORNIA = rule('US', 'CA', 72_500, false);
const NEW_YORK = rule('US', 'NY', 88_750, true);
const GERMANY = rule('DE', null, 190_000, true);
const CANADA = rule('CA', null, 50_000, false);
const QUEBEC = rule('CA', 'QC', 149_750, true);
const RATES = [CALIFORNIA, NEW_YORK, GERMANY, CANADA, QUEBEC];

/**
 * The hand-worked order: 3 × 19.99 and 1 × 25.00 (subtotal 84.97), 10.00 off, 7.99 shipping.
 *
 * Discount 1000 spread over 5997 : 2500 → 705.78 / 294.22 → floors 705 + 294 = 999, the spare cent to the
 * larger remainder → 706 / 294. Line bases 5291 and 2206 (7497).
 */
const ORDER = { lines: [{ lineTotal: 5997 }, { lineTotal: 2500 }], discountTotal: 1000, shippingTotal: 799 };

describe('computeTax — the hand-worked table', () => {
  it.each([
    {
      destination: 'California (7.25 %, shipping untaxed)',
      rate: CALIFORNIA,
      // 7497 × 0.0725 = 543.53 → 544; spread 383.93 / 160.07 → 383 + 160, spare cent to the first line.
      expected: { taxTotal: 544, lineTaxes: [384, 160], shippingTax: 0, total: 8840 },
    },
    {
      destination: 'New York (8.875 %, shipping taxed)',
      rate: NEW_YORK,
      // (7497 + 799) × 0.08875 = 736.27 → 736; spread 469.40 / 195.71 / 70.88 → 469 + 195 + 70 = 734, the
      // two spare cents to shipping (.88) and the second line (.71).
      expected: { taxTotal: 736, lineTaxes: [469, 196], shippingTax: 71, total: 9032 },
    },
    {
      destination: 'Oregon (no rate: tax-exempt)',
      rate: pickTaxRate(RATES, { country: 'US', region: 'OR' }),
      expected: { taxTotal: 0, lineTaxes: [0, 0], shippingTax: 0, total: 8296 },
    },
  ])('$destination', ({ rate, expected }) => {
    const tax = computeTax(ORDER, rate);
    expect({ taxTotal: tax.taxTotal, lineTaxes: tax.lineTaxes, shippingTax: tax.shippingTax }).toEqual({
      taxTotal: expected.taxTotal,
      lineTaxes: expected.lineTaxes,
      shippingTax: expected.shippingTax,
    });
    expect(8497 - 1000 + 799 + tax.taxTotal).toBe(expected.total);
    // The shares always add up to the tax.
    expect(tax.lineTaxes.reduce((sum, amount) => sum + amount, 0) + tax.shippingTax).toBe(tax.taxTotal);
  });

  it('names one tax line per rate, with its rate and amount; none when exempt', () => {
    expect(computeTax(ORDER, NEW_YORK).taxLines).toEqual([
      { name: 'Tax US-NY', ratePpm: 88_750, amount: 736 },
    ]);
    expect(computeTax(ORDER, null).taxLines).toEqual([]);
  });
});

describe('computeTax — edge cases', () => {
  it('taxes shipping alone when the lines are discounted to nothing', () => {
    const tax = computeTax({ lines: [{ lineTotal: 500 }], discountTotal: 500, shippingTotal: 1000 }, GERMANY);
    expect(tax).toMatchObject({ taxTotal: 190, lineTaxes: [0], shippingTax: 190 });
  });

  it('charges nothing on an order of nothing', () => {
    const tax = computeTax({ lines: [{ lineTotal: 0 }], discountTotal: 0, shippingTotal: 0 }, GERMANY);
    expect(tax).toMatchObject({ taxTotal: 0, lineTaxes: [0], shippingTax: 0 });
  });

  it('a zero rate still shows its (zero) tax line', () => {
    const tax = computeTax(ORDER, rule('GB', null, 0, true));
    expect(tax.taxLines).toEqual([{ name: 'Tax GB', ratePpm: 0, amount: 0 }]);
  });

  it('stays exact with amounts near the 32-bit limit', () => {
    const tax = computeTax(
      { lines: [{ lineTotal: 2_000_000_000 }], discountTotal: 0, shippingTotal: 0 },
      rule('XX', null, 999_999, false),
    );
    expect(tax.taxTotal).toBe(1_999_998_000);
  });
});

describe('applyRate', () => {
  it.each([
    [10, 50_000, 1], // 0.5 rounds up
    [29, 50_000, 1], // 1.45 rounds down
    [30, 50_000, 2], // 1.5 rounds up
    [7497, 72_500, 544],
    [100, 1_000_000, 100],
    [12345, 0, 0],
  ])('%i at %i ppm is %i', (base, ppm, tax) => {
    expect(applyRate(base, ppm)).toBe(tax);
  });
});

describe('pickTaxRate', () => {
  it('prefers the region’s rate over the country’s', () => {
    expect(pickTaxRate(RATES, { country: 'CA', region: 'QC' })).toBe(QUEBEC);
  });

  it('falls back to the country’s rate for a region without its own', () => {
    expect(pickTaxRate(RATES, { country: 'CA', region: 'ON' })).toBe(CANADA);
    expect(pickTaxRate(RATES, { country: 'CA' })).toBe(CANADA);
  });

  it('matches regardless of case and surrounding spaces', () => {
    expect(pickTaxRate(RATES, { country: ' us ', region: 'ny ' })).toBe(NEW_YORK);
  });

  it('finds nothing for a country without rates, or a region of a country with only regional rates', () => {
    expect(pickTaxRate(RATES, { country: 'FR' })).toBeNull();
    expect(pickTaxRate(RATES, { country: 'US' })).toBeNull();
    expect(pickTaxRate(RATES, { country: 'US', region: 'OR' })).toBeNull();
  });
});

describe('rates as fractions', () => {
  it.each([
    [0.0725, 72_500],
    [0.08875, 88_750],
    [0, 0],
    [1, 1_000_000],
    [0.123456, 123_456],
  ])('%f is %i ppm', (fraction, ppm) => {
    expect(rateFromFraction(fraction)).toEqual({ ok: true, ratePpm: ppm });
    expect(rateAsFraction(ppm)).toBeCloseTo(fraction, 9);
  });

  it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, 0.1234567])('refuses %f', (fraction) => {
    expect(rateFromFraction(fraction).ok).toBe(false);
  });
});

describe('names and destinations', () => {
  it('names country and regional rates', () => {
    expect(taxLineName(GERMANY)).toBe('Tax DE');
    expect(taxLineName(NEW_YORK)).toBe('Tax US-NY');
  });

  it('treats a blank region as none', () => {
    expect(normalizeDestination({ country: 'de', region: '  ' })).toEqual({ country: 'DE', region: null });
  });
});
