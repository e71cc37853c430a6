import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { DateTimeScalar } from './date-time-scalar';
import type { SubgraphContext } from './context';
import { CACHE_CONTROL_DIRECTIVE } from './cache-hints';

/**
 * Federation 2.9 brings the cost directives `@cost(weight:)` and `@listSize(assumedSize:, slicingArguments:,
 * sizedFields:)`: a subgraph declares with `@Directive(...)` how large its lists are, they compose into the
 * supergraph, and the router's cost estimate reads them.
 */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@tag", "@interfaceObject", "@cost", "@listSize"])`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolver<C = SubgraphContext> = (reference: any, context: C) => unknown;

export interface FederatedSchemaOptions<C> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver, e.g. entity stubs owned by other subgraphs. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` for each entity this subgraph can resolve, by type name. */
  referenceResolvers?: Record<string, ReferenceResolver<C>>;
  /** Extra resolvers merged into the map (e.g. `Upload` scalars or interface type resolution). */
  extraResolvers?: GraphQLResolverMap<C>;
}

/**
 * Turns TypeGraphQL classes into an Apollo Federation 2 subgraph schema: build, print with directives,
 * prepend the federation @link, and rebuild with @apollo/subgraph so `_entities` and `_service` exist.
 */
export async function buildFederatedSchema<C = SubgraphContext>(
  options: FederatedSchemaOptions<C>,
): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    skipCheck: true,
    validate: false,
  });
  const typeDefs = parse(
    `${FEDERATION_LINK}\n\n${CACHE_CONTROL_DIRECTIVE}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`,
  );
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<C>;
  useDirectFieldResolvers(resolvers, options.resolvers);
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: resolveReference,
    } as never;
  }
  for (const [typeName, extra] of Object.entries(options.extraResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) } as never;
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

type FieldResolve = (root: unknown, args: unknown, context: unknown, info: unknown) => unknown;
type ParamGetter = (root: unknown, context: unknown, info: unknown) => unknown;

const PARAM_GETTERS: Record<string, ParamGetter> = {
  root: (root) => root,
  context: (_root, context) => context,
  info: (_root, _context, info) => info,
};

/**
 * TypeGraphQL wraps every field in its own resolver, even a plain property: for each field of each object it
 * builds its resolver data, runs the (empty) middleware chain and, for a `@FieldResolver`, sorts and maps the
 * handler's parameters, looks the resolver instance up in a list. On a page of a few dozen objects that is
 * thousands of calls per request, a large part of a listing's CPU. Where none of that can make a difference,
 * the field gets the same answer more directly:
 * - a plain `@Field` property without middleware, auth roles or field resolver is read by graphql-js's
 *   default resolver (`source[fieldName]`, what TypeGraphQL's `root[name]` reads when both names are equal);
 * - a `@FieldResolver` of a resolver class, without middleware or auth roles, whose parameters are only
 *   `@Root()` (untyped, whole object), `@Ctx()` (whole context) and `@Info()`, calls its method on one
 *   instance of the class with those values, as TypeGraphQL's default container does.
 * Everything else (arguments, validation, middleware, typed roots) keeps TypeGraphQL's resolver.
 */
function useDirectFieldResolvers<C>(
  resolvers: GraphQLResolverMap<C>,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolverClasses: readonly Function[],
): void {
  const storage = getMetadataStorage();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const namesOf = new Map<Function, string>();
  const classCount = new Map<string, number>();
  for (const objectType of storage.objectTypes) {
    namesOf.set(objectType.target, objectType.name);
    classCount.set(objectType.name, (classCount.get(objectType.name) ?? 0) + 1);
  }
  // A name declared by two classes (two schemas in one process) is left as TypeGraphQL built it.
  const fieldsOf = (target: unknown): Record<string, FieldResolve | undefined> | undefined => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    const name = namesOf.get(target as Function);
    if (!name || classCount.get(name) !== 1) return undefined;
    return resolvers[name] as Record<string, FieldResolve | undefined> | undefined;
  };
  const resolved = new Set(
    storage.fieldResolvers.map(
      (def) => `${namesOf.get(def.getObjectType?.() as never) ?? '?'}.${def.methodName}`,
    ),
  );

  for (const objectType of storage.objectTypes) {
    const fields = fieldsOf(objectType.target);
    if (!fields) continue;
    for (const field of objectType.fields ?? []) {
      if (field.name !== field.schemaName || field.middlewares?.length || field.roles?.length) continue;
      if (resolved.has(`${objectType.name}.${field.name}`) || !fields[field.schemaName]) continue;
      delete fields[field.schemaName];
    }
  }

  for (const def of storage.fieldResolvers) {
    if (def.kind !== 'external' || !resolverClasses.includes(def.target)) continue;
    if (def.middlewares?.length || def.roles?.length) continue;
    const fields = fieldsOf(def.getObjectType?.());
    if (!fields?.[def.schemaName]) continue;
    const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
    const direct = params.every(
      (param, position) =>
        param.index === position &&
        ((param.kind === 'root' && !param.propertyName && !param.getType) ||
          (param.kind === 'context' && !param.propertyName) ||
          param.kind === 'info'),
    );
    if (!direct) continue;
    const getters = params.map((param) => PARAM_GETTERS[param.kind]!);
    const Target = def.target as new () => Record<string, (...values: unknown[]) => unknown>;
    const method = def.methodName;
    let instance: Record<string, (...values: unknown[]) => unknown> | undefined;
    fields[def.schemaName] = (root, _args, context, info) => {
      instance ??= new Target();
      switch (getters.length) {
        case 0:
          return instance[method]!();
        case 1:
          return instance[method]!(getters[0]!(root, context, info));
        case 2:
          return instance[method]!(getters[0]!(root, context, info), getters[1]!(root, context, info));
        default:
          return instance[method]!(...getters.map((get) => get(root, context, info)));
      }
    };
  }
}
