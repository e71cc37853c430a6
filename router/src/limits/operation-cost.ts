import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { fragmentMemo, type FragmentMap } from './fragments';

/** Assumed length of a list whose size the operation does not state. */
export const DEFAULT_LIST_SIZE = 10;
/** `first`/`last` above this count as this: subgraphs refuse larger pages anyway. */
export const MAX_LIST_SIZE = 100;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

export interface CostOptions {
  variables?: Record<string, unknown> | undefined;
  defaultListSize?: number;
  maxListSize?: number;
}

interface Scope {
  type: GraphQLCompositeType | null;
  /** Set under a connection field whose `first`/`last` already multiplied its edges and nodes. */
  pagedByParent: boolean;
  /** Introspection is answered from memory by the router: each field costs 1, lists are not multiplied. */
  introspection: boolean;
}

/**
 * An estimate of the work an operation causes: every field costs 1, and whatever is selected below a list is
 * paid once per expected element. A field with a `first`/`last` argument (a Relay connection or a paged
 * list) multiplies by that value (or the default page size), and its `edges`/`nodes` lists do not multiply
 * again; any other list multiplies by DEFAULT_LIST_SIZE. `__typename` is free.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentMap,
  options: CostOptions = {},
): number {
  const defaultListSize = options.defaultListSize ?? DEFAULT_LIST_SIZE;
  const maxListSize = options.maxListSize ?? MAX_LIST_SIZE;
  const variableValue = variableReader(operation, options.variables ?? {});

  const fragmentCosts = new Map<string, (fragment: FragmentDefinitionNode | undefined) => number>();
  const costOfFragment = (fragment: FragmentDefinitionNode | undefined, scope: Scope): number => {
    const key = `${scope.pagedByParent}:${scope.introspection}`;
    let measure = fragmentCosts.get(key);
    if (!measure) {
      measure = fragmentMemo((definition) => {
        const type = schema.getType(definition.typeCondition.name.value);
        return costOf(definition.selectionSet, { ...scope, type: isCompositeType(type) ? type : null });
      }, 0);
      fragmentCosts.set(key, measure);
    }
    return measure(fragment);
  };

  function pageSize(field: FieldNode): number {
    for (const argument of field.arguments ?? []) {
      if (!PAGE_ARGUMENTS.has(argument.name.value)) continue;
      const value = intValue(argument.value, variableValue);
      if (value !== undefined) return Math.min(Math.max(value, 0), maxListSize);
    }
    return Math.min(defaultListSize, maxListSize);
  }

  function costOfField(field: FieldNode, scope: Scope): number {
    const name = field.name.value;
    if (name === '__typename') return 0;
    if (scope.introspection || name.startsWith('__')) {
      const below = field.selectionSet
        ? costOf(field.selectionSet, { type: null, pagedByParent: false, introspection: true })
        : 0;
      return 1 + below;
    }
    const definition =
      scope.type && (isObjectType(scope.type) || isInterfaceType(scope.type))
        ? scope.type.getFields()[name]
        : undefined;
    if (!definition || !field.selectionSet) return 1;

    const returnsList = isListType(getNullableType(definition.type));
    const paged = definition.args.some((argument) => PAGE_ARGUMENTS.has(argument.name));
    const multiplier = paged
      ? pageSize(field)
      : returnsList
        ? scope.pagedByParent
          ? 1
          : Math.min(defaultListSize, maxListSize)
        : 1;
    const namedType = getNamedType(definition.type);
    const below = costOf(field.selectionSet, {
      type: isCompositeType(namedType) ? namedType : null,
      pagedByParent: paged && !returnsList,
      introspection: false,
    });
    return 1 + multiplier * below;
  }

  function costOf(selectionSet: SelectionSetNode, scope: Scope): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += costOfField(selection, scope);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : scope.type;
        total += costOf(selection.selectionSet, {
          ...scope,
          type: isCompositeType(condition) ? condition : null,
        });
      } else {
        total += costOfFragment(fragments.get(selection.name.value), scope);
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation) ?? null;
  return costOf(operation.selectionSet, { type: root, pagedByParent: false, introspection: false });
}

type VariableValue = (name: string) => unknown;

/** Reads a variable from the request, falling back to the default declared in the operation. */
function variableReader(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): VariableValue {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );
  return (name) => {
    if (variables[name] !== undefined && variables[name] !== null) return variables[name];
    const fallback = defaults.get(name);
    return fallback ? intValue(fallback, () => undefined) : undefined;
  };
}

function intValue(node: ValueNode, variable: VariableValue): number | undefined {
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = variable(node.name.value);
    return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : undefined;
  }
  return undefined;
}
