import * as mdi from '@mdi/js';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PRODUCTS } from './catalog-fixture';
import { PRODUCT_ICONS, productIconPath } from './product-icons';
import { coverImageFor } from './seed-catalog';

describe('demo product icons', () => {
  it('maps every demo product to an icon of the icon set, and nothing else', () => {
    const names = FIXTURE_PRODUCTS.map((product) => product.name);
    expect(Object.keys(PRODUCT_ICONS).sort()).toEqual([...names].sort());
    for (const icon of Object.values(PRODUCT_ICONS)) expect(typeof mdi[icon]).toBe('string');
    expect(productIconPath('Studio Headphones')).toBe(mdi.mdiHeadphones);
  });

  it('draws the same cover for the same product every time, and different ones for others', () => {
    const cover = coverImageFor('Studio Headphones');
    expect(coverImageFor('Studio Headphones').equals(cover)).toBe(true);
    expect(coverImageFor('Chef Knife').equals(cover)).toBe(false);
  });
});
