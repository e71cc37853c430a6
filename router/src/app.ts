import { corsMiddleware, DEFAULT_CORS_ORIGINS, websocketOriginAllowed } from './http/cors';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { graphqlRequestTracing } from '@msa/telemetry';
import { Redis } from 'ioredis';
import { redisSessionVersions, revocationCheckingVerifier } from '@msa/auth';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  accessLog,
  createLogger,
  DEFAULT_LISTEN_HOST,
  inputSafetyPlugin,
  httpMetricsMiddleware,
  metricsPlugin,
} from '@msa/subgraph-kit';
import { RedisKeyValueCache } from './apq/redis-key-value-cache';
import { requestIdentityResolver, routerContextFactory, type RouterContext } from './context';
import { graphqlAdmission } from './http/admission';
import { createGateway } from './gateway/create-gateway';
import { sharedResultJson } from './http/result-json';
import { dedupingGateway } from './gateway/inflight-dedup';
import { serviceBaseUrl, subgraphsOfSupergraph, type SubgraphEndpoint } from './gateway/subgraph-endpoints';
import { createSubgraphBreakers } from './gateway/subgraph-breaker';
import { bodyReadTimeout } from './http/body-read-timeout';
import { readinessRoute, subgraphsHealthRoute } from './http/health.route';
import { startMetricsServer, type MetricsServer } from './http/metrics-server';
import { securityHeaders } from './http/security-headers';
import { jsonErrorHandler, notFoundHandler } from './http/json-errors';
import { mountDataExportProxy } from './http/data-export-proxy.routes';
import { mountMediaProxy } from './http/media-proxy.routes';
import { requestMetaMiddleware } from './http/request-meta';
import { mountGraphiQL, schemaExplorerPlugin } from './http/schema-explorer';
import type { TrustProxy } from './http/upgrade-meta';
import { trackCostDirectives } from './limits/cost-directives';
import { DEFAULT_QUERY_LIMITS } from './limits/query-limits';
import { createRouterMetrics } from './metrics/router-metrics';
import { resolvePosture } from './posture';
import { redisCatalogGeneration } from './response-cache/catalog-generation';
import { startCatalogInvalidation } from './response-cache/catalog-invalidation';
import { redisStockFlags } from './response-cache/stock-flags';
import { responseCachePlugin } from './response-cache/response-cache.plugin';
import { maskRouterError, useErrorLogging } from './plugins/error-masking.plugin';
import { useQueryLimits } from './plugins/query-limits.plugin';
import { useRateLimit } from './plugins/rate-limit.plugin';
import { useServiceTokenPolicy } from './plugins/service-token-policy';
import { createRedisRateLimiter, DEFAULT_RATE_LIMIT } from './rate-limit/redis-rate-limiter';
import {
  DEFAULT_SUBSCRIPTION_FETCH_CONCURRENCY,
  type RouterOptions,
  type RunningRouter,
} from './router-options';
import { apolloOperationRunner } from './subscriptions/operation-runner';
import { startSubscriptionServer, type SubscriptionServer } from './subscriptions/subscription-server';
import { trackGatewaySupergraph } from './subscriptions/subscription-supergraph';

export type { RouterOptions, RunningRouter } from './router-options';

const ONE_DAY_SECONDS = 86_400;
/** Generous for any real operation; bounds the parser's work on hostile documents. */
const MAX_QUERY_TOKENS = 20_000;

/** The subgraphs the router depends on, with URL overrides applied to a supergraph's own list. */
function subgraphEndpoints(options: RouterOptions): SubgraphEndpoint[] {
  if (!options.supergraphSdl) return options.subgraphs ?? [];
  const overrides = new Map((options.subgraphs ?? []).map((s) => [s.name, s.url]));
  return subgraphsOfSupergraph(options.supergraphSdl).map((s) => ({
    name: s.name,
    url: overrides.get(s.name) ?? s.url,
  }));
}

/**
 * The supergraph's single entry point: Apollo Gateway behind Apollo Server on express 5, with token
 * verification, depth/alias/cost limits, per-client rate limits and persisted queries in Redis, identity and
 * trace forwarding to subgraphs, federated subscriptions over graphql-ws on the same path, health, metrics,
 * and the image upload/read proxy to products.
 */
export async function createRouter(options: RouterOptions): Promise<RunningRouter> {
  const logger = options.logger ?? createLogger('router');
  const production = process.env.NODE_ENV === 'production';
  const listenHost = options.host ?? DEFAULT_LISTEN_HOST;
  const posture = resolvePosture(production, options, listenHost);
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const rateLimit = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  if (rateLimit.points < limits.maxCost) {
    throw new Error(
      `The rate limit (${rateLimit.points} points) must allow at least one operation of the maximum cost (${limits.maxCost})`,
    );
  }
  const endpoints = subgraphEndpoints(options);
  const products = endpoints.find((s) => s.name === 'products');
  const uploadsTarget = options.uploadsTargetUrl ?? (products && serviceBaseUrl(products.url));

  const metrics = createRouterMetrics();
  const breakers = createSubgraphBreakers(metrics.subgraphCircuitState, options.breaker);
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 5_000 });
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  const limiter = createRedisRateLimiter(redis, rateLimit);
  // Tokens of a user who logged out, changed password or role, or was disabled stop working within a second.
  const verifier = revocationCheckingVerifier(options.verifier, redisSessionVersions(redis), (error) =>
    logger.warn({ err: error }, 'session version unavailable; token accepted'),
  );

  const apqCache = new RedisKeyValueCache(redis, options.apqKeyPrefix ?? 'router:apq:');
  const responseCacheKeyPrefix = options.responseCache?.keyPrefix ?? 'router:cache:';
  const catalogGeneration = redisCatalogGeneration(redis, responseCacheKeyPrefix);
  const catalogInvalidation =
    options.responseCache &&
    startCatalogInvalidation({
      generation: catalogGeneration,
      stockFlags: redisStockFlags(redis, responseCacheKeyPrefix),
      redisUrl: options.redisUrl,
      queuePrefix: options.responseCache.queuePrefix,
      logger,
    });
  const identityOf = requestIdentityResolver(verifier);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer = createServer(
    {
      headersTimeout: posture.headersTimeoutMs,
      requestTimeout: posture.requestTimeoutMs,
      // How often Node checks those two (30 s by default, which would stretch a 10 s headers timeout to 40 s).
      connectionsCheckingInterval: Math.min(posture.headersTimeoutMs, 2_000),
    },
    app,
  );

  const gateway = createGateway({
    subgraphs: options.subgraphs,
    supergraphSdl: options.supergraphSdl,
    pollIntervalMs: options.pollIntervalMs,
    logger,
    breakers,
  });
  // Before the gateway loads: the limits read @cost/@listSize of each supergraph it serves.
  trackCostDirectives(gateway);
  const supergraphs = trackGatewaySupergraph(
    gateway,
    new Map((options.subgraphs ?? []).map((s) => [s.name, s.url])),
    logger,
    breakers,
  );
  const explorerOn = posture.explorer !== false;
  const apollo = new ApolloServer<RouterContext>({
    gateway: options.dedupeAnonymousQueries ? dedupingGateway(gateway, metrics.dedupedQueries) : gateway,
    // The router's graceful shutdown stops this server with the rest; Apollo's own handler would re-send the
    // signal and kill the process before subscriptions, Redis and the event consumer are closed.
    stopOnTerminationSignals: false,
    introspection: posture.introspection,
    hideSchemaDetailsFromClientErrors: !posture.fieldSuggestions,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: posture.stackTraces,
    formatError: maskRouterError,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    stringifyResult: sharedResultJson(),
    persistedQueries: {
      cache: apqCache,
      ttl: options.apqTtlSeconds ?? ONE_DAY_SECONDS,
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      posture.explorer ? schemaExplorerPlugin(posture.explorer) : ApolloServerPluginLandingPageDisabled(),
      metricsPlugin(metrics),
      useErrorLogging(),
      inputSafetyPlugin(),
      useServiceTokenPolicy(),
      useQueryLimits(limits, metrics),
      useRateLimit({ limiter, metrics, maxChargePerOperation: limits.maxCost }),
      // The policy the subgraphs' Cache-Control headers add up to feeds the response cache; clients get
      // `no-store` (set below) instead of it, as their copies could not be purged.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      ...(options.responseCache
        ? [
            responseCachePlugin({
              redis,
              keyPrefix: responseCacheKeyPrefix,
              generation: catalogGeneration,
              metrics,
            }),
          ]
        : []),
    ],
  });
  try {
    await apollo.start();
  } catch (error) {
    supergraphs.stop();
    breakers.shutdown();
    await catalogInvalidation?.stop();
    redis.disconnect();
    throw new Error(`The router could not load the supergraph: ${(error as Error).message}`, {
      cause: error,
    });
  }

  app.use(securityHeaders({ explorer: explorerOn }));
  app.use(httpMetricsMiddleware(metrics));
  app.use(requestMetaMiddleware());
  app.use(accessLog(logger));
  app.use(corsMiddleware(options.corsOrigins ?? DEFAULT_CORS_ORIGINS));
  let stopping: Promise<void> | undefined;
  const ready = readinessRoute(() => stopping !== undefined);
  app.get('/health', ready);
  app.get('/health/ready', ready);
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok', service: 'router' }));
  app.get('/health/subgraphs', subgraphsHealthRoute(endpoints, breakers));
  if (explorerOn) mountGraphiQL(app);
  if (uploadsTarget)
    mountMediaProxy(app, {
      targetBaseUrl: uploadsTarget,
      verifier: verifier,
      limiter,
      metrics,
      logger,
    });
  const users = endpoints.find((s) => s.name === 'users');
  if (users) mountDataExportProxy(app, { usersBaseUrl: serviceBaseUrl(users.url), logger });
  app.use(
    '/graphql',
    bodyReadTimeout(posture.bodyReadTimeoutMs),
    express.json({ limit: '1mb' }),
    graphqlRequestTracing('router'),
    // As before the response cache: no client or shared proxy keeps a copy that no catalog event could purge.
    (_req, res, next) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    graphqlAdmission({ limiter, apqCache, metrics, logger, identityOf }),
    expressMiddleware(apollo, { context: routerContextFactory(identityOf, logger) }),
  );
  app.all('/{*path}', notFoundHandler);
  app.use(jsonErrorHandler(logger));
  const subscriptions: SubscriptionServer = startSubscriptionServer({
    httpServer,
    path: '/graphql',
    verifier: verifier,
    trustProxy: app.get('trust proxy fn') as TrustProxy,
    supergraph: supergraphs.current,
    limits,
    limiter,
    maxChargePerOperation: limits.maxCost,
    maxTokens: MAX_QUERY_TOKENS,
    metrics,
    logger,
    breakers,
    originAllowed: websocketOriginAllowed(options.corsOrigins ?? DEFAULT_CORS_ORIGINS),
    entityFetchConcurrency: options.subscriptionFetchConcurrency ?? DEFAULT_SUBSCRIPTION_FETCH_CONCURRENCY,
    executeOperation: apolloOperationRunner(apollo),
  });
  let metricsServer: MetricsServer | undefined;
  const shutDown = async () => {
    // Clients first: their sockets would otherwise hold the HTTP server open while Apollo drains it.
    await subscriptions.close();
    await apollo.stop();
    await metricsServer?.close();
    supergraphs.stop();
    breakers.shutdown();
    await catalogInvalidation?.stop();
    await redis.quit().catch(() => redis.disconnect());
  };

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, listenHost, resolve);
    });
    metricsServer = await startMetricsServer(metrics, posture.metrics);
  } catch (error) {
    await shutDown().catch(() => undefined);
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  logger.info(
    { url, metricsUrl: metricsServer.url, subgraphs: endpoints.map((s) => s.name), uploadsTarget },
    'router ready',
  );

  return {
    url,
    port,
    httpServer,
    metrics,
    metricsUrl: metricsServer.url,
    breakers,
    stop() {
      stopping ??= shutDown();
      return stopping;
    },
  };
}
