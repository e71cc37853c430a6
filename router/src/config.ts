import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { baseSubgraphEnv, loadConfig, wholeNumberEnv } from '@msa/subgraph-kit';
import { ROUTER_PORT, SUBGRAPHS, subgraphUrl } from '@msa/topology';
import type { SubgraphEndpoint } from './gateway/subgraph-endpoints';
import { DEFAULT_BREAKER_SETTINGS } from './gateway/subgraph-breaker';
import { DEFAULT_QUERY_LIMITS } from './limits/query-limits';
import {
  DEFAULT_BODY_READ_TIMEOUT_MS,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_METRICS_PORT,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from './posture';
import { DEFAULT_RATE_LIMIT } from './rate-limit/redis-rate-limiter';
import { DEFAULT_SUBSCRIPTION_FETCH_CONCURRENCY } from './router-options';

/** The composed supergraph `npm run compose` writes and production serves. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

export const routerEnv = baseSubgraphEnv.extend({
  PORT: wholeNumberEnv({ min: 0, max: 65_535 }, ROUTER_PORT),
  SUPERGRAPH_MODE: z.enum(['compose', 'file']).optional(),
  SUPERGRAPH_PATH: z.string().optional(),
  SUPERGRAPH_POLL_INTERVAL_MS: wholeNumberEnv({ min: 0 }, 0),
  RATE_LIMIT_POINTS: wholeNumberEnv({ min: 1 }, DEFAULT_RATE_LIMIT.points),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumberEnv({ min: 1 }, DEFAULT_RATE_LIMIT.windowSeconds),
  /** Redis key prefixes of the rate limiter and persisted queries, for runs sharing one Redis. */
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).optional(),
  APQ_KEY_PREFIX: z.string().min(1).optional(),
  MAX_QUERY_DEPTH: wholeNumberEnv({ min: 1 }, DEFAULT_QUERY_LIMITS.maxDepth),
  MAX_QUERY_COST: wholeNumberEnv({ min: 1 }, DEFAULT_QUERY_LIMITS.maxCost),
  MAX_QUERY_ALIASES: wholeNumberEnv({ min: 0 }, DEFAULT_QUERY_LIMITS.maxAliases),
  APQ_TTL_SECONDS: wholeNumberEnv({ min: 1 }, 86_400),
  SUBSCRIPTION_FETCH_CONCURRENCY: wholeNumberEnv({ min: 1 }, DEFAULT_SUBSCRIPTION_FETCH_CONCURRENCY),
  INTROSPECTION: z.stringbool().optional(),
  SANDBOX: z.stringbool().optional(),
  /** auto (Sandbox, GraphiQL when its CDN is unreachable) | sandbox | graphiql (bundled, no external requests). */
  GRAPHQL_EXPLORER: z.enum(['auto', 'sandbox', 'graphiql']).default('auto'),
  TRUST_PROXY: z.string().optional(),
  UPLOADS_TARGET_URL: z.url().optional(),
  /** Comma-separated browser origins allowed by CORS, e.g. "https://shop.example.com,https://admin.example.com". */
  CORS_ORIGINS: z.string().optional(),
  FIELD_SUGGESTIONS: z.stringbool().optional(),
  HEADERS_TIMEOUT_MS: wholeNumberEnv({ min: 1 }, DEFAULT_HEADERS_TIMEOUT_MS),
  REQUEST_TIMEOUT_MS: wholeNumberEnv({ min: 1 }, DEFAULT_REQUEST_TIMEOUT_MS),
  BODY_READ_TIMEOUT_MS: wholeNumberEnv({ min: 1 }, DEFAULT_BODY_READ_TIMEOUT_MS),
  /** The internal /metrics listener; never published like PORT. */
  METRICS_PORT: wholeNumberEnv({ min: 0, max: 65_535 }, DEFAULT_METRICS_PORT),
  METRICS_HOST: z.string().optional(),
  SUBGRAPH_BREAKER_RESET_MS: wholeNumberEnv({ min: 1 }, DEFAULT_BREAKER_SETTINGS.resetTimeoutMs),
  /** Deadline of one subgraph call (and of connecting a subscription to its subgraph); past it, aborted. */
  SUBGRAPH_TIMEOUT_MS: wholeNumberEnv({ min: 1 }, DEFAULT_BREAKER_SETTINGS.callTimeoutMs),
  /** Anonymous public answers cached in Redis, purged by catalog events (response-cache/). */
  RESPONSE_CACHE: z.stringbool().default(true),
  /** Identical anonymous queries in flight at once share one execution (gateway/inflight-dedup.ts). */
  DEDUPE_ANONYMOUS_QUERIES: z.stringbool().default(false),
});

export type RouterEnv = z.infer<typeof routerEnv>;

export interface RouterSettings {
  env: RouterEnv;
  mode: 'compose' | 'file';
  /** Every subgraph of the topology with its URL (`<NAME>_URL` or the local default). */
  subgraphs: SubgraphEndpoint[];
  supergraphPath: string;
}

/** `TRUST_PROXY`: "true"/"false", a hop count, or an Express subnet list such as "loopback, 10.0.0.0/8". */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadRouterSettings(env: NodeJS.ProcessEnv = process.env): RouterSettings {
  const parsed = loadConfig(routerEnv, env);
  if (parsed.RATE_LIMIT_POINTS < parsed.MAX_QUERY_COST) {
    throw new Error(
      `Invalid configuration:\n  - RATE_LIMIT_POINTS (${parsed.RATE_LIMIT_POINTS}) must be at least MAX_QUERY_COST (${parsed.MAX_QUERY_COST})`,
    );
  }
  return {
    env: parsed,
    mode: parsed.SUPERGRAPH_MODE ?? (parsed.NODE_ENV === 'production' ? 'file' : 'compose'),
    subgraphs: SUBGRAPHS.map((service) => ({ name: service.name, url: subgraphUrl(service, env) })),
    supergraphPath: parsed.SUPERGRAPH_PATH ?? SUPERGRAPH_FILE,
  };
}

export function readSupergraph(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`No supergraph at ${path}. Run "npm run compose" first.`);
  }
  return readFileSync(path, 'utf8');
}
