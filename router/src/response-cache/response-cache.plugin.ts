import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Redis } from 'ioredis';
import type { RouterContext } from '../context';
import { preWrittenData } from '../http/result-json';
import type { RouterMetrics } from '../metrics/router-metrics';
import { readCachedResponse, writeCachedResponse } from './cached-response';
import type { CatalogGeneration } from './catalog-generation';

/** `x-cache` on every response the cache could serve: HIT when it did, MISS when the subgraphs answered. */
export const CACHE_STATUS_HEADER = 'x-cache';

export interface ResponseCacheOptions {
  redis: Redis;
  /** Namespaces the cached responses (and the catalog generation) in Redis. */
  keyPrefix: string;
  generation: CatalogGeneration;
  metrics: Pick<RouterMetrics, 'responseCache'>;
}

type Context = GraphQLRequestContext<RouterContext>;

/**
 * Whole responses of public queries, shared by every router replica through Redis. Only anonymous callers
 * (no Authorization header, so no identity) are served from it or stored in it, and only query operations.
 * A response is stored only when every subgraph that answered declared it public and cacheable: the gateway
 * combines their Cache-Control headers (computed from each schema's @cacheControl hints) into the request's
 * cache policy, so an unhinted or PRIVATE field anywhere makes the whole answer uncacheable; it lives for the
 * policy's max-age. The key is the document's hash, operation name and variables; the entry carries the
 * catalog generation it was answered in, which catalog events bump (catalog-invalidation.ts), and serves only
 * while that is still the current one. One round trip reads both. A hit over HTTP is sent as the JSON it was
 * stored as (`preWrittenData`). Redis failures read as misses.
 *
 * Apollo's @apollo/server-plugin-response-cache does the same on a KeyValueCache, but it would also cache
 * PRIVATE answers per session when given a session id; this keeps the router's one rule (never anything
 * personal) in one place and reads the generation with the lookup.
 */
export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<RouterContext> {
  const { redis, keyPrefix, generation, metrics } = options;

  const cacheable = (rc: Context) =>
    rc.operation?.operation === 'query' &&
    rc.contextValue.identity === null &&
    !rc.request.http?.headers.get('authorization');

  const keyOf = (rc: Context) => {
    const hash = createHash('sha256')
      .update(JSON.stringify([rc.queryHash, rc.operationName ?? null, rc.request.variables ?? {}]))
      .digest('hex');
    return `${keyPrefix}response:${hash}`;
  };

  return {
    async requestDidStart() {
      let key: string | undefined;
      /** The catalog generation current at the lookup: a miss's answer is stored as of it. */
      let answeredIn = '0';
      let hit = false;
      return {
        async responseForOperation(rc) {
          if (!cacheable(rc)) return null;
          try {
            key = keyOf(rc);
            const [current, stored] = await redis.mget(generation.key, key);
            answeredIn = current ?? '0';
            const cached = stored ? readCachedResponse(stored) : undefined;
            if (cached?.generation !== answeredIn) return null;
            hit = true;
            rc.response.http.headers.set('age', String(Math.floor((Date.now() - cached.storedAt) / 1000)));
            // Over graphql-ws the operation runner hands the data on as an object.
            const data = rc.request.http
              ? preWrittenData(cached.dataJson)
              : (JSON.parse(cached.dataJson) as Record<string, unknown>);
            return { http: rc.response.http, body: { kind: 'single', singleResult: { data } } };
          } catch (error) {
            rc.contextValue.logger.warn({ err: error }, 'response cache unavailable; answering uncached');
            key = undefined;
            return null;
          }
        },
        async willSendResponse(rc) {
          if (!key) return;
          rc.response.http.headers.set(CACHE_STATUS_HEADER, hit ? 'HIT' : 'MISS');
          metrics.responseCache.inc({ result: hit ? 'hit' : 'miss' });
          if (hit) return;
          const policy = rc.overallCachePolicy.policyIfCacheable();
          const { body } = rc.response;
          if (!policy || policy.scope === 'PRIVATE' || body.kind !== 'single') return;
          const { data, errors } = body.singleResult;
          if (!data || errors?.length) return;
          const entry = { generation: answeredIn, storedAt: Date.now(), dataJson: JSON.stringify(data) };
          try {
            await redis.set(key, writeCachedResponse(entry), 'EX', policy.maxAge);
            metrics.responseCache.inc({ result: 'stored' });
          } catch (error) {
            rc.contextValue.logger.warn({ err: error }, 'response cache unavailable; answer not stored');
          }
        },
      };
    },
  };
}
