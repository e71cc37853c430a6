import 'reflect-metadata';
import { startEventWorker } from '@msa/events';
import { defineSubgraph, type RunningSubgraph, type SubgraphOptions } from '@msa/subgraph-kit';
import { DEFAULT_CACHE_TTL_SECONDS, SearchCache } from './cache/search-cache';
import { IndexQueueRepo } from './data/index-queue.repo';
import { database } from './data/database';
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

export interface SearchSubgraphOptions extends SubgraphOptions {
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
 * `elasticsearchUrl` is set), and the outbox relay that publishes the search part of data exports.
 */
export async function createSearchSubgraph(options: SearchSubgraphOptions): Promise<SearchSubgraph> {
  return defineSubgraph<SearchContext, Pick<SearchSubgraph, 'engine' | 'flushIndex'>>(
    { name: 'search', ...options },
    async (kit) => {
      const { logger } = kit;
      const db = kit.connectDatabase(database);
      const redis = kit.redisClient('search cache redis');
      const engine: SearchEngine = options.elasticsearchUrl
        ? createElasticsearchSearchEngine({
            url: options.elasticsearchUrl,
            ...(options.elasticsearchIndex ? { index: options.elasticsearchIndex } : {}),
          })
        : createPostgresSearchEngine(db);
      kit.defer(() => engine.close(), 'search engine');
      logger.info({ engine: engine.kind }, 'search engine selected');
      const cache = new SearchCache(redis, {
        keyPrefix:
          options.cacheKeyPrefix ?? (options.queuePrefix ? `${options.queuePrefix}:search:` : 'search:'),
        ttlSeconds: options.cacheTtlSeconds ?? DEFAULT_CACHE_TTL_SECONDS,
      });
      const facts = new ProductFactsRepo(db);
      const queue = new IndexQueueRepo(db);
      const purchases = new PurchaseRepo(db);
      const searchLog = new SearchLogRepo(db);

      // A new, empty Elasticsearch index is refilled from the read model.
      if (await engine.ensureIndex()) await queue.enqueueAll();

      const flusher = kit.use(
        startIndexFlusher({
          queue,
          facts,
          engine,
          cache,
          logger,
          readTogether: (read) => db.$transaction(read),
          ...(options.indexPollIntervalMs ? { pollIntervalMs: options.indexPollIntervalMs } : {}),
        }),
        'index flusher',
      );
      kit.use(
        startEventWorker(
          'search',
          {
            ...searchEventHandlers({ db, facts, queue, purchases, onQueued: flusher.wake }),
            ...searchPrivacyHandlers(db),
          },
          { ...kit.workerOptions, concurrency: 8 },
        ),
        'event worker',
      );
      const services: SearchServices = {
        search: new SearchService({ engine, cache, searchLog, logger }),
        analytics: new SearchAnalyticsService(searchLog),
        recommendations: new RecommendationService({ facts, purchases, views: new ProductViewRepo(db) }),
      };
      return {
        schema: await buildSearchSchema(),
        context: (base) => ({ ...base, services }),
        extras: { engine: engine.kind, flushIndex: () => flusher.flush() },
      };
    },
  );
}
