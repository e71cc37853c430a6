import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import type { DocumentNode, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import type { RouterContext } from '../context';
import type { ConcurrencyLimit } from './concurrency-limit';
import { sharingKey, type SharedEventResolution } from './shared-event-resolution';
import type { SubscriptionPlan } from './subscription-plan';
import type { SubscriptionSupergraph } from './subscription-supergraph';

type GatewayRequestContext = Parameters<typeof executeQueryPlan>[2];
type OperationContext = Parameters<typeof executeQueryPlan>[3];

/** What an event of one subscription is completed with: the client's operation and the subscriber's identity. */
export interface EventResolver {
  resolve(event: FormattedExecutionResult): Promise<SubscriptionEvent>;
}

/** One message for the subscriber; errors are formatted and masked when sent. */
export interface SubscriptionEvent {
  data?: Record<string, unknown> | null;
  errors?: readonly (GraphQLError | GraphQLFormattedError)[];
}

export interface EventResolverOptions {
  supergraph: SubscriptionSupergraph;
  plan: SubscriptionPlan;
  document: DocumentNode;
  source: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** The subscriber's context: entity fetches carry its token and correlation ids like any query. */
  context: RouterContext;
  /** Shared by all subscriptions: bounds the events whose entity fetches run at once. */
  entityFetchLimit: ConcurrencyLimit;
  /**
   * Shared by all subscriptions: subscribers of the same identity class and selection that receive the same
   * owner event share one completion, so its `_entities` fetches run once for all of them.
   */
  sharing?: SharedEventResolution;
  /** Told, for each event needing other subgraphs, whether its fetches ran or a shared completion was reused. */
  onCompletion?: (result: 'fetched' | 'shared') => void;
}

/**
 * Completes each event the owner sends into the client's full result by running the subscription's
 * per-event plan with the gateway's executor: the plan's first fetch (the owner's operation) is answered
 * with the event itself, the others are `_entities` fetches to the subgraphs owning the remaining fields,
 * and the executor shapes the result to exactly the client's selection (aliases, fragments, `__typename`).
 */
export function createEventResolver(options: EventResolverOptions): EventResolver {
  const { supergraph, plan, context } = options;
  const operationContext: OperationContext = buildOperationContext({
    schema: supergraph.apiSchema,
    operationDocument: options.document,
    operationName: options.operationName,
  });
  const owner = supergraph.dataSources[plan.owner];

  return {
    async resolve(event) {
      // A refusal or failure of the subscription itself carries no data to complete.
      if (event.data == null) {
        return event.errors?.length ? { errors: event.errors } : { data: null };
      }
      const replayEvent: GraphQLDataSource = {
        async process(processOptions) {
          if (processOptions.request.query === plan.upstream.query) {
            // The executor merges entity data into this object: a copy keeps the event as it arrived.
            return { data: structuredClone(event.data), ...(event.errors ? { errors: event.errors } : {}) };
          }
          if (!owner) throw new Error(`No data source for subgraph ${plan.owner}`);
          return owner.process(processOptions);
        },
      };
      const serviceMap: ServiceMap = { ...supergraph.dataSources, [plan.owner]: replayEvent };
      // The executor reads only these parts of a request context (and records error paths in `metrics`).
      const requestContext = {
        request: {
          query: options.source,
          variables: options.variables,
          operationName: options.operationName,
        },
        context,
        logger: context.logger,
        metrics: {},
        schema: supergraph.apiSchema,
        document: options.document,
        source: options.source,
        operationName: options.operationName ?? null,
        operation: operationContext.operation,
      } as unknown as GatewayRequestContext;
      const execute = () =>
        executeQueryPlan(
          plan.perEvent,
          serviceMap,
          requestContext,
          operationContext,
          supergraph.execution.supergraphSchema,
          supergraph.execution.apiSchema,
        );
      const complete = async (): Promise<SubscriptionEvent> => {
        // Only plans that call other subgraphs wait for a slot; shaping the owner's payload alone is quick.
        const result = await (plan.entitySubgraphs.length ? options.entityFetchLimit(execute) : execute());
        return { data: result.data ?? null, ...(result.errors?.length ? { errors: result.errors } : {}) };
      };
      if (!plan.entitySubgraphs.length) return complete();
      if (!options.sharing) {
        options.onCompletion?.('fetched');
        return complete();
      }
      // The shared completion carries the token of whichever subscriber started it; the key guarantees that
      // token has the same identity class as every subscriber that reuses the result.
      const key = sharingKey({
        identity: context.identity,
        source: options.source,
        operationName: options.operationName,
        variables: options.variables,
        event,
      });
      let fetched = false;
      const completed = await options.sharing.run(key, () => {
        fetched = true;
        return complete();
      });
      options.onCompletion?.(fetched ? 'fetched' : 'shared');
      return completed;
    },
  };
}
