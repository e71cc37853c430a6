import { describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import { LIST, names, useListingSuite } from './support/listing-fixture';

const suite = useListingSuite();

describe('filters', () => {
  it('includes subcategories when filtering by category', async () => {
    expect(
      names(await suite.walk('NAME_ASC', 100, { categoryId: suite.fixture.categories.electronics })).sort(),
    ).toEqual([
      'Aurora Headphones',
      'Bass Headphones',
      'Laptop Stand',
      'Mechanical Keyboard',
      'Studio Monitor Speaker',
    ]);
    expect(
      names(await suite.walk('NAME_ASC', 100, { categoryId: suite.fixture.categories.headphones })),
    ).toEqual(['Aurora Headphones', 'Bass Headphones']);
    expect(
      names(
        await suite.walk(
          'NAME_ASC',
          100,
          { categoryId: suite.fixture.categories.headphones },
          suite.h.staffToken,
        ),
      ),
    ).toEqual(['Aurora Headphones', 'Bass Headphones', 'Draft Earbuds']);
    expect(await suite.walk('NAME_ASC', 100, { categoryId: 'unknown' })).toEqual([]);
  });

  it('matches products with any variant in the price range', async () => {
    expect(names(await suite.walk('PRICE_ASC', 100, { minPrice: 5000, maxPrice: 13000 }))).toEqual([
      'Bass Headphones',
      'Mechanical Keyboard',
    ]);
    expect(names(await suite.walk('PRICE_ASC', 100, { minPrice: 7000, maxPrice: 8000 }))).toEqual([
      'Bass Headphones',
    ]);
    expect(names(await suite.walk('PRICE_ASC', 100, { maxPrice: 999 })).sort()).toEqual([
      'Canvas Tote',
      'Wool Socks',
    ]);
    expect(
      errorCode(await suite.h.gql(LIST, { sort: 'NEWEST', filter: { minPrice: 10, maxPrice: 5 } })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await suite.h.gql(LIST, { sort: 'NEWEST', filter: { minPrice: -1 } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('searches names and descriptions case-insensitively, and exact SKUs', async () => {
    expect(names(await suite.walk('NAME_ASC', 100, { search: 'HEADPHONES' }))).toEqual([
      'Aurora Headphones',
      'Bass Headphones',
    ]);
    expect(names(await suite.walk('NAME_ASC', 100, { search: 'LAPTOP-STAND-0' }))).toEqual(['Laptop Stand']);
    expect(
      names(
        await suite.walk('NAME_ASC', 100, {
          search: 'headphones',
          categoryId: suite.fixture.categories.audio,
          minPrice: 10000,
        }),
      ),
    ).toEqual(['Aurora Headphones']);
  });
});

describe('categories', () => {
  it('returns the tree from its roots', async () => {
    const data = expectData(
      await suite.h.gql<{
        categories: { name: string; children: { name: string; children: { name: string }[] }[] }[];
      }>(`{ categories { name children { name children { name } } } }`),
    );
    expect(data.categories).toEqual([
      { name: 'Apparel', children: [] },
      {
        name: 'Electronics',
        children: [
          { name: 'Audio', children: [{ name: 'Headphones' }] },
          { name: 'Computers', children: [] },
        ],
      },
    ]);
  });

  it('lists a category’s products, including those of its subcategories', async () => {
    const data = expectData(
      await suite.h.gql<{ category: { products: { totalCount: number; nodes: { name: string }[] } } }>(
        `{ category(slug: "audio") { products(first: 10, sort: NAME_ASC) { totalCount nodes { name } } } }`,
      ),
    );
    expect(data.category.products).toEqual({
      totalCount: 3,
      nodes: [{ name: 'Aurora Headphones' }, { name: 'Bass Headphones' }, { name: 'Studio Monitor Speaker' }],
    });
  });
});
