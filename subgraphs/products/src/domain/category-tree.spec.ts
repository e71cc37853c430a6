import { describe, expect, it } from 'vitest';
import { pathFromRoot, subtreeIds, wouldCreateCycle, type TreeNode } from './category-tree';

// electronics > audio > headphones, electronics > computers; apparel is a separate root.
const tree: TreeNode[] = [
  { id: 'electronics', parentId: null },
  { id: 'audio', parentId: 'electronics' },
  { id: 'headphones', parentId: 'audio' },
  { id: 'computers', parentId: 'electronics' },
  { id: 'apparel', parentId: null },
];

describe('subtreeIds', () => {
  it('returns the category and all its descendants, parents first', () => {
    expect(subtreeIds(tree, 'electronics')).toEqual(['electronics', 'audio', 'computers', 'headphones']);
    expect(subtreeIds(tree, 'audio')).toEqual(['audio', 'headphones']);
    expect(subtreeIds(tree, 'apparel')).toEqual(['apparel']);
  });

  it('is empty for an unknown category', () => {
    expect(subtreeIds(tree, 'missing')).toEqual([]);
  });

  it('terminates on a corrupted tree that loops', () => {
    const looped: TreeNode[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(subtreeIds(looped, 'a')).toEqual(['a', 'b']);
  });
});

describe('wouldCreateCycle', () => {
  it('refuses a category as its own parent', () => {
    expect(wouldCreateCycle(tree, 'audio', 'audio')).toBe(true);
  });

  it('refuses moving a category under one of its descendants', () => {
    expect(wouldCreateCycle(tree, 'electronics', 'headphones')).toBe(true);
    expect(wouldCreateCycle(tree, 'audio', 'headphones')).toBe(true);
  });

  it('allows moving under an unrelated branch, a sibling or to the root', () => {
    expect(wouldCreateCycle(tree, 'audio', 'apparel')).toBe(false);
    expect(wouldCreateCycle(tree, 'headphones', 'computers')).toBe(false);
    expect(wouldCreateCycle(tree, 'headphones', null)).toBe(false);
  });
});

describe('pathFromRoot', () => {
  it('walks from the root down to the category', () => {
    expect(pathFromRoot(tree, 'headphones').map((node) => node.id)).toEqual([
      'electronics',
      'audio',
      'headphones',
    ]);
    expect(pathFromRoot(tree, 'apparel').map((node) => node.id)).toEqual(['apparel']);
  });

  it('is empty for an unknown category and stops at a loop', () => {
    expect(pathFromRoot(tree, 'missing')).toEqual([]);
    const loop: TreeNode[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(pathFromRoot(loop, 'a').map((node) => node.id)).toEqual(['b', 'a']);
  });
});
