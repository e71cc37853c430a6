import { Counter } from 'prom-client';
import { createServiceMetrics, type ServiceMetrics } from '@msa/subgraph-kit';

export interface RouterMetrics extends ServiceMetrics {
  rateLimited: Counter<'source'>;
  queryTooComplex: Counter<'rule'>;
}

/** The shared service metrics plus the router's own refusals. */
export function createRouterMetrics(): RouterMetrics {
  const metrics = createServiceMetrics('router');
  return {
    ...metrics,
    rateLimited: new Counter({
      name: 'router_rate_limited_total',
      help: 'Requests refused by the per-client rate limit, by source (graphql or upload).',
      labelNames: ['source'],
      registers: [metrics.registry],
    }),
    queryTooComplex: new Counter({
      name: 'router_query_too_complex_total',
      help: 'Operations refused before planning, by the limit they broke (depth, aliases or cost).',
      labelNames: ['rule'],
      registers: [metrics.registry],
    }),
  };
}
