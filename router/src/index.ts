// First: starts tracing (when the OTEL_* variables ask for it) before the modules it instruments run.
import '@msa/telemetry/auto';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createRouter } from './app';
import { loadRouterSettings, parseTrustProxy, readSupergraph } from './config';

// @apollo/gateway otherwise probes cloud metadata endpoints at start, which hangs offline.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const settings = loadRouterSettings();
const { env } = settings;
const logger = createLogger('router', env.LOG_LEVEL);

const router = await createRouter({
  port: env.PORT,
  host: env.HOST,
  subgraphs: settings.subgraphs,
  ...(settings.mode === 'file'
    ? { supergraphSdl: readSupergraph(settings.supergraphPath) }
    : { pollIntervalMs: env.SUPERGRAPH_POLL_INTERVAL_MS }),
  redisUrl: env.REDIS_URL,
  verifier: createAccessTokenVerifier(remoteKeys(env.JWKS_URL)),
  limits: { maxDepth: env.MAX_QUERY_DEPTH, maxCost: env.MAX_QUERY_COST, maxAliases: env.MAX_QUERY_ALIASES },
  rateLimit: {
    points: env.RATE_LIMIT_POINTS,
    windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    ...(env.RATE_LIMIT_KEY_PREFIX ? { keyPrefix: env.RATE_LIMIT_KEY_PREFIX } : {}),
  },
  ...(env.APQ_KEY_PREFIX ? { apqKeyPrefix: env.APQ_KEY_PREFIX } : {}),
  apqTtlSeconds: env.APQ_TTL_SECONDS,
  subscriptionFetchConcurrency: env.SUBSCRIPTION_FETCH_CONCURRENCY,
  ...(env.INTROSPECTION !== undefined ? { introspection: env.INTROSPECTION } : {}),
  ...(env.SANDBOX !== undefined ? { sandbox: env.SANDBOX } : {}),
  ...(env.FIELD_SUGGESTIONS !== undefined ? { fieldSuggestions: env.FIELD_SUGGESTIONS } : {}),
  headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
  requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
  bodyReadTimeoutMs: env.BODY_READ_TIMEOUT_MS,
  metricsPort: env.METRICS_PORT,
  ...(env.METRICS_HOST ? { metricsHost: env.METRICS_HOST } : {}),
  breaker: { resetTimeoutMs: env.SUBGRAPH_BREAKER_RESET_MS, callTimeoutMs: env.SUBGRAPH_TIMEOUT_MS },
  explorer: env.GRAPHQL_EXPLORER,
  ...(env.UPLOADS_TARGET_URL ? { uploadsTargetUrl: env.UPLOADS_TARGET_URL } : {}),
  trustProxy: parseTrustProxy(env.TRUST_PROXY),
  ...(env.RESPONSE_CACHE ? { responseCache: {} } : {}),
  dedupeAnonymousQueries: env.DEDUPE_ANONYMOUS_QUERIES,
  ...(env.CORS_ORIGINS
    ? {
        corsOrigins: env.CORS_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      }
    : {}),
  logger,
});
logger.info({ mode: settings.mode, url: router.url }, 'router started');
installGracefulShutdown(router.stop, logger);
