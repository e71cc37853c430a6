import type { Express, Request, Response } from 'express';
import { bearerToken, InvalidAccessTokenError, type AccessTokenVerifier } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import { rateLimitClientKey } from '../rate-limit/client-key';
import { rateLimitedMessage } from '../rate-limit/rate-limit-error';
import type { RateLimiter } from '../rate-limit/redis-rate-limiter';
import type { RouterMetrics } from '../metrics/router-metrics';
import { forwardedHeaders, requestMeta } from './request-meta';
import { confinedProxyPath, UnsafePathError } from './confined-path';
import { streamProxy } from './stream-proxy';

/** Rate-limit points one upload spends: about a page-sized query, since it costs a write and disk space. */
export const UPLOAD_COST = 100;

export interface MediaProxyOptions {
  /** Root of the service that stores product images (the products subgraph without `/graphql`). */
  targetBaseUrl: string;
  verifier: AccessTokenVerifier;
  limiter: RateLimiter;
  metrics: RouterMetrics;
  logger: Logger;
}

function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/**
 * The one way a request leaves the router for the media service: its path is decoded, checked and confined
 * to `prefix` first (see confinedProxyPath), so no encoding of "..", no backslash and no NUL can turn an
 * image read into a call to the service's /graphql, /health or /metrics.
 */
function proxyTo(prefix: '/media' | '/uploads', req: Request, res: Response, options: MediaProxyOptions) {
  let path: string;
  try {
    path = confinedProxyPath(prefix, req.originalUrl);
  } catch (error) {
    if (error instanceof UnsafePathError) return sendError(res, 400, 'BAD_REQUEST', error.message);
    throw error;
  }
  const meta = requestMeta(req);
  streamProxy(req, res, {
    target: new URL(options.targetBaseUrl.replace(/\/$/, '') + path),
    headers: forwardedHeaders(meta, req.headers.authorization),
    logger: options.logger.child({ requestId: meta.requestId }),
  });
}

/**
 * Image uploads (POST /uploads/*, administrators only, rate limited) and image reads (GET /media/*) pass
 * through to the products service, so clients only ever talk to the router.
 */
export function mountMediaProxy(app: Express, options: MediaProxyOptions): void {
  app.post(['/uploads', '/uploads/*path'], async (req, res) => {
    // Refuse unsafe paths before spending any work (token check, rate limit) on them.
    try {
      confinedProxyPath('/uploads', req.originalUrl);
    } catch (error) {
      if (error instanceof UnsafePathError) return sendError(res, 400, 'BAD_REQUEST', error.message);
      throw error;
    }
    const token = bearerToken(req.headers.authorization);
    if (!token) return sendError(res, 401, 'UNAUTHENTICATED', 'You must be signed in');
    let identity;
    try {
      identity = await options.verifier.verify(token);
    } catch (error) {
      const message = error instanceof InvalidAccessTokenError ? error.message : 'Access token is invalid';
      return sendError(res, 401, 'UNAUTHENTICATED', message);
    }
    if (identity.role !== 'ADMIN')
      return sendError(res, 403, 'FORBIDDEN', 'Only administrators can upload images');

    try {
      const decision = await options.limiter.consume(
        rateLimitClientKey(identity, requestMeta(req).clientIp),
        UPLOAD_COST,
      );
      if (!decision.allowed) {
        options.metrics.rateLimited.inc({ source: 'upload' });
        res.setHeader('retry-after', String(decision.retryAfterSeconds));
        return sendError(res, 429, 'RATE_LIMITED', rateLimitedMessage(decision.retryAfterSeconds), {
          retryAfter: decision.retryAfterSeconds,
        });
      }
    } catch (error) {
      options.logger.error({ err: error }, 'rate limiter unavailable; upload allowed');
    }
    proxyTo('/uploads', req, res, options);
  });

  app.get('/media/*path', (req, res) => proxyTo('/media', req, res, options));
}
