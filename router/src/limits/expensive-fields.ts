import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { FragmentMap } from './fragments';

/**
 * Mutations whose work is deliberately slow (argon2 password hashing, checkout sagas): aliases could run one
 * of them dozens of times for the price of one request, so each may appear at most once per operation.
 */
export const EXPENSIVE_MUTATION_FIELDS: ReadonlySet<string> = new Set([
  'login',
  'register',
  'resetPassword',
  'changePassword',
  'deleteMyAccount',
  'requestPasswordReset',
  'refreshToken',
  'checkout',
]);

/** The root mutation fields of the operation by name, counted through aliases, fragments and inline fragments. */
function rootFieldCounts(
  selectionSet: SelectionSetNode,
  fragments: FragmentMap,
  seen: Set<string>,
  counts: Map<string, number>,
) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFieldCounts(selection.selectionSet, fragments, seen, counts);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice still runs its fields once (field merging); count each fragment once.
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      rootFieldCounts(fragment.selectionSet, fragments, seen, counts);
    }
  }
}

/** The expensive mutation field used most often in the operation, with its count; null when none repeats. */
export function repeatedExpensiveField(
  operation: OperationDefinitionNode,
  fragments: FragmentMap,
): { field: string; count: number } | null {
  if (operation.operation !== 'mutation') return null;
  const counts = new Map<string, number>();
  rootFieldCounts(operation.selectionSet, fragments, new Set(), counts);
  let worst: { field: string; count: number } | null = null;
  for (const [field, count] of counts) {
    if (EXPENSIVE_MUTATION_FIELDS.has(field) && count > 1 && (!worst || count > worst.count))
      worst = { field, count };
  }
  return worst;
}
