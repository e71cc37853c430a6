import { describe, expect, it } from 'vitest';
import { addedToCartMessage, variantLabel } from './variant-label';

describe('variantLabel', () => {
  it('names a variant by its options, else its title', () => {
    expect(
      variantLabel({
        title: 'M / Blue',
        options: [
          { name: 'Size', value: 'M' },
          { name: 'Colour', value: 'Blue' },
        ],
      }),
    ).toBe('Size: M, Colour: Blue');
    expect(variantLabel({ title: 'Large', options: [] })).toBe('Large');
  });

  it('does not name the single Default variant', () => {
    expect(variantLabel({ title: 'Default', options: [] })).toBeNull();
    expect(variantLabel({ title: ' ' })).toBeNull();
  });
});

describe('addedToCartMessage', () => {
  it('names the variant only when the product has several', () => {
    expect(addedToCartMessage(2, { title: 'Blue' }, 3)).toBe('Added 2 × Blue to your cart.');
    expect(addedToCartMessage(1, { title: 'Default' }, 1)).toBe('Added 1 to your cart.');
    expect(addedToCartMessage(1, { title: 'Only one' }, 1)).toBe('Added 1 to your cart.');
  });
});
