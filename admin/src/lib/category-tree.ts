/**
 * The category tree of the dashboard. The API returns the top-level categories and each category's
 * children; the router's query-cost limit allows only a few levels per request, so the tree is fetched a
 * level at a time (one request per level, the categories of a level asked for in parallel) and kept as a
 * flat list with parent ids.
 */

export interface CategoryRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
}

/** A fetched category and whether it has children to fetch. */
export interface FetchedCategory extends CategoryRecord {
  hasChildren: boolean;
}

export interface CategoryNode extends CategoryRecord {
  depth: number;
  children: CategoryNode[];
}

/** Every category, walking down from the top level; stops at `maxDepth` levels to survive a cycle. */
export async function collectCategories(
  fetchTopLevel: () => Promise<FetchedCategory[]>,
  fetchChildren: (parentId: string) => Promise<FetchedCategory[]>,
  maxDepth = 20,
): Promise<CategoryRecord[]> {
  const all = new Map<string, CategoryRecord>();
  let level = await fetchTopLevel();
  for (let depth = 0; level.length > 0 && depth < maxDepth; depth++) {
    const fresh = level.filter((category) => !all.has(category.id));
    for (const { hasChildren: _, ...record } of fresh) all.set(record.id, record);
    const parents = fresh.filter((category) => category.hasChildren);
    level = (await Promise.all(parents.map((parent) => fetchChildren(parent.id)))).flat();
  }
  return [...all.values()];
}

const byName = (a: CategoryRecord, b: CategoryRecord) => a.name.localeCompare(b.name);

/** Nests flat records under their parents, by name at each level; orphans become top-level. */
export function buildCategoryTree(records: readonly CategoryRecord[]): CategoryNode[] {
  const ids = new Set(records.map((record) => record.id));
  const childrenOf = new Map<string | null, CategoryRecord[]>();
  for (const record of records) {
    const parent = record.parentId && ids.has(record.parentId) ? record.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), record]);
  }
  const seen = new Set<string>();
  const build = (parentId: string | null, depth: number): CategoryNode[] =>
    [...(childrenOf.get(parentId) ?? [])]
      .sort(byName)
      .filter((record) => !seen.has(record.id) && seen.add(record.id))
      .map((record) => ({ ...record, depth, children: build(record.id, depth + 1) }));
  return build(null, 0);
}

/** The category and everything below it: none of these can become its new parent. */
export function subtreeIds(records: readonly CategoryRecord[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const record of records) {
      if (record.parentId && ids.has(record.parentId) && !ids.has(record.id)) {
        ids.add(record.id);
        grew = true;
      }
    }
  }
  return ids;
}

export interface ParentOption {
  id: string;
  label: string;
}

/**
 * Categories a category may be filed under, as "Parent / Child" paths in tree order; when editing, the
 * category itself and its subcategories are left out.
 */
export function parentOptions(records: readonly CategoryRecord[], editingId?: string): ParentOption[] {
  const excluded = editingId ? subtreeIds(records, editingId) : new Set<string>();
  const options: ParentOption[] = [];
  const walk = (nodes: CategoryNode[], path: string[]) => {
    for (const node of nodes) {
      if (excluded.has(node.id)) continue;
      const label = [...path, node.name];
      options.push({ id: node.id, label: label.join(' / ') });
      walk(node.children, label);
    }
  };
  walk(buildCategoryTree(records), []);
  return options;
}
