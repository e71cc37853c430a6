import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
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
