import { describe, expect, it } from 'vitest';
import {
  chooseOption,
  initialVariant,
  optionAvailability,
  optionGroups,
  type VariantLike,
} from './variant-options';

const variant = (id: string, size: string, colour: string, inStock = true): VariantLike => ({
  id,
  inStock,
  options: [
    { name: 'Size', value: size },
    { name: 'Colour', value: colour },
  ],
});

const tees = [
  variant('s-red', 'S', 'Red'),
  variant('m-red', 'M', 'Red', false),
  variant('m-blue', 'M', 'Blue'),
  variant('l-blue', 'L', 'Blue'),
];

describe('optionGroups', () => {
  it('lists option names and values in the order the variants give them', () => {
    expect(optionGroups(tees)).toEqual([
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ]);
  });

  it('is empty for variants without options', () => {
    expect(optionGroups([{ id: 'only', options: [], inStock: true }])).toEqual([]);
  });
});

describe('initialVariant', () => {
  it('prefers the first variant in stock', () => {
    expect(initialVariant([tees[1]!, tees[2]!])?.id).toBe('m-blue');
    expect(initialVariant([tees[1]!])?.id).toBe('m-red');
    expect(initialVariant([])).toBeNull();
  });
});

describe('chooseOption', () => {
  it('keeps the other choices when that variant exists', () => {
    expect(chooseOption(tees, tees[2]!, 'Size', 'L')?.id).toBe('l-blue');
    expect(chooseOption(tees, tees[2]!, 'Colour', 'Red')?.id).toBe('m-red');
  });

  it('moves to the closest real variant when the combination does not exist', () => {
    expect(chooseOption(tees, tees[0]!, 'Size', 'L')?.id).toBe('l-blue');
  });

  it('prefers a variant in stock among equally close ones', () => {
    const soldOutFirst = [tees[1]!, tees[0]!, tees[3]!];
    expect(chooseOption(soldOutFirst, tees[3]!, 'Colour', 'Red')?.id).toBe('s-red');
  });

  it('finds nothing for a value no variant has', () => {
    expect(chooseOption(tees, tees[0]!, 'Size', 'XL')).toBeNull();
  });
});

describe('optionAvailability', () => {
  it('tells in-stock, sold-out and missing combinations apart', () => {
    const current = tees[0]!; // S / Red
    expect(optionAvailability(tees, current, 'Size', 'S')).toBe('in-stock');
    expect(optionAvailability(tees, current, 'Size', 'M')).toBe('sold-out');
    expect(optionAvailability(tees, current, 'Size', 'L')).toBe('unavailable');
  });
});
