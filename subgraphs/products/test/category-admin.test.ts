import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCategory,
  createProduct,
  simpleProduct,
  startProductsHarness,
  type ProductsHarness,
} from './support/products-harness';

let h: ProductsHarness;
beforeAll(async () => {
  h = await startProductsHarness();
});
afterAll(() => h?.stop());

interface Payload {
  userErrors: { code: string; field: string[] | null; message: string }[];
}
const codes = (payload: Payload) => payload.userErrors.map((e) => e.code);

describe('categories', () => {
  it('creates a tree with generated and explicit slugs', async () => {
    const electronics = await createCategory(h, { name: 'Electronics & Gadgets' });
    expect(electronics.slug).toBe('electronics-and-gadgets');
    const audio = await createCategory(h, { name: 'Audio', slug: 'audio-gear', parentId: electronics.id });
    const data = await h.admin<{ category: { slug: string; parent: { id: string }; children: unknown[] } }>(
      `query($id: ID) { category(id: $id) { slug parent { id } children { id } } }`,
      { id: audio.id },
    );
    expect(data.category).toEqual({ slug: 'audio-gear', parent: { id: electronics.id }, children: [] });
    expect((await createCategory(h, { name: 'Electronics & Gadgets' })).slug).toBe(
      'electronics-and-gadgets-2',
    );
  });

  it('refuses taken slugs, unknown parents and moves that would make a cycle', async () => {
    const root = await createCategory(h, { name: 'Home' });
    const kitchen = await createCategory(h, { name: 'Kitchen', parentId: root.id });
    const cookware = await createCategory(h, { name: 'Cookware', parentId: kitchen.id });
    const create = await h.admin<{ createCategory: Payload }>(
      `mutation { createCategory(input: { name: "Again", slug: "${kitchen.slug}", parentId: "missing" }) { category { id } userErrors { code field message } } }`,
    );
    expect(codes(create.createCategory).sort()).toEqual(['CATEGORY_NOT_FOUND', 'SLUG_TAKEN']);

    const move = `mutation($id: ID!, $parentId: ID) { updateCategory(id: $id, input: { parentId: $parentId }) { category { id parent { id } } userErrors { code field } } }`;
    const cycle = await h.admin<{ updateCategory: Payload }>(move, { id: root.id, parentId: cookware.id });
    expect(cycle.updateCategory.userErrors).toEqual([
      { code: 'CATEGORY_CYCLE', field: ['input', 'parentId'] },
    ]);
    const self = await h.admin<{ updateCategory: Payload }>(move, { id: kitchen.id, parentId: kitchen.id });
    expect(codes(self.updateCategory)).toEqual(['CATEGORY_CYCLE']);

    const toRoot = await h.admin<{ updateCategory: { category: { parent: null } } & Payload }>(move, {
      id: cookware.id,
      parentId: null,
    });
    expect(toRoot.updateCategory.category.parent).toBeNull();
  });

  it('refuses an empty parent id as an unknown parent, when creating and when moving', async () => {
    const create = `mutation($parentId: ID) { createCategory(input: { name: "Orphan", parentId: $parentId }) { category { id } userErrors { code field } } }`;
    const created = await h.admin<{ createCategory: Payload }>(create, { parentId: '' });
    expect(created.createCategory.userErrors).toEqual([
      { code: 'CATEGORY_NOT_FOUND', field: ['input', 'parentId'] },
    ]);
    const category = await createCategory(h, { name: 'Stationery' });
    const move = `mutation($id: ID!) { updateCategory(id: $id, input: { parentId: "" }) { userErrors { code field } } }`;
    const moved = await h.admin<{ updateCategory: Payload }>(move, { id: category.id });
    expect(moved.updateCategory.userErrors).toEqual([
      { code: 'CATEGORY_NOT_FOUND', field: ['input', 'parentId'] },
    ]);
  });

  it('deletes only empty categories', async () => {
    const parent = await createCategory(h, { name: 'Garden' });
    const child = await createCategory(h, { name: 'Tools', parentId: parent.id });
    await createProduct(h, simpleProduct('Rake', 2500, { categoryId: child.id }));
    const remove = `mutation($id: ID!) { deleteCategory(id: $id) { deletedCategoryId userErrors { code } } }`;

    const withChildren = await h.admin<{ deleteCategory: Payload }>(remove, { id: parent.id });
    expect(codes(withChildren.deleteCategory)).toEqual(['CATEGORY_HAS_CHILDREN']);
    const withProducts = await h.admin<{ deleteCategory: Payload }>(remove, { id: child.id });
    expect(codes(withProducts.deleteCategory)).toEqual(['CATEGORY_HAS_PRODUCTS']);

    const empty = await createCategory(h, { name: 'Empty' });
    const deleted = await h.admin<{ deleteCategory: { deletedCategoryId: string } }>(remove, {
      id: empty.id,
    });
    expect(deleted.deleteCategory.deletedCategoryId).toBe(empty.id);
    expect(
      (await h.admin<{ category: null }>(`query($id: ID) { category(id: $id) { id } }`, { id: empty.id }))
        .category,
    ).toBeNull();
  });
});
