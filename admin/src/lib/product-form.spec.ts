import { describe, expect, it } from 'vitest';
import {
  draftFromVariant,
  EMPTY_VARIANT,
  parseOptionsText,
  productChanges,
  toProductInput,
  toVariantInput,
  variantChanges,
  type SavedVariant,
} from './product-form';

describe('toProductInput', () => {
  it('trims the fields and leaves an empty slug to the server', () => {
    const result = toProductInput({
      name: ' Mug ',
      slug: '',
      description: ' Holds tea. ',
      categoryId: '',
      status: 'DRAFT',
    });
    expect(result).toEqual({
      ok: true,
      value: { name: 'Mug', description: 'Holds tea.', categoryId: null, status: 'DRAFT' },
    });
  });

  it('names the fields that need fixing', () => {
    const result = toProductInput({
      name: ' ',
      slug: 'Blue Mug',
      description: '',
      categoryId: 'c1',
      status: 'ACTIVE',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['name', 'slug']);
  });
});

describe('productChanges', () => {
  it('keeps only what changed, including removing the category', () => {
    const saved = {
      name: 'Mug',
      slug: 'mug',
      description: 'Tea',
      categoryId: 'c1',
      status: 'ACTIVE' as const,
    };
    expect(productChanges(saved, { ...saved })).toEqual({});
    expect(productChanges(saved, { ...saved, name: 'Big mug', categoryId: null })).toEqual({
      name: 'Big mug',
      categoryId: null,
    });
  });
});

describe('parseOptionsText', () => {
  it('reads name=value and name: value pairs', () => {
    expect(parseOptionsText('Size=M, Colour: Deep blue')).toEqual({
      ok: true,
      options: [
        { name: 'Size', value: 'M' },
        { name: 'Colour', value: 'Deep blue' },
      ],
    });
    expect(parseOptionsText('  ')).toEqual({ ok: true, options: [] });
  });

  it('refuses pairs without a value, repeated names and more than five options', () => {
    expect(parseOptionsText('Size')).toMatchObject({ ok: false });
    expect(parseOptionsText('Size=M, size=L')).toEqual({ ok: false, message: '"size" is given twice' });
    expect(parseOptionsText('a=1,b=2,c=3,d=4,e=5,f=6')).toMatchObject({ ok: false });
  });
});

describe('toVariantInput', () => {
  const draft = {
    ...EMPTY_VARIANT,
    sku: 'MUG-BLU',
    options: 'Colour=Blue',
    price: '12.50',
    compareAtPrice: '15',
  };

  it('builds the API input in cents', () => {
    expect(toVariantInput(draft, 'USD')).toEqual({
      ok: true,
      value: {
        sku: 'MUG-BLU',
        options: [{ name: 'Colour', value: 'Blue' }],
        price: 1_250,
        compareAtPrice: 1_500,
        weightGrams: 0,
      },
    });
  });

  it('reports every field the API would refuse', () => {
    const result = toVariantInput(
      { sku: 'bad sku', title: '', options: 'Colour', price: 'x', compareAtPrice: '1', weightGrams: '-3' },
      'USD',
    );
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'options',
      'price',
      'sku',
      'weightGrams',
    ]);
  });

  it('wants the former price above the price', () => {
    const result = toVariantInput({ ...draft, compareAtPrice: '12.50' }, 'USD');
    expect(!result.ok && result.errors.compareAtPrice).toBe('Must be above the price');
  });
});

describe('variantChanges', () => {
  const saved: SavedVariant = {
    sku: 'MUG-BLU',
    title: 'Blue',
    options: [{ name: 'Colour', value: 'Blue' }],
    price: { amount: 1_250, currency: 'USD' },
    compareAtPrice: { amount: 1_500 },
    weightGrams: 300,
  };

  it('sends nothing for an untouched form', () => {
    const edited = toVariantInput(draftFromVariant(saved), 'USD');
    expect(edited.ok && variantChanges(saved, edited.value)).toEqual({});
  });

  it('sends changed fields and an explicit null for a removed former price', () => {
    const edited = toVariantInput({ ...draftFromVariant(saved), price: '9.99', compareAtPrice: '' }, 'USD');
    expect(edited.ok && variantChanges(saved, edited.value)).toEqual({ price: 999, compareAtPrice: null });
  });
});
