import { describe, expect, it } from 'vitest';
import { cursorOf, isProductCursor } from './product-sort';
import type { ProductRecord } from './records';

const product: ProductRecord = {
  id: 'p1',
  slug: 'mug',
  name: 'Mug',
  description: '',
  status: 'ACTIVE',
  categoryId: null,
  minPrice: 1200,
  maxPrice: 1500,
  createdAt: new Date('2026-01-02T03:04:05.678Z'),
  updatedAt: new Date('2026-01-02T03:04:05.678Z'),
};

describe('product cursors', () => {
  it('carry the value of the sort column and the id', () => {
    expect(cursorOf('NEWEST', product)).toEqual({
      sort: 'NEWEST',
      key: '2026-01-02T03:04:05.678Z',
      id: 'p1',
    });
    expect(cursorOf('NAME_ASC', product)).toEqual({ sort: 'NAME_ASC', key: 'Mug', id: 'p1' });
    expect(cursorOf('PRICE_DESC', product)).toEqual({ sort: 'PRICE_DESC', key: 1200, id: 'p1' });
    expect(cursorOf('PRICE_ASC', { ...product, minPrice: null })).toEqual({
      sort: 'PRICE_ASC',
      key: null,
      id: 'p1',
    });
  });

  it('round-trip through validation', () => {
    for (const sort of ['NEWEST', 'NAME_ASC', 'PRICE_ASC', 'PRICE_DESC'] as const) {
      expect(isProductCursor(JSON.parse(JSON.stringify(cursorOf(sort, product))))).toBe(true);
    }
  });

  it('reject values that do not fit their sort', () => {
    expect(isProductCursor({ sort: 'NEWEST', key: 'not a date', id: 'p1' })).toBe(false);
    expect(isProductCursor({ sort: 'PRICE_ASC', key: '12', id: 'p1' })).toBe(false);
    expect(isProductCursor({ sort: 'NAME_ASC', key: null, id: 'p1' })).toBe(false);
    expect(isProductCursor({ sort: 'RANDOM', key: 'x', id: 'p1' })).toBe(false);
    expect(isProductCursor({ sort: 'NAME_ASC', key: 'x' })).toBe(false);
    expect(isProductCursor('NAME_ASC')).toBe(false);
  });
});
