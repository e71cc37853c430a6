import { describe, expect, it } from 'vitest';
import { isPurchasable, productChangedPayload, variantChangedPayload } from './catalog-events';
import type { VariantRecord } from './records';

const variant: VariantRecord = {
  id: 'v1',
  productId: 'p1',
  sku: 'MUG-1',
  title: 'Default',
  options: [],
  price: 1200,
  compareAtPrice: null,
  weightGrams: 350,
  position: 0,
  removedAt: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};

describe('catalog event payloads', () => {
  it('mark a variant purchasable only while it exists and its product is ACTIVE', () => {
    expect(isPurchasable(variant, 'ACTIVE')).toBe(true);
    expect(isPurchasable(variant, 'DRAFT')).toBe(false);
    expect(isPurchasable(variant, 'ARCHIVED')).toBe(false);
    expect(isPurchasable({ removedAt: new Date() }, 'ACTIVE')).toBe(false);
  });

  it('carry the facts consumers need, the category path from the root down', () => {
    expect(variantChangedPayload(variant, 'ACTIVE', 'USD')).toEqual({
      variantId: 'v1',
      productId: 'p1',
      sku: 'MUG-1',
      price: 1200,
      currency: 'USD',
      purchasable: true,
      weightGrams: 350,
    });
    const product = {
      id: 'p1',
      slug: 'enamel-mug',
      name: 'Enamel Mug',
      description: 'Holds 350 ml.',
      status: 'DRAFT' as const,
      categoryId: 'c2',
    };
    const path = [
      { id: 'c1', name: 'Home' },
      { id: 'c2', name: 'Kitchen' },
    ];
    expect(productChangedPayload(product, ['v1'], path)).toEqual({
      productId: 'p1',
      status: 'DRAFT',
      categoryId: 'c2',
      variantIds: ['v1'],
      slug: 'enamel-mug',
      name: 'Enamel Mug',
      description: 'Holds 350 ml.',
      categoryPath: ['Home', 'Kitchen'],
      categoryIds: ['c1', 'c2'],
    });
  });
});
