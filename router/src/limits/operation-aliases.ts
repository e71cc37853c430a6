import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fragmentMemo, type FragmentMap } from './fragments';

/**
 * Number of aliased fields the operation asks for, counting a fragment's aliases once per spread: aliases are
 * how one request asks for the same expensive field many times, and each spread repeats them.
 */
export function operationAliasCount(operation: OperationDefinitionNode, fragments: FragmentMap): number {
  const fragmentAliases = fragmentMemo((fragment) => aliasesIn(fragment.selectionSet), 0);

  function aliasesIn(selectionSet: SelectionSetNode): number {
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) count += 1;
        if (selection.selectionSet) count += aliasesIn(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += aliasesIn(selection.selectionSet);
      } else {
        count += fragmentAliases(fragments.get(selection.name.value));
      }
    }
    return count;
  }

  return aliasesIn(operation.selectionSet);
}
