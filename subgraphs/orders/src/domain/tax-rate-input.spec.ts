import { describe, expect, it } from 'vitest';
import { isCountryCode } from '@msa/subgraph-kit';
import { checkTaxRateInput } from './tax-rate-input';

describe('checkTaxRateInput', () => {
  it('normalises country and region and turns the fraction into parts per million', () => {
    expect(checkTaxRateInput({ country: ' us ', region: 'ca', rate: 0.0725, taxShipping: true })).toEqual({
      ok: true,
      values: { country: 'US', region: 'CA', ratePpm: 72_500, taxShipping: true },
    });
  });

  it('reads a blank region as the country-wide rate and a missing taxShipping as false', () => {
    expect(checkTaxRateInput({ country: 'DE', region: '  ', rate: 0.19 })).toEqual({
      ok: true,
      values: { country: 'DE', region: null, ratePpm: 190_000, taxShipping: false },
    });
  });

  it('reports every problem at once, each on its field', () => {
    const check = checkTaxRateInput({ country: 'XX', region: 'Cali fornia', rate: 1.5 });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['INVALID_COUNTRY', ['input', 'country']],
      ['INVALID_REGION', ['input', 'region']],
      ['INVALID_RATE', ['input', 'rate']],
    ]);
  });

  it.each(['DE', 'US', 'JP', 'BR'])('knows %s', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['XX', 'ZZ', 'EU', 'USA', 'd', ''])('refuses %s', (code) =>
    expect(isCountryCode(code)).toBe(false),
  );
});
