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
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '@msa/subgraph-kit';
import { costDirectivesOf, type CostDirectives, type ListSize } from './cost-directives';
import { fragmentMemo, type FragmentMap } from './fragments';

/** Elements assumed for a list the schema declares no `@listSize` for. */
export const DEFAULT_LIST_SIZE = 5;
/** What a root mutation field costs by itself (as in Apollo demand control): writes are dearer than reads. */
export const MUTATION_FIELD_WEIGHT = 10;

/** A paged field without `@listSize` is read as `@listSize(slicingArguments: ["first", "last"])`. */
const PAGE_ARGUMENTS = ['first', 'last'];
/**
 * ...and, when it returns an object, the size applies to that object's `edges` and `nodes` lists, or to those
 * of a connection one level below (search's `hits`: federation only lets `sizedFields` name lists).
 */
const CONNECTION_LISTS = ['edges', 'nodes'];

function connectionsBelow(definition: GraphQLField<unknown, unknown>): string[] {
  const type = getNullableType(definition.type);
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  return Object.values(type.getFields())
    .filter((field) => {
      const child = getNullableType(field.type);
      return (
        (isObjectType(child) || isInterfaceType(child)) &&
        CONNECTION_LISTS.some((name) => name in child.getFields())
      );
    })
    .map((field) => field.name);
}

export interface CostOptions {
  variables?: Record<string, unknown> | undefined;
  defaultListSize?: number;
  /** `@cost`/`@listSize` of the schema; by default those registered for it or written in its SDL. */
  directives?: CostDirectives;
  /**
   * The largest page a subgraph serves (default the kit's MAX_PAGE_SIZE): a larger `first` is refused by the
   * subgraph with a BAD_USER_INPUT that names the limit, so it never fetches more than this.
   */
  maxPageSize?: number;
}

interface Scope {
  type: GraphQLCompositeType | null;
  /** Sizes the parent's `@listSize(sizedFields:)` gives its child lists (a connection's edges/nodes). */
  sizedFields: ReadonlyMap<string, number> | null;
  /** Introspection is answered from memory by the router: each field costs 1, lists are not multiplied. */
  introspection: boolean;
  root: boolean;
}

/**
 * An estimate of the work an operation causes, after the GraphQL cost directive specification as Apollo
 * demand control applies it: a field costs its `@cost(weight:)`, else its type's, which is 1 for objects,
 * interfaces and unions and 0 for scalars and enums (root mutation fields MUTATION_FIELD_WEIGHT); a list
 * field costs its element count times (weight + whatever is selected below). The count comes from the
 * field's `@listSize`: the value of its slicing argument (`first`), else its `assumedSize`; a list without
 * `@listSize` counts DEFAULT_LIST_SIZE, and a paged field without it counts its `first`/`last`. A slicing
 * argument counts at most `maxPageSize`, since subgraphs refuse a larger page (with a message that names the
 * limit) rather than fetch it. `__typename` is free.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentMap,
  options: CostOptions = {},
): number {
  const defaultListSize = options.defaultListSize ?? DEFAULT_LIST_SIZE;
  const maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
  const directives = options.directives ?? costDirectivesOf(schema);
  const variableValue = variableReader(operation, options.variables ?? {});
  const mutationType = schema.getMutationType();

  // Fragment costs depend on the scope they are spread into only through sizedFields and introspection.
  const fragmentCosts = new Map<string, (fragment: FragmentDefinitionNode | undefined) => number>();
  const costOfFragment = (fragment: FragmentDefinitionNode | undefined, scope: Scope): number => {
    const sized = scope.sizedFields ? [...scope.sizedFields].join(',') : '';
    const key = `${sized}:${scope.introspection}:${scope.root}`;
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

  function listSizeOf(parent: GraphQLCompositeType, definition: GraphQLField<unknown, unknown>) {
    const declared = directives.listSizes.get(`${parent.name}.${definition.name}`);
    if (declared) return declared;
    const slicing = PAGE_ARGUMENTS.filter((name) => definition.args.some((arg) => arg.name === name));
    if (!slicing.length) return undefined;
    if (isListType(getNullableType(definition.type))) return { slicingArguments: slicing };
    return { slicingArguments: slicing, sizedFields: [...CONNECTION_LISTS, ...connectionsBelow(definition)] };
  }

  /** Elements the field returns (or its sized fields do): its largest slicing argument given, else assumed. */
  function sizeOf(field: FieldNode, listSize: ListSize | undefined): number {
    let size: number | undefined;
    for (const argument of field.arguments ?? []) {
      if (!listSize?.slicingArguments?.includes(argument.name.value)) continue;
      const value = intValue(argument.value, variableValue);
      if (value !== undefined) size = Math.max(size ?? 0, Math.min(value, maxPageSize), 0);
    }
    return size ?? listSize?.assumedSize ?? defaultListSize;
  }

  function weightOf(parent: GraphQLCompositeType, definition: GraphQLField<unknown, unknown>, root: boolean) {
    const declared = directives.fieldWeights.get(`${parent.name}.${definition.name}`);
    if (declared !== undefined) return declared;
    if (root && parent === mutationType) return MUTATION_FIELD_WEIGHT;
    const named = getNamedType(definition.type);
    return directives.typeWeights.get(named.name) ?? (isCompositeType(named) ? 1 : 0);
  }

  function costOfField(field: FieldNode, scope: Scope): number {
    const name = field.name.value;
    if (name === '__typename') return 0;
    if (scope.introspection || name.startsWith('__')) {
      const below = field.selectionSet
        ? costOf(field.selectionSet, { type: null, sizedFields: null, introspection: true, root: false })
        : 0;
      return 1 + below;
    }
    const parent = scope.type;
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
    if (!parent || !definition) return 0;

    const weight = weightOf(parent, definition, scope.root);
    const returnsList = isListType(getNullableType(definition.type));
    const listSize = listSizeOf(parent, definition);
    const size = listSize ? sizeOf(field, listSize) : defaultListSize;
    const fromParent = scope.sizedFields?.get(name);
    // A sized field that is an object rather than a list (search's `hits` connection) passes the size on
    // to its own edges and nodes.
    const sizedFields = listSize?.sizedFields?.length
      ? new Map(listSize.sizedFields.map((child) => [child, size]))
      : fromParent !== undefined && !returnsList
        ? new Map(CONNECTION_LISTS.map((child) => [child, fromParent]))
        : null;
    const namedType = getNamedType(definition.type);
    const below = field.selectionSet
      ? costOf(field.selectionSet, {
          type: isCompositeType(namedType) ? namedType : null,
          sizedFields,
          introspection: false,
          root: false,
        })
      : 0;
    const count = !returnsList ? 1 : (fromParent ?? (listSize?.sizedFields?.length ? 1 : size));
    return count * (weight + below);
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
  return costOf(operation.selectionSet, { type: root, sizedFields: null, introspection: false, root: true });
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
