import type { DocumentNode } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import { websocketUrlOf } from '../gateway/subgraph-endpoints';
import type { SubscriptionMetrics } from '../metrics/router-metrics';
import type { ClientConnection } from './client-connection';
import type { ConcurrencyLimit } from './concurrency-limit';
import type { SharedEventResolution } from './shared-event-resolution';
import { eventStream, type EventStream } from './event-stream';
import { createEventResolver, type SubscriptionEvent } from './resolve-event';
import { SubscriptionFailure, upstreamFailure } from './subscription-errors';
import type { SubscriptionPlan } from './subscription-plan';
import type { SubscriptionSupergraph } from './subscription-supergraph';

/** A client subscription that passed validation, limits and planning. */
export interface AcceptedSubscription {
  supergraph: SubscriptionSupergraph;
  plan: SubscriptionPlan;
  document: DocumentNode;
  source: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** The root field's name, for metrics and logs. */
  field: string;
  connection: ClientConnection;
}

function pick(variables: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((name) => name in variables).map((name) => [name, variables[name]]));
}

/**
 * Serves one client subscription: subscribes to the owner subgraph as the subscriber, completes each event
 * with the fields other subgraphs own, in order, and ends as the owner ends (a refusal arrives as an event
 * with errors followed by completion; a lost upstream fails the stream). The stream's `return()` (client
 * completed or left) unsubscribes upstream.
 */
export interface SubscriptionServices {
  metrics: SubscriptionMetrics;
  /** Bounds, across all subscriptions, the events whose entity fetches run at once. */
  entityFetchLimit: ConcurrencyLimit;
  /** Lets subscribers of one user and selection share the entity fetches of the same event. */
  sharing: SharedEventResolution;
}

export function startFederatedSubscription(
  subscription: AcceptedSubscription,
  { metrics, entityFetchLimit, sharing }: SubscriptionServices,
): EventStream<SubscriptionEvent> {
  const { plan, connection, field } = subscription;
  const logger = connection.context.logger.child({ subscription: field, owner: plan.owner });
  let unsubscribe = () => {};
  const stream = eventStream<SubscriptionEvent>(() => {
    unsubscribe();
    metrics.active.dec({ field });
  });
  metrics.started.inc({ field });
  metrics.active.inc({ field });

  const ownerUrl = subscription.supergraph.subgraphUrls.get(plan.owner);
  if (!ownerUrl) {
    stream.fail(new Error(`The supergraph names no URL for subgraph ${plan.owner}`));
    return stream;
  }
  const resolver = createEventResolver({
    ...subscription,
    context: connection.context,
    entityFetchLimit,
    sharing,
    onCompletion: (result) => metrics.eventCompletions.inc({ field, result }),
  });

  // Events are completed one after another so the client receives them in the order the owner sent them.
  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => {
      if (!(error instanceof SubscriptionFailure)) logger.error({ err: error }, 'subscription event failed');
      stream.fail(error);
    });
  };

  unsubscribe = connection.upstream.subscribe(
    { subgraph: plan.owner, websocketUrl: websocketUrlOf(ownerUrl) },
    {
      query: plan.upstream.query,
      ...(plan.upstream.operationName ? { operationName: plan.upstream.operationName } : {}),
      variables: pick(subscription.variables, plan.upstream.variableNames),
    },
    {
      next: (event: FormattedExecutionResult) =>
        enqueue(async () => {
          stream.push(await resolver.resolve(event));
          metrics.events.inc({ field });
        }),
      error: (error: unknown) =>
        enqueue(async () => {
          const failure = upstreamFailure(error);
          if (failure.origin === 'router') logger.warn({ err: error }, 'subscription source lost');
          throw failure;
        }),
      complete: () => enqueue(async () => stream.end()),
    },
  );
  return stream;
}
