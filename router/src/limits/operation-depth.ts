import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fragmentMemo, type FragmentMap } from './fragments';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * How deeply fields nest in an operation, fragments included: `{ a }` is 1, `{ a { b } }` is 2.
 *
 * Inside introspection (`__schema`, `__type`) the `ofType` chain does not add depth: it is a short, linear walk
 * down list/non-null wrappers that every introspection client (Sandbox, codegen) nests about eight levels,
 * while `fields { type { fields … } }` nesting, the part that can explode, still counts.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: FragmentMap): number {
  const fragmentDepth = (introspection: boolean) =>
    fragmentMemo((fragment) => depthOf(fragment.selectionSet, introspection), 0);
  const memo = { plain: fragmentDepth(false), introspection: fragmentDepth(true) };

  function depthOf(selectionSet: SelectionSetNode, introspection: boolean): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const inIntrospection = introspection || INTROSPECTION_ROOTS.has(name);
        const own = inIntrospection && name === 'ofType' ? 0 : 1;
        const below = selection.selectionSet ? depthOf(selection.selectionSet, inIntrospection) : 0;
        deepest = Math.max(deepest, own + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, introspection));
      } else {
        const fragment = fragments.get(selection.name.value);
        const measure = introspection ? memo.introspection : memo.plain;
        deepest = Math.max(deepest, measure(fragment));
      }
    }
    return deepest;
  }

  return depthOf(operation.selectionSet, false);
}
