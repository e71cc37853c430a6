import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

type CachePolicy = GraphQLRequestContext<object>['overallCachePolicy'];
type CacheHint = Parameters<CachePolicy['restrict']>[0];

interface CacheAnnotation extends CacheHint {
  inheritMaxAge?: true;
}

/** Apollo's reading of a `@cacheControl(maxAge:, scope:, inheritMaxAge:)` directive. */
function annotationFromDirectives(
  directives: readonly ConstDirectiveNode[] | undefined,
): CacheAnnotation | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments!.find((candidate) => candidate.name.value === name);
  const scopeValue = argument('scope')?.value;
  const scopeName = scopeValue?.kind === Kind.ENUM ? scopeValue.value : undefined;
  const scope = scopeName === 'PUBLIC' || scopeName === 'PRIVATE' ? scopeName : undefined;
  const inherit = argument('inheritMaxAge')?.value;
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge')?.value;
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope };
}

function annotationOfType(type: GraphQLCompositeType): CacheAnnotation {
  const fromType = annotationFromDirectives(type.astNode?.directives);
  if (fromType) return fromType;
  for (const node of type.extensionASTNodes ?? []) {
    const hint = annotationFromDirectives(node.directives);
    if (hint) return hint;
  }
  return {};
}

function annotationOfField(field: GraphQLField<unknown, unknown>): CacheAnnotation {
  return annotationFromDirectives(field.astNode?.directives) ?? {};
}

/** A cache policy as Apollo Server keeps one (its own constructor is not exported). */
function newPolicy(): CachePolicy {
  return {
    maxAge: undefined,
    scope: undefined,
    restrict(hint) {
      if (hint.maxAge !== undefined && (this.maxAge === undefined || hint.maxAge < this.maxAge))
        this.maxAge = hint.maxAge;
      if (hint.scope !== undefined && this.scope !== 'PRIVATE') this.scope = hint.scope;
    },
    replace(hint) {
      if (hint.maxAge !== undefined) this.maxAge = hint.maxAge;
      if (hint.scope !== undefined) this.scope = hint.scope;
    },
    policyIfCacheable() {
      if (this.maxAge === undefined || this.maxAge === 0) return null;
      return { maxAge: this.maxAge, scope: this.scope ?? 'PUBLIC' };
    },
  };
}

/**
 * The hint one resolved field adds to the response's policy, exactly as Apollo's cache-control plugin computes
 * it in its `willResolveField` hook (its return type's hint, then the field's own, then the default max-age for
 * root fields and for objects that neither set nor inherit one).
 */
function fieldHint(field: GraphQLField<unknown, unknown>, isRoot: boolean, defaultMaxAge: number): CacheHint {
  const policy = newPolicy();
  let inheritMaxAge = false;
  const target = getNamedType(field.type);
  if (isCompositeType(target)) {
    const typeAnnotation = annotationOfType(target);
    policy.replace(typeAnnotation);
    inheritMaxAge = Boolean(typeAnnotation.inheritMaxAge);
  }
  const fieldAnnotation = annotationOfField(field);
  if (fieldAnnotation.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (fieldAnnotation.scope) policy.replace({ scope: fieldAnnotation.scope });
  } else {
    policy.replace(fieldAnnotation);
  }
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot))
    policy.restrict({ maxAge: defaultMaxAge });
  return { maxAge: policy.maxAge, scope: policy.scope };
}

function samePolicy(a: CachePolicy, b: CachePolicy): boolean {
  const x = a.policyIfCacheable();
  const y = b.policyIfCacheable();
  return x === y || (x !== null && y !== null && x.maxAge === y.maxAge && x.scope === y.scope);
}

/**
 * The policy a response to `operation` gets, known before execution; null when it depends on what the
 * resolvers return. Apollo's plugin restricts the policy by every field that resolves, and fields below a null
 * or an empty list never do. The root fields always resolve; every field of the document at most does. When
 * the policy of the root fields alone and that of every field the document names (below abstract types, those
 * of every possible type) say the same, the response's policy is that one, whatever the data. Documents with
 * `@skip` or `@include` (their fields depend on the variables) get null, and so do entity fetches (`_entities`),
 * whose resolver sets a hint from each entity's type as it resolves it.
 */
export function staticCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultMaxAge: number,
): CachePolicy | null {
  let conditional = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') conditional = true;
    },
  });
  if (conditional) return null;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;

  const applies = (condition: string | undefined, type: GraphQLObjectType) => {
    if (!condition || condition === type.name) return true;
    const conditionType = schema.getType(condition);
    return Boolean(conditionType && isAbstractType(conditionType) && schema.isSubType(conditionType, type));
  };
  /** The field nodes a selection set selects on an object type, through its fragments (graphql-js's collectFields). */
  const collect = (
    type: GraphQLObjectType,
    selectionSet: SelectionSetNode,
    into: FieldNode[],
    seen: Set<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) into.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type))
          collect(type, selection.selectionSet, into, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        if (!applies(fragment.typeCondition.name.value, type)) continue;
        seen.add(fragment.name.value);
        collect(type, fragment.selectionSet, into, seen);
      }
    }
  };

  const rootOnly = newPolicy();
  const everyField = newPolicy();
  // Each (type, selection set) pair is walked once: fragments repeat, the hints they add do not change.
  const walked = new Set<string>();
  let dynamic = false;
  let walks = 0;
  const walk = (type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], isRoot: boolean) => {
    const fieldNodes: FieldNode[] = [];
    for (const selectionSet of selectionSets) collect(type, selectionSet, fieldNodes, new Set());
    for (const node of fieldNodes) {
      const name = node.name.value;
      // Introspection fields are graphql-js's own: Apollo's plugin never sees them resolve.
      if (name.startsWith('__')) continue;
      // Apollo Subgraph's `_entities` restricts its own hint by each entity's type as it resolves.
      if (isRoot && name === '_entities') dynamic = true;
      const field = type.getFields()[name];
      if (!field) continue;
      const hint = fieldHint(field, isRoot, defaultMaxAge);
      everyField.restrict(hint);
      if (isRoot) rootOnly.restrict(hint);
      if (!node.selectionSet) continue;
      const target: GraphQLNamedType = getNamedType(field.type);
      const objects = isObjectType(target)
        ? [target]
        : isAbstractType(target)
          ? schema.getPossibleTypes(target)
          : [];
      for (const object of objects) {
        const key = `${object.name}@${node.selectionSet.loc?.start ?? walks}`;
        walks += 1;
        if (walked.has(key)) continue;
        walked.add(key);
        walk(object, [node.selectionSet], false);
      }
    }
  };
  walk(rootType, [operation.selectionSet], true);
  return !dynamic && samePolicy(rootOnly, everyField) ? everyField : null;
}

/**
 * Apollo's cache-control plugin (`Cache-Control` from the schema's `@cacheControl` hints), without its price per
 * field where it can be spared. Apollo's plugin hooks every field's resolution to restrict the response's policy
 * by the field's hint, which wraps every resolver of the schema and costs several allocations per field: a
 * tenth of a catalog listing's CPU. Hints here are static (no resolver of ours sets one with `info.cacheControl`;
 * Apollo Subgraph's `_entities` does, and is left to Apollo's plugin), so
 * when the policy follows from the document alone (see staticCachePolicy; the catalog's listings and lookups)
 * it is computed once per parsed document and applied before execution; otherwise Apollo's plugin does the
 * request as before. The header is Apollo's either way (its plugin writes it from the policy).
 */
export function cacheControlPlugin<C extends object>(options: {
  defaultMaxAge: number;
}): ApolloServerPlugin<C> {
  const apollo = ApolloServerPluginCacheControl(options) as ApolloServerPlugin<C>;
  let schema: GraphQLSchema | undefined;
  const policies = new WeakMap<DocumentNode, Map<string | undefined, CachePolicy | null>>();
  const policyOf = (document: DocumentNode, operation: OperationDefinitionNode): CachePolicy | null => {
    let byOperation = policies.get(document);
    if (!byOperation) {
      byOperation = new Map();
      policies.set(document, byOperation);
    }
    const name = operation.name?.value;
    if (!byOperation.has(name))
      byOperation.set(
        name,
        schema ? staticCachePolicy(schema, document, operation, options.defaultMaxAge) : null,
      );
    return byOperation.get(name)!;
  };
  return {
    async serverWillStart(service) {
      schema = service.schema;
      return apollo.serverWillStart?.(service);
    },
    async requestDidStart(requestContext) {
      const perField = (await apollo.requestDidStart?.(requestContext)) as GraphQLRequestListener<C> | void;
      return {
        async executionDidStart(executionContext) {
          const overall = requestContext.overallCachePolicy;
          // A policy restricted before execution makes Apollo's plugin ignore the hints; it handles that case.
          const restricted = overall.maxAge !== undefined || overall.scope !== undefined;
          const policy = restricted ? null : policyOf(executionContext.document, executionContext.operation);
          if (policy) {
            overall.restrict(policy);
            return;
          }
          return perField?.executionDidStart?.(executionContext);
        },
        async willSendResponse(responseContext) {
          await perField?.willSendResponse?.(responseContext);
        },
      };
    },
  };
}
