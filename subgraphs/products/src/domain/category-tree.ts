export interface TreeNode {
  id: string;
  parentId: string | null;
}

function childrenIndex(nodes: readonly TreeNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node.id);
    children.set(node.parentId, siblings);
  }
  return children;
}

/** `rootId` and every category below it, parents before children. Empty when `rootId` is unknown. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: string): string[] {
  if (!nodes.some((node) => node.id === rootId)) return [];
  const children = childrenIndex(nodes);
  const result: string[] = [];
  const seen = new Set<string>();
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    // A corrupted tree with a loop must not hang the request.
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/**
 * Moving `categoryId` under `newParentId` would make the tree a loop when the new parent is the category
 * itself or one of its descendants.
 */
export function wouldCreateCycle(
  nodes: readonly TreeNode[],
  categoryId: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return false;
  if (newParentId === categoryId) return true;
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  const seen = new Set<string>();
  let current: string | null = newParentId;
  while (current !== null && !seen.has(current)) {
    if (current === categoryId) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return current !== null;
}

/**
 * The nodes from the root of the tree down to `categoryId` (inclusive); empty when it is unknown. A loop in a
 * corrupted tree ends the walk instead of hanging it.
 */
export function pathFromRoot<T extends TreeNode>(nodes: readonly T[], categoryId: string): T[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const path: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(categoryId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}
