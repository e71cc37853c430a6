import type { ApolloGateway, ServiceMap } from '@apollo/gateway';
import { Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Logger } from '@msa/subgraph-kit';
import { ForwardingDataSource } from '../gateway/forwarding-data-source';
import type { SubgraphBreakers } from '../gateway/subgraph-breaker';
import { registerCostDirectives } from '../limits/cost-directives';
import { subgraphsOfSupergraph } from '../gateway/subgraph-endpoints';
import { planSubscription, type SubscriptionPlan } from './subscription-plan';

/** Distinct subscription documents whose plans are kept; clients send few distinct ones. */
const PLAN_CACHE_SIZE = 500;

/** What serving subscriptions needs from one version of the supergraph. */
export interface SubscriptionSupergraph {
  /** The client-facing schema: subscriptions are validated and measured against it. */
  apiSchema: GraphQLSchema;
  /** The gateway executor's inputs for the per-event plans. */
  execution: { supergraphSchema: GraphQLSchema; apiSchema: Schema };
  /** Each subgraph's GraphQL URL by name, with the router's overrides applied. */
  subgraphUrls: ReadonlyMap<string, string>;
  /** Entity fetches on behalf of a subscriber go through the same forwarding data source as queries. */
  dataSources: ServiceMap;
  /** The plan of a validated subscription document, cached by its text and operation name. */
  plan(document: DocumentNode, source: string, operationName?: string): SubscriptionPlan;
}

export function loadSubscriptionSupergraph(
  supergraphSdl: string,
  urlOverrides: ReadonlyMap<string, string>,
  /** The circuit breakers queries use; entity fetches of subscription events go through them too. */
  breakers?: SubgraphBreakers,
): SubscriptionSupergraph {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const federationApiSchema = supergraph.apiSchema();
  const subgraphUrls = new Map(
    subgraphsOfSupergraph(supergraphSdl).map((s) => [s.name, urlOverrides.get(s.name) ?? s.url]),
  );
  const dataSources: ServiceMap = Object.create(null) as ServiceMap;
  for (const [name, url] of subgraphUrls)
    dataSources[name] = new ForwardingDataSource({ url }, breakers?.guard(name));
  const plans = new Map<string, SubscriptionPlan>();

  const apiSchema = federationApiSchema.toGraphQLJSSchema();
  registerCostDirectives(apiSchema, supergraphSdl);
  return {
    apiSchema,
    execution: { supergraphSchema: supergraph.schema.toGraphQLJSSchema(), apiSchema: federationApiSchema },
    subgraphUrls,
    dataSources,
    plan(document, source, operationName) {
      const key = `${operationName ?? ''}\n${source}`;
      const cached = plans.get(key);
      if (cached) return cached;
      const plan = planSubscription(planner, federationApiSchema, document, operationName);
      if (plans.size >= PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
      return plan;
    },
  };
}

export interface SupergraphTracker {
  /** The supergraph the gateway serves right now; undefined until it has loaded one. */
  current(): SubscriptionSupergraph | undefined;
  stop(): void;
}

/**
 * Follows the supergraph the gateway serves, in compose mode (each composition) and file mode alike, so that
 * subscriptions are planned against exactly the schema queries are.
 */
export function trackGatewaySupergraph(
  gateway: ApolloGateway,
  urlOverrides: ReadonlyMap<string, string>,
  logger: Logger,
  breakers?: SubgraphBreakers,
): SupergraphTracker {
  let current: SubscriptionSupergraph | undefined;
  const unsubscribe = gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    try {
      current = loadSubscriptionSupergraph(coreSupergraphSdl, urlOverrides, breakers);
    } catch (error) {
      logger.error({ err: error }, 'subscriptions: could not load the supergraph; keeping the previous one');
    }
  });
  return {
    current: () => current,
    stop: unsubscribe,
  };
}
