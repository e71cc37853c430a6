import type { SchemaExplorer } from './http/schema-explorer';
import type { Server } from 'node:http';
import type { AccessTokenVerifier } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import type { SubgraphEndpoint } from './gateway/subgraph-endpoints';
import type { QueryLimits } from './limits/query-limits';
import type { RouterMetrics } from './metrics/router-metrics';
import type { RateLimitSettings } from './rate-limit/redis-rate-limiter';
import type { BreakerSettings, SubgraphBreakers } from './gateway/subgraph-breaker';

/** Subscription events completed with entity fetches at once, across all subscribers. */
export const DEFAULT_SUBSCRIPTION_FETCH_CONCURRENCY = 64;

export interface RouterOptions {
  port: number;
  host?: string;
  /**
   * Without `supergraphSdl`: the subgraphs to introspect and compose at start. With it: URL overrides by
   * subgraph name for the services the supergraph names (its own URLs are the local defaults).
   */
  subgraphs?: SubgraphEndpoint[];
  /** A composed supergraph to serve (router/supergraph.graphql). */
  supergraphSdl?: string;
  /** Re-compose from live subgraphs this often in compose mode; off when absent or 0. */
  pollIntervalMs?: number;
  /** Redis for rate limits and persisted queries. */
  redisUrl: string;
  verifier: AccessTokenVerifier;
  limits?: Partial<QueryLimits>;
  /** Per-client budget in cost points per window; `keyPrefix` namespaces its Redis keys. */
  rateLimit?: Partial<RateLimitSettings>;
  /** Redis key prefix of automatic persisted queries (default `router:apq:`). */
  apqKeyPrefix?: string;
  /** How long a registered persisted query is kept (default one day). */
  apqTtlSeconds?: number;
  /** Schema introspection; defaults to on except when NODE_ENV=production (see posture.ts). */
  introspection?: boolean;
  /** "Did you mean …?" suggestions in validation errors; defaults to on except when NODE_ENV=production. */
  fieldSuggestions?: boolean;
  /** Node's server.headersTimeout (default 10 s). */
  headersTimeoutMs?: number;
  /** Node's server.requestTimeout, a whole request including its body (default 60 s). */
  requestTimeoutMs?: number;
  /** How long a GraphQL request body may take to arrive (default 10 s); then 408. */
  bodyReadTimeoutMs?: number;
  /** The internal listener serving /metrics (never the public port); 0 or absent picks a free port. */
  metricsPort?: number;
  /** Its address; defaults to `host`. */
  metricsHost?: string;
  /** The circuit breakers in front of the subgraphs (thresholds, reset timeout). */
  breaker?: Partial<BreakerSettings>;
  /** A schema explorer on GET /graphql for browsers; defaults to on except when NODE_ENV=production. */
  sandbox?: boolean;
  /** Which explorer (see http/schema-explorer.ts); `auto`, Sandbox with a GraphiQL fallback, by default. */
  explorer?: SchemaExplorer;
  logger?: Logger;
  /** Where /uploads and /media go; defaults to the products subgraph's URL without `/graphql`. */
  uploadsTargetUrl?: string;
  /**
   * How many subscription events may have their other-subgraph fields fetched at once, across all
   * subscribers (default 64); the rest wait in arrival order, so a burst neither floods subgraphs nor delays
   * every subscriber equally.
   */
  subscriptionFetchConcurrency?: number;
  /** Express `trust proxy`: set behind a load balancer so the client IP comes from X-Forwarded-For. */
  trustProxy?: boolean | number | string;
  /** Browser origins allowed to call the router (storefront, dashboard); default localhost:3000 and :3001. */
  corsOrigins?: string[];
  /**
   * In-flight deduplication: an anonymous query (no Authorization header) identical to one still running
   * (same document, operation name and variables) waits for that one's subgraph answers instead of fetching
   * them again (gateway/inflight-dedup.ts). Signed-in requests, mutations and subscriptions never share.
   * Off by default.
   */
  dedupeAnonymousQueries?: boolean;
  /**
   * Caches whole responses of anonymous public queries in Redis (see response-cache/), purged by catalog
   * events taken from the router's own event queue. Off when absent.
   */
  responseCache?: {
    /** Redis key prefix of the cached responses (default `router:cache:`). */
    keyPrefix?: string;
    /** BullMQ key prefix of the event queues, as the subgraphs use (default QUEUE_PREFIX, then `bull`). */
    queuePrefix?: string;
  };
}

export interface RunningRouter {
  url: string;
  port: number;
  httpServer: Server;
  metrics: RouterMetrics;
  /** The internal /metrics address. */
  metricsUrl: string;
  breakers: SubgraphBreakers;
  stop(): Promise<void>;
}
