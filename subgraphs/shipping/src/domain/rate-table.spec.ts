import { describe, expect, it } from 'vitest';
import { MAX_PARCEL_GRAMS, RATE_TABLE, rateOptions, SHIPPING_SERVICES, weightSteps } from './rate-table';
import { SHIPPING_ZONES } from './shipping-zone';

describe('weightSteps', () => {
  it.each([
    [0, 1],
    [1, 1],
    [500, 1],
    [501, 2],
    [1000, 2],
    [1440, 3],
    [70_000, 140],
  ])('%i g is %i started half-kilos', (grams, steps) => {
    expect(weightSteps(grams)).toBe(steps);
  });
});

describe('rateOptions', () => {
  it.each([
    // zone, billable grams, [economy, standard, express] in cents
    ['DOMESTIC', 480, [495, 795, 1995]],
    ['DOMESTIC', 1440, [615, 985, 2385]],
    ['REGIONAL', 480, [1295, 1795, 3495]],
    ['REGIONAL', 5000, [2645, 3820, 7050]],
    ['INTERNATIONAL', 480, [1995, 2995, 5495]],
    ['INTERNATIONAL', 2001, [2995, 4575, 8275]],
  ] as const)('%s at %i g costs %j', (zone, grams, amounts) => {
    expect(rateOptions(zone, grams).map((option) => option.amount)).toEqual(amounts);
  });

  it('offers three services, faster ones dearer, each with a transit window', () => {
    for (const zone of SHIPPING_ZONES) {
      const options = rateOptions(zone, 2500);
      expect(options.map((option) => option.service)).toEqual(['ECONOMY', 'STANDARD', 'EXPRESS']);
      for (const [slower, faster] of [
        [options[0]!, options[1]!],
        [options[1]!, options[2]!],
      ] as const) {
        expect(faster.amount).toBeGreaterThan(slower.amount);
        expect(faster.maxDays).toBeLessThan(slower.maxDays);
      }
      for (const option of options) {
        expect(option.zone).toBe(zone);
        expect(option.minDays).toBeLessThanOrEqual(option.maxDays);
      }
    }
  });

  it('names the carrier of each service', () => {
    expect(rateOptions('DOMESTIC', 100).map((option) => option.carrier)).toEqual([
      'Parcelnet',
      'Parcelnet',
      'SkyCourier',
    ]);
  });

  it('takes longer and costs more the further it goes', () => {
    for (const service of SHIPPING_SERVICES) {
      const [domestic, regional, international] = SHIPPING_ZONES.map((zone) => RATE_TABLE[service][zone]);
      expect(regional!.firstStep).toBeGreaterThan(domestic!.firstStep);
      expect(international!.firstStep).toBeGreaterThan(regional!.firstStep);
      expect(regional!.maxDays).toBeGreaterThan(domestic!.maxDays);
      expect(international!.maxDays).toBeGreaterThan(regional!.maxDays);
    }
  });

  it('offers nothing for a parcel over the limit', () => {
    expect(rateOptions('DOMESTIC', MAX_PARCEL_GRAMS)).toHaveLength(3);
    expect(rateOptions('DOMESTIC', MAX_PARCEL_GRAMS + 1)).toEqual([]);
  });
});
