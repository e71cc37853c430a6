import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

export type FragmentMap = ReadonlyMap<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): FragmentMap {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Memoizes a per-fragment measurement. Each fragment is measured once however often it is spread, so a
 * document that spreads fragments into each other cannot make the calculators take exponential time; a
 * fragment that (invalidly) spreads itself measures as 0 instead of recursing forever.
 */
export function fragmentMemo<T>(measure: (fragment: FragmentDefinitionNode) => T, empty: T) {
  const done = new Map<string, T>();
  const inProgress = new Set<string>();
  return (fragment: FragmentDefinitionNode | undefined): T => {
    if (!fragment) return empty;
    const key = fragment.name.value;
    if (inProgress.has(key)) return empty;
    const cached = done.get(key);
    if (cached !== undefined) return cached;
    inProgress.add(key);
    const value = measure(fragment);
    inProgress.delete(key);
    done.set(key, value);
    return value;
  };
}
