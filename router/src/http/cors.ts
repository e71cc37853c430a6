import type { RequestHandler } from 'express';

export const DEFAULT_CORS_ORIGINS = ['http://localhost:3000', 'http://localhost:3001'];

/**
 * Whether a WebSocket handshake may proceed: browsers always send Origin, so one outside the CORS allow-list
 * is a page on another site trying to use a visitor's connection; clients that are not browsers (apps,
 * scripts, services) send none and are let through (they authenticate in connection_init like everyone).
 */
export function websocketOriginAllowed(
  allowedOrigins: readonly string[],
): (origin: string | undefined) => boolean {
  const allowed = new Set(allowedOrigins);
  return (origin) => origin === undefined || origin === '' || allowed.has(origin);
}

/**
 * Lets the storefront and dashboard (other origins) call /graphql and /uploads from browsers: answers
 * preflights itself and marks responses for the allowed origins only. Credentials are bearer tokens in a
 * header, never cookies, so no Allow-Credentials.
 */
export function corsMiddleware(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'retry-after, x-request-id, ratelimit-remaining');
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) {
      next();
      return;
    }
    if (!origin || !allowed.has(origin)) {
      res
        .status(403)
        .json({ error: { code: 'FORBIDDEN', message: `Origin ${origin ?? '(none)'} is not allowed` } });
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'content-type, authorization, apollo-require-preflight, x-request-id, traceparent',
    );
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
