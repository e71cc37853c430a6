import { Counter, Gauge } from 'prom-client';
import { createServiceMetrics, type ServiceMetrics } from '@msa/subgraph-kit';

export interface SubscriptionMetrics {
  connections: Gauge;
  active: Gauge<'field'>;
  started: Counter<'field'>;
  events: Counter<'field'>;
  /** Events completed with other subgraphs' fields: `fetched` ran the entity fetches, `shared` reused one. */
  eventCompletions: Counter<'field' | 'result'>;
}

export interface RouterMetrics extends ServiceMetrics {
  rateLimited: Counter<'source'>;
  queryTooComplex: Counter<'rule'>;
  /** Anonymous public queries by what the response cache did: hit, miss (answered by the subgraphs) or stored. */
  responseCache: Counter<'result'>;
  /** Anonymous queries answered by an identical one already running (gateway/inflight-dedup.ts). */
  dedupedQueries: Counter;
  subscriptions: SubscriptionMetrics;
  /** 0 closed, 1 half-open, 2 open (see gateway/subgraph-breaker.ts). */
  subgraphCircuitState: Gauge<'subgraph'>;
}

/** The shared service metrics plus the router's own refusals and its subscriptions. */
export function createRouterMetrics(): RouterMetrics {
  const metrics = createServiceMetrics('router');
  const registers = [metrics.registry];
  return {
    ...metrics,
    rateLimited: new Counter({
      name: 'router_rate_limited_total',
      help: 'Requests refused by the per-client rate limit, by source (admission, graphql, subscription or upload).',
      labelNames: ['source'],
      registers,
    }),
    queryTooComplex: new Counter({
      name: 'router_query_too_complex_total',
      help: 'Operations refused before planning, by the limit they broke (depth, aliases or cost).',
      labelNames: ['rule'],
      registers,
    }),
    responseCache: new Counter({
      name: 'router_response_cache_total',
      help: 'Anonymous queries the response cache could serve, by result: hit, miss (the subgraphs answered), stored (a miss kept for the next ones).',
      labelNames: ['result'],
      registers,
    }),
    dedupedQueries: new Counter({
      name: 'router_deduplicated_queries_total',
      help: 'Anonymous queries that waited for an identical one in flight instead of fetching from the subgraphs again (DEDUPE_ANONYMOUS_QUERIES).',
      registers,
    }),
    subgraphCircuitState: new Gauge({
      name: 'router_subgraph_circuit_state',
      help: 'State of the circuit breaker in front of each subgraph: 0 closed, 1 half-open (probing), 2 open (calls refused with SUBGRAPH_UNAVAILABLE).',
      labelNames: ['subgraph'],
      registers,
    }),
    subscriptions: {
      connections: new Gauge({
        name: 'router_websocket_connections',
        help: 'Open graphql-ws client connections.',
        registers,
      }),
      active: new Gauge({
        name: 'router_subscriptions_active',
        help: 'Subscriptions being served, by root field.',
        labelNames: ['field'],
        registers,
      }),
      started: new Counter({
        name: 'router_subscriptions_started_total',
        help: 'Subscriptions started (accepted by the router and sent to their owner), by root field.',
        labelNames: ['field'],
        registers,
      }),
      events: new Counter({
        name: 'router_subscription_events_total',
        help: 'Subscription events delivered to clients, by root field.',
        labelNames: ['field'],
        registers,
      }),
      eventCompletions: new Counter({
        name: 'router_subscription_event_completions_total',
        help: 'Subscription events completed with fields of other subgraphs, by root field and result: fetched (entity fetches ran) or shared (a same-user, same-selection completion in flight was reused).',
        labelNames: ['field', 'result'],
        registers,
      }),
    },
  };
}
