import { describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import { ACTIVE, LIST, names, price, useListingSuite } from './support/listing-fixture';
import { createProduct, simpleProduct } from './support/products-harness';

const suite = useListingSuite();

describe('visibility', () => {
  it('shows anonymous visitors and customers only ACTIVE products', async () => {
    expect(names(await suite.walk('NAME_ASC', 100)).sort()).toEqual([...ACTIVE].sort());
    expect(names(await suite.walk('NAME_ASC', 100, {}, suite.h.customerToken)).sort()).toEqual(
      [...ACTIVE].sort(),
    );
  });

  it('shows staff every status and lets them narrow it', async () => {
    expect((await suite.walk('NAME_ASC', 100, {}, suite.h.staffToken)).length).toBe(ACTIVE.length + 3);
    expect(names(await suite.walk('NAME_ASC', 100, { status: 'DRAFT' }, suite.h.staffToken))).toEqual([
      'Draft Earbuds',
      'Empty Draft',
    ]);
    expect(names(await suite.walk('NAME_ASC', 100, { status: 'ARCHIVED' }, suite.h.adminToken))).toEqual([
      'Archived Radio',
    ]);
  });

  it('refuses other statuses to customers', async () => {
    expect(errorCode(await suite.h.gql(LIST, { sort: 'NEWEST', filter: { status: 'DRAFT' } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await suite.h.gql(LIST, { sort: 'NEWEST', filter: { status: 'ARCHIVED' } }, suite.h.customerToken),
      ),
    ).toBe('FORBIDDEN');
  });

  it('hides non-ACTIVE products and their variants from single lookups', async () => {
    const query = `query($slug: String) { product(slug: $slug) { name } }`;
    const draft = suite.fixture.products['Draft Earbuds']!;
    expect(expectData(await suite.h.gql(query, { slug: draft.slug })).product).toBeNull();
    expect(
      expectData(await suite.h.gql(query, { slug: draft.slug }, suite.h.customerToken)).product,
    ).toBeNull();
    expect(expectData(await suite.h.gql(query, { slug: draft.slug }, suite.h.staffToken)).product).toEqual({
      name: 'Draft Earbuds',
    });
    expect(
      expectData(
        await suite.h.gql(`query($id: ID) { product(id: $id) { name } }`, {
          id: suite.fixture.products['Zen Mug']!.id,
        }),
      ).product,
    ).toEqual({ name: 'Zen Mug' });
    expect(errorCode(await suite.h.gql(`{ product(id: "a", slug: "b") { id } }`))).toBe('BAD_USER_INPUT');

    const variants = `query($ids: [ID!]!) { variants(ids: $ids) { sku } }`;
    const ids = [draft.variants[0]!.id, suite.fixture.products['Zen Mug']!.variants[0]!.id, 'unknown'];
    expect(expectData(await suite.h.gql(variants, { ids }, suite.h.customerToken)).variants).toEqual([
      null,
      { sku: 'ZEN-MUG-0' },
      null,
    ]);
    expect(expectData(await suite.h.gql(variants, { ids }, suite.h.staffToken)).variants).toEqual([
      { sku: 'DRAFT-EARBUDS-0' },
      { sku: 'ZEN-MUG-0' },
      null,
    ]);
  });
});

describe('sorting and pagination', () => {
  it('walks NEWEST pages newest first without repeats', async () => {
    const nodes = await suite.walk('NEWEST', 2);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(ACTIVE.length);
    const expected = [...nodes].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || (b.id < a.id ? -1 : 1),
    );
    expect(nodes.map((n) => n.id)).toEqual(expected.map((n) => n.id));
    expect(nodes[0]!.name).toBe('Canvas Tote');
  });

  it('sorts by name', async () => {
    expect(names(await suite.walk('NAME_ASC', 4))).toEqual([...ACTIVE].sort());
  });

  it('sorts by lowest price both ways, ties by id, products without a price last', async () => {
    const ascending = await suite.walk('PRICE_ASC', 1, {}, suite.h.staffToken);
    expect(ascending.map(price)).toEqual([
      999,
      999,
      1500,
      2999,
      3500,
      3999,
      4999,
      5999,
      12999,
      19999,
      24999,
      null,
    ]);
    expect(ascending.at(-1)!.name).toBe('Empty Draft');
    expect(ascending[0]!.id < ascending[1]!.id).toBe(true);

    const descending = await suite.walk('PRICE_DESC', 3, {}, suite.h.staffToken);
    expect(descending.map(price)).toEqual([
      24999,
      19999,
      12999,
      5999,
      4999,
      3999,
      3500,
      2999,
      1500,
      999,
      999,
      null,
    ]);
    expect(descending[9]!.id > descending[10]!.id).toBe(true);
  });

  it('continues after the cursor when products are added between pages', async () => {
    const first = await suite.page({ sort: 'NAME_ASC', first: 3 });
    expect(names(first.nodes)).toEqual(['Aurora Headphones', 'Bass Headphones', 'Canvas Tote']);
    const added = await createProduct(suite.h, simpleProduct('Acme Anvil', 100));
    const second = await suite.page({ sort: 'NAME_ASC', first: 3, after: first.pageInfo.endCursor });
    expect(names(second.nodes)).toEqual(['Laptop Stand', 'Linen Shirt', 'Mechanical Keyboard']);
    expect(second.totalCount).toBe(ACTIVE.length + 1);
    await suite.h.admin(`mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }`, {
      id: added.id,
    });
  });

  it('tells the total on a page past the end, which has no product to carry it', async () => {
    const all = await suite.page({ sort: 'NAME_ASC', first: 100 });
    expect(all.totalCount).toBe(ACTIVE.length);
    const beyond = await suite.page({ sort: 'NAME_ASC', first: 3, after: all.pageInfo.endCursor });
    expect(beyond.nodes).toEqual([]);
    expect(beyond.totalCount).toBe(ACTIVE.length);
  });

  it('caps the page size with a clear error', async () => {
    const tooMany = await suite.h.gql(LIST, { sort: 'NEWEST', first: 101 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0]!.message).toContain('between 1 and 100');
    expect(errorCode(await suite.h.gql(LIST, { sort: 'NEWEST', first: 0 }))).toBe('BAD_USER_INPUT');
    expect((await suite.page({ first: 100 })).nodes.length).toBe(ACTIVE.length);
    expect((await suite.page({})).nodes.length).toBe(ACTIVE.length);
  });

  it('refuses cursors that are forged or belong to another sort', async () => {
    const byName = await suite.page({ sort: 'NAME_ASC', first: 1 });
    expect(errorCode(await suite.h.gql(LIST, { sort: 'NEWEST', after: byName.pageInfo.endCursor }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await suite.h.gql(LIST, { sort: 'NEWEST', after: 'not-a-cursor' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
