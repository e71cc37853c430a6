import { describe, expect, it } from 'vitest';
import { percentOf, taxPlaceLabel, taxRateInput } from './tax-rate-form';

describe('tax rate form', () => {
  it('normalises codes and turns the percentage into a fraction', () => {
    expect(taxRateInput({ country: ' us', region: 'ca ', percent: '7.25', taxShipping: false })).toEqual({
      ok: true,
      input: { country: 'US', region: 'CA', rate: 0.0725, taxShipping: false },
    });
    expect(taxRateInput({ country: 'de', region: '', percent: '19', taxShipping: true })).toEqual({
      ok: true,
      input: { country: 'DE', region: null, rate: 0.19, taxShipping: true },
    });
    expect(taxRateInput({ country: 'US', region: 'NY', percent: '8,875', taxShipping: true })).toMatchObject({
      ok: true,
      input: { rate: 0.08875 },
    });
  });

  it('names every field that is wrong', () => {
    expect(
      taxRateInput({ country: 'USA', region: 'Cali fornia', percent: '150', taxShipping: false }),
    ).toEqual({
      ok: false,
      problems: {
        country: expect.any(String),
        region: expect.any(String),
        rate: expect.any(String),
      },
    });
    expect(taxRateInput({ country: 'US', region: '', percent: '7.123456', taxShipping: false }).ok).toBe(
      false,
    );
    expect(taxRateInput({ country: 'US', region: '', percent: '', taxShipping: false }).ok).toBe(false);
  });

  it('shows fractions as percentages', () => {
    expect(percentOf(0.0725)).toBe('7.25');
    expect(percentOf(0.19)).toBe('19');
    expect(percentOf(0.08875)).toBe('8.875');
  });

  it('names a rate by its country, and region when it has one', () => {
    expect(taxPlaceLabel({ country: 'US', region: 'CA' })).toBe('US-CA');
    expect(taxPlaceLabel({ country: 'DE', region: null })).toBe('DE');
  });
});
