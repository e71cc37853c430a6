import { describe, expect, it } from 'vitest';
import { DEFAULT_ITEM_WEIGHT_GRAMS, itemWeightGrams, parcelWeight, volumetricGrams } from './parcel-weight';

describe('volumetricGrams', () => {
  it.each([
    [{ lengthCm: 20, widthCm: 15, heightCm: 8 }, 480],
    [{ lengthCm: 50, widthCm: 40, heightCm: 30 }, 12_000],
    [{ lengthCm: 10, widthCm: 10, heightCm: 10 }, 200],
    // 1 cm³ is 0.2 g: rounded up, never down to free.
    [{ lengthCm: 1, widthCm: 1, heightCm: 1 }, 1],
  ])('%o weighs %i g by volume', (box, grams) => {
    expect(volumetricGrams(box)).toBe(grams);
  });
});

describe('itemWeightGrams', () => {
  it('uses the catalog weight, and the default for a missing or zero weight', () => {
    expect(itemWeightGrams(1234)).toBe(1234);
    expect(itemWeightGrams(null)).toBe(DEFAULT_ITEM_WEIGHT_GRAMS);
    expect(itemWeightGrams(0)).toBe(DEFAULT_ITEM_WEIGHT_GRAMS);
  });
});

describe('parcelWeight', () => {
  it.each([
    {
      name: 'light items bill by volume',
      items: [{ quantity: 3, weightGrams: 150 }],
      expected: { actualGrams: 450, volumetricGrams: 1440, billableGrams: 1440 },
    },
    {
      name: 'heavy items bill by the scale',
      items: [{ quantity: 2, weightGrams: 2500 }],
      expected: { actualGrams: 5000, volumetricGrams: 960, billableGrams: 5000 },
    },
    {
      name: 'an item with its own box',
      items: [{ quantity: 1, weightGrams: 1000, box: { lengthCm: 60, widthCm: 40, heightCm: 40 } }],
      expected: { actualGrams: 1000, volumetricGrams: 19_200, billableGrams: 19_200 },
    },
    {
      name: 'mixed lines add up, unweighed ones at the default',
      items: [
        { quantity: 1, weightGrams: 3000 },
        { quantity: 2, weightGrams: null },
      ],
      expected: { actualGrams: 4000, volumetricGrams: 1440, billableGrams: 4000 },
    },
    { name: 'nothing', items: [], expected: { actualGrams: 0, volumetricGrams: 0, billableGrams: 0 } },
  ])('$name', ({ items, expected }) => {
    expect(parcelWeight(items)).toEqual(expected);
  });
});
