import { loadSubgraphConfig, subgraphEnv, unsetWhenEmpty, wholeNumberEnv } from '@msa/subgraph-kit';
import { z } from 'zod';
import { DEFAULT_CACHE_TTL_SECONDS } from './cache/search-cache';
import { DEFAULT_ELASTICSEARCH_INDEX } from './engine/elasticsearch/elasticsearch-search-engine';

/** The search service's environment, on top of the settings every subgraph reads. */
export const searchEnv = subgraphEnv('search').extend({
  // An empty value means "not set", as docker-compose writes unset variables.
  ELASTICSEARCH_URL: unsetWhenEmpty(
    z.string().url('ELASTICSEARCH_URL must be a URL such as http://localhost:9200').optional(),
  ),
  ELASTICSEARCH_INDEX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ELASTICSEARCH_INDEX must be a lowercase index name')
    .default(DEFAULT_ELASTICSEARCH_INDEX),
  SEARCH_CACHE_TTL_SECONDS: wholeNumberEnv({ min: 0, unit: 'seconds (0: off)' }, DEFAULT_CACHE_TTL_SECONDS),
});

export function loadSearchConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('search', searchEnv, env);
  return {
    ...config,
    cacheTtlSeconds: config.env.SEARCH_CACHE_TTL_SECONDS,
    elasticsearchIndex: config.env.ELASTICSEARCH_INDEX,
    elasticsearchUrl: config.env.ELASTICSEARCH_URL,
  };
}
