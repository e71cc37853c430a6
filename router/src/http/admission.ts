import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Identity } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import type { RedisKeyValueCache } from '../apq/redis-key-value-cache';
import type { RouterMetrics } from '../metrics/router-metrics';
import { rateLimitClientKey } from '../rate-limit/client-key';
import { rateLimitedMessage } from '../rate-limit/rate-limit-error';
import type { RateLimiter } from '../rate-limit/redis-rate-limiter';
import { requestMeta } from './request-meta';

/** The most a query registered as a persisted query may hold; real operations are far smaller. */
export const MAX_PERSISTED_QUERY_BYTES = 64 * 1024;
/** Every GraphQL request spends at least this much, whatever happens to it later (parse errors included). */
export const ADMISSION_COST = 1;
/** Registering a persisted query writes to Redis for a day: charged like a large query. */
export const APQ_REGISTRATION_COST = 100;
/** A hash the router does not know costs a Redis read and a round trip; charged so misses cannot be sprayed. */
export const APQ_MISS_COST = 20;

const SHA256_HEX = /^[a-f0-9]{64}$/;

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

export interface GraphQLParams {
  query: unknown;
  persistedQuery: PersistedQueryExtension | undefined;
}

/** `query` and `extensions.persistedQuery` of a GraphQL-over-HTTP request, from a JSON body or a GET query. */
export function graphqlParams(req: Request): GraphQLParams {
  const source: Record<string, unknown> =
    req.method === 'GET'
      ? (req.query as Record<string, unknown>)
      : req.body && typeof req.body === 'object' && !Array.isArray(req.body)
        ? (req.body as Record<string, unknown>)
        : {};
  let extensions: unknown = source.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      extensions = undefined;
    }
  }
  const persistedQuery =
    extensions && typeof extensions === 'object'
      ? ((extensions as { persistedQuery?: unknown }).persistedQuery as PersistedQueryExtension | undefined)
      : undefined;
  return {
    query: source.query,
    persistedQuery: persistedQuery && typeof persistedQuery === 'object' ? persistedQuery : undefined,
  };
}

export type PersistedQueryCheck =
  | { kind: 'none' }
  | { kind: 'lookup'; hash: string }
  | { kind: 'register'; hash: string }
  | { kind: 'invalid'; message: string };

/** What a request does with persisted queries, and whether it is acceptable; pure. */
export function checkPersistedQuery(params: GraphQLParams): PersistedQueryCheck {
  const extension = params.persistedQuery;
  if (!extension) return { kind: 'none' };
  if (extension.version !== 1)
    return { kind: 'invalid', message: 'Unsupported persisted query version; use 1' };
  const hash = extension.sha256Hash;
  if (typeof hash !== 'string' || !SHA256_HEX.test(hash))
    return {
      kind: 'invalid',
      message: 'persistedQuery.sha256Hash must be 64 lowercase hexadecimal characters',
    };
  if (params.query === undefined || params.query === null || params.query === '')
    return { kind: 'lookup', hash };
  if (typeof params.query !== 'string') return { kind: 'invalid', message: '"query" must be a string' };
  if (Buffer.byteLength(params.query, 'utf8') > MAX_PERSISTED_QUERY_BYTES)
    return {
      kind: 'invalid',
      message: `A persisted query may hold at most ${MAX_PERSISTED_QUERY_BYTES / 1024} KB; send smaller operations`,
    };
  if (createHash('sha256').update(params.query).digest('hex') !== hash)
    return { kind: 'invalid', message: 'persistedQuery.sha256Hash does not match the query' };
  return { kind: 'register', hash };
}

function refuse(res: Response, status: number, code: string, message: string, extensions = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

export interface AdmissionOptions {
  limiter: RateLimiter;
  apqCache: RedisKeyValueCache;
  metrics: RouterMetrics;
  logger: Logger;
  /** The verified caller of a request (null when anonymous or the token is bad: the context refuses it later). */
  identityOf(req: Request): Promise<Identity | null>;
}

/**
 * Runs before Apollo Server on every GraphQL HTTP request: spends the admission cost (plus the cost of a
 * persisted-query registration or of an unknown hash) from the client's budget, so documents that fail to
 * parse or validate are not free, and refuses malformed or oversized persisted queries with BAD_USER_INPUT.
 */
export function graphqlAdmission(options: AdmissionOptions): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const check = checkPersistedQuery(graphqlParams(req));
    if (check.kind === 'invalid') return refuse(res, 400, 'BAD_USER_INPUT', check.message);
    let cost = ADMISSION_COST;
    if (check.kind === 'register') cost += APQ_REGISTRATION_COST;
    if (check.kind === 'lookup' && (await options.apqCache.get(`apq:${check.hash}`)) === undefined)
      cost += APQ_MISS_COST;
    try {
      const identity = await options.identityOf(req).catch(() => null);
      const decision = await options.limiter.consume(
        rateLimitClientKey(identity, requestMeta(req).clientIp),
        cost,
      );
      if (!decision.allowed) {
        options.metrics.rateLimited.inc({ source: 'admission' });
        res.setHeader('retry-after', String(decision.retryAfterSeconds));
        return refuse(res, 429, 'RATE_LIMITED', rateLimitedMessage(decision.retryAfterSeconds), {
          retryAfter: decision.retryAfterSeconds,
        });
      }
    } catch (error) {
      options.logger.error({ err: error }, 'rate limiter unavailable; request admitted');
    }
    next();
  };
}
