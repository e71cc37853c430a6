import { describe, expect, it } from 'vitest';
import {
  buildCategoryTree,
  collectCategories,
  parentOptions,
  subtreeIds,
  type CategoryRecord,
  type FetchedCategory,
} from './category-tree';

const record = (id: string, name: string, parentId: string | null = null): CategoryRecord => ({
  id,
  slug: id,
  name,
  description: '',
  parentId,
});

const catalog = [
  record('home', 'Home'),
  record('electronics', 'Electronics'),
  record('audio', 'Audio', 'electronics'),
  record('cameras', 'Cameras', 'electronics'),
  record('headphones', 'Headphones', 'audio'),
];

describe('collectCategories', () => {
  it('walks the tree a level at a time, asking only for categories that have children', async () => {
    const fetched = (r: CategoryRecord): FetchedCategory => ({
      ...r,
      hasChildren: catalog.some((c) => c.parentId === r.id),
    });
    const askedFor: string[] = [];
    const records = await collectCategories(
      async () => catalog.filter((c) => c.parentId === null).map(fetched),
      async (parentId) => {
        askedFor.push(parentId);
        return catalog.filter((c) => c.parentId === parentId).map(fetched);
      },
    );
    expect(records.map((r) => r.id).sort()).toEqual(catalog.map((c) => c.id).sort());
    expect(askedFor.sort()).toEqual(['audio', 'electronics']);
    expect(records.every((r) => !('hasChildren' in r))).toBe(true);
  });

  it('stops on a cycle instead of asking forever', async () => {
    let calls = 0;
    const loop: FetchedCategory = { ...record('a', 'A'), hasChildren: true };
    const records = await collectCategories(
      async () => [loop],
      async () => {
        calls++;
        return [loop];
      },
    );
    expect(records).toHaveLength(1);
    expect(calls).toBe(1);
  });
});

describe('buildCategoryTree', () => {
  it('nests categories by name with their depth', () => {
    const tree = buildCategoryTree(catalog);
    expect(tree.map((n) => n.name)).toEqual(['Electronics', 'Home']);
    const electronics = tree[0]!;
    expect(electronics.children.map((n) => n.name)).toEqual(['Audio', 'Cameras']);
    expect(electronics.children[0]!.children[0]).toMatchObject({ id: 'headphones', depth: 2 });
  });

  it('shows a category whose parent is unknown at the top', () => {
    expect(buildCategoryTree([record('x', 'X', 'missing')]).map((n) => n.id)).toEqual(['x']);
  });
});

describe('subtreeIds and parentOptions', () => {
  it('finds a category and everything below it', () => {
    expect([...subtreeIds(catalog, 'electronics')].sort()).toEqual([
      'audio',
      'cameras',
      'electronics',
      'headphones',
    ]);
  });

  it('offers every category as a path, except the edited one and its subcategories', () => {
    expect(parentOptions(catalog).map((o) => o.label)).toEqual([
      'Electronics',
      'Electronics / Audio',
      'Electronics / Audio / Headphones',
      'Electronics / Cameras',
      'Home',
    ]);
    expect(parentOptions(catalog, 'audio').map((o) => o.id)).toEqual(['electronics', 'cameras', 'home']);
  });
});
