import { describe, expect, it } from 'vitest';
import {
  normalizeVariant,
  variantProblems,
  variantSetProblems,
  variantTitle,
  type VariantDraft,
} from './variant-rules';

const base: VariantDraft = {
  sku: 'TEE-BLK-M',
  options: [
    { name: 'Color', value: 'Black' },
    { name: 'Size', value: 'M' },
  ],
  price: 1999,
};
const codes = (draft: VariantDraft) => variantProblems(normalizeVariant(draft), ['input']).map((p) => p.code);

describe('normalizeVariant', () => {
  it('trims and fills defaults, titling the variant after its option values', () => {
    const values = normalizeVariant({
      ...base,
      sku: ' TEE-BLK-M ',
      options: [{ name: ' Color ', value: ' Black ' }],
    });
    expect(values).toEqual({
      sku: 'TEE-BLK-M',
      title: 'Black',
      options: [{ name: 'Color', value: 'Black' }],
      price: 1999,
      compareAtPrice: null,
      weightGrams: 0,
    });
    expect(variantTitle([])).toBe('Default');
    expect(normalizeVariant({ ...base, title: 'Midnight, medium' }).title).toBe('Midnight, medium');
  });
});

describe('variantProblems', () => {
  it('accepts a well-formed variant', () => {
    expect(codes({ ...base, compareAtPrice: 2499, weightGrams: 180 })).toEqual([]);
    expect(codes({ ...base, price: 0 })).toEqual([]);
  });

  it('rejects negative or fractional prices and weights', () => {
    expect(codes({ ...base, price: -1 })).toEqual(['INVALID_PRICE']);
    expect(codes({ ...base, price: 19.99 })).toEqual(['INVALID_PRICE']);
    expect(codes({ ...base, weightGrams: -5 })).toEqual(['INVALID_WEIGHT']);
  });

  it('requires the compare-at price to be above the price', () => {
    expect(codes({ ...base, compareAtPrice: 1999 })).toEqual(['INVALID_COMPARE_AT_PRICE']);
    expect(codes({ ...base, compareAtPrice: 1000 })).toEqual(['INVALID_COMPARE_AT_PRICE']);
  });

  it('rejects malformed SKUs and options', () => {
    expect(codes({ ...base, sku: 'has space' })).toEqual(['INVALID_SKU']);
    expect(codes({ ...base, sku: '' })).toEqual(['INVALID_SKU']);
    expect(codes({ ...base, options: [{ name: '', value: 'x' }] })).toEqual(['INVALID_OPTIONS']);
    expect(codes({ ...base, options: [{ name: 'Size', value: ' ' }] })).toEqual(['INVALID_OPTIONS']);
    expect(
      codes({
        ...base,
        options: [
          { name: 'Size', value: 'M' },
          { name: 'size', value: 'L' },
        ],
      }),
    ).toEqual(['INVALID_OPTIONS']);
    const many = Array.from({ length: 6 }, (_, i) => ({ name: `O${i}`, value: 'v' }));
    expect(codes({ ...base, options: many })).toEqual(['INVALID_OPTIONS']);
  });

  it('points each problem at the field in the input', () => {
    const [first] = variantProblems(normalizeVariant({ ...base, price: -1 }), ['input', 'variants', '2']);
    expect(first?.field).toEqual(['input', 'variants', '2', 'price']);
  });
});

describe('variantSetProblems', () => {
  const entry = (draft: VariantDraft, index: number) => ({
    values: normalizeVariant(draft),
    field: ['input', 'variants', String(index)],
  });

  it('accepts distinct SKUs and option sets', () => {
    const set = [
      entry(base, 0),
      entry(
        {
          ...base,
          sku: 'TEE-BLK-L',
          options: [
            { name: 'Color', value: 'Black' },
            { name: 'Size', value: 'L' },
          ],
        },
        1,
      ),
    ];
    expect(variantSetProblems(set)).toEqual([]);
  });

  it('reports a repeated SKU, and a repeated option set regardless of case and order', () => {
    const problems = variantSetProblems([
      entry(base, 0),
      entry({ ...base, options: [{ name: 'Size', value: 'L' }] }, 1),
      entry(
        {
          ...base,
          sku: 'TEE-2',
          options: [
            { name: 'size', value: 'm' },
            { name: 'color', value: 'BLACK' },
          ],
        },
        2,
      ),
    ]);
    expect(problems.map((p) => [p.code, p.field.join('.')])).toEqual([
      ['DUPLICATE_SKU', 'input.variants.1.sku'],
      ['DUPLICATE_OPTIONS', 'input.variants.2.options'],
    ]);
  });
});
