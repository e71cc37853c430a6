import { describe, expect, it } from 'vitest';
import { catalogFactsOf } from './product-facts';

describe('catalogFactsOf', () => {
  it('takes the catalog facts of a product.changed event', () => {
    expect(
      catalogFactsOf({
        productId: 'p1',
        status: 'ACTIVE',
        categoryId: 'c2',
        variantIds: ['v1'],
        slug: 'lamp',
        name: 'Lamp',
        description: 'Warm.',
        categoryPath: ['Home', 'Decor'],
        categoryIds: ['c1', 'c2'],
      }),
    ).toEqual({
      productId: 'p1',
      status: 'ACTIVE',
      slug: 'lamp',
      name: 'Lamp',
      description: 'Warm.',
      categoryIds: ['c1', 'c2'],
      categoryPath: ['Home', 'Decor'],
    });
  });

  it('keeps what an older event without names or path still says', () => {
    expect(catalogFactsOf({ productId: 'p1', status: 'DRAFT', categoryId: 'c2', variantIds: [] })).toEqual({
      productId: 'p1',
      status: 'DRAFT',
      slug: null,
      name: null,
      description: null,
      categoryIds: ['c2'],
      categoryPath: [],
    });
  });
});
