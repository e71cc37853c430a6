import { describe, expect, it } from 'vitest';
import { suggestionHref } from './suggestion-href';

describe('suggestion links', () => {
  it('leads a product to its page and a category to its results', () => {
    expect(suggestionHref({ text: 'Aurora Headphones', kind: 'PRODUCT', product: { slug: 'aurora' } })).toBe(
      '/products/aurora',
    );
    expect(suggestionHref({ text: 'Audio', kind: 'CATEGORY', categoryId: 'c1' })).toBe('/search?category=c1');
  });

  it('searches for the text when the target is missing', () => {
    expect(suggestionHref({ text: 'mug', kind: 'PRODUCT', product: null })).toBe('/search?q=mug');
  });
});
