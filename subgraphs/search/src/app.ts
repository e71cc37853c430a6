import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import {
  closeConnection,
  createQueueConnection,
  resolveQueuePrefix,
  startEventWorker,
  startOutboxRelay,
} from '@msa/events';
import { createLogger, startSubgraphServer, type Logger, type RunningSubgraph } from '@msa/subgraph-kit';
import { Redis } from 'ioredis';
import { DEFAULT_CACHE_TTL_SECONDS, SearchCache } from './cache/search-cache';
import { IndexQueueRepo } from './data/index-queue.repo';
import { createSearchDb, pingDatabase } from './data/database';
import { ProductFactsRepo } from './data/product-facts.repo';
import { ProductViewRepo } from './data/product-view.repo';
import { PurchaseRepo } from './data/purchase.repo';
import { SearchLogRepo } from './data/search-log.repo';
import { createElasticsearchSearchEngine } from './engine/elasticsearch/elasticsearch-search-engine';
import { createPostgresSearchEngine } from './engine/postgres-search-engine';
import type { SearchEngine } from './engine/search-engine';
import { startIndexFlusher } from './jobs/index-flusher';
import { searchEventHandlers } from './jobs/search-event-handlers';
import { searchPrivacyHandlers } from './jobs/privacy-handlers';
import type { SearchContext, SearchServices } from './schema/context';
import { RecommendationService } from './services/recommendation.service';
import { SearchAnalyticsService } from './services/search-analytics.service';
import { SearchService } from './services/search.service';
import { buildSearchSchema } from './schema';

export interface SearchSubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  verifier: AccessTokenVerifier;
  /** BullMQ key prefix (and the default cache key prefix), so parallel runs never share queues or answers. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
  /** Use Elasticsearch at this URL instead of the Postgres engine. */
  elasticsearchUrl?: string;
  /** Elasticsearch index name; default `msa-products`. */
  elasticsearchIndex?: string;
  /** How long hot search answers are cached in Redis; 0 turns the cache off; default 30. */
  cacheTtlSeconds?: number;
  /** Prefix of the cache keys; default `<queuePrefix>:search:` (or `search:`). */
  cacheKeyPrefix?: string;
  /** Fallback poll of the index queue; default 1000 ms. */
  indexPollIntervalMs?: number;
}

export interface SearchSubgraph extends RunningSubgraph {
  /** Which engine serves searches. */
  engine: SearchEngine['kind'];
  /** Writes every product queued for reindexing to the engine now; resolves with how many were written. */
  flushIndex(): Promise<number>;
}

/**
 * Boots the search subgraph: GraphQL server, the event worker that keeps the read model and the index queue
 * up to date, and the flusher that writes queued products to the engine (Postgres, or Elasticsearch when
 * `elasticsearchUrl` is set). Search publishes no events, so it runs no outbox relay.
 */
export async function createSearchSubgraph(options: SearchSubgraphOptions): Promise<SearchSubgraph> {
  const logger = options.logger ?? createLogger('search');
  const prefix = resolveQueuePrefix(options.queuePrefix);
  const db = createSearchDb(options.databaseUrl);
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
  redis.on('error', (error) => logger.warn({ err: error }, 'search redis connection error'));
  const queueConnection = createQueueConnection(options.redisUrl);
  queueConnection.on('error', (error) => logger.warn({ err: error }, 'search queue connection error'));

  const engine = options.elasticsearchUrl
    ? createElasticsearchSearchEngine({
        url: options.elasticsearchUrl,
        ...(options.elasticsearchIndex ? { index: options.elasticsearchIndex } : {}),
      })
    : createPostgresSearchEngine(db);
  const cache = new SearchCache(redis, {
    keyPrefix: options.cacheKeyPrefix ?? (options.queuePrefix ? `${options.queuePrefix}:search:` : 'search:'),
    ttlSeconds: options.cacheTtlSeconds ?? DEFAULT_CACHE_TTL_SECONDS,
  });
  const facts = new ProductFactsRepo(db);
  const queue = new IndexQueueRepo(db);
  const purchases = new PurchaseRepo(db);
  const searchLog = new SearchLogRepo(db);

  const closeClients = async () => {
    await engine.close();
    redis.disconnect();
    await closeConnection(queueConnection);
    await db.$disconnect();
  };

  try {
    // A new, empty Elasticsearch index is refilled from the read model.
    if (await engine.ensureIndex()) await queue.enqueueAll();
  } catch (error) {
    await closeClients();
    throw error;
  }

  const flusher = startIndexFlusher({
    queue,
    facts,
    engine,
    cache,
    logger,
    ...(options.indexPollIntervalMs ? { pollIntervalMs: options.indexPollIntervalMs } : {}),
  });
  const worker = startEventWorker(
    'search',
    {
      ...searchEventHandlers({ db, facts, queue, purchases, onQueued: flusher.wake }),
      ...searchPrivacyHandlers(db),
    },
    { connection: queueConnection, prefix, concurrency: 8, logger },
  );
  const services: SearchServices = {
    search: new SearchService({ engine, cache, searchLog, logger }),
    analytics: new SearchAnalyticsService(searchLog),
    recommendations: new RecommendationService({ facts, purchases, views: new ProductViewRepo(db) }),
  };

  // Publishes the search part of data exports.
  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    prefix,
    logger,
  });
  const stopBackground = async () => {
    await worker.stop();
    await relay.stop();
    await flusher.stop();
    await closeClients();
  };

  try {
    const schema = await buildSearchSchema();
    const server = await startSubgraphServer<SearchContext>({
      name: 'search',
      schema,
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(db),
        redis: () => redis.ping(),
      },
      extendContext: (base) => ({ ...base, services }),
      onStop: stopBackground,
    });
    return { ...server, engine: engine.kind, flushIndex: () => flusher.flush() };
  } catch (error) {
    await stopBackground();
    throw error;
  }
}
