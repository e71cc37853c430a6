import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createSearchSubgraph } from './app';
import { loadSearchConfig } from './config';

const config = loadSearchConfig();
await runSubgraph('search', config.LOG_LEVEL, async (logger) => {
  const subgraph = await createSearchSubgraph({
    databaseUrl: config.SEARCH_DATABASE_URL,
    redisUrl: config.REDIS_URL,
    port: config.PORT,
    host: config.HOST,
    verifier: createAccessTokenVerifier(remoteKeys(config.JWKS_URL)),
    logger,
    cacheTtlSeconds: config.SEARCH_CACHE_TTL_SECONDS,
    elasticsearchIndex: config.ELASTICSEARCH_INDEX,
    ...(config.ELASTICSEARCH_URL ? { elasticsearchUrl: config.ELASTICSEARCH_URL } : {}),
    ...(config.QUEUE_PREFIX ? { queuePrefix: config.QUEUE_PREFIX } : {}),
  });
  logger.info({ engine: subgraph.engine }, 'search engine selected');
  return subgraph;
});
