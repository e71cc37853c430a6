import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { GRAPHIQL_PATH } from './schema-explorer';

/** Where Apollo Sandbox's page loads its script, styles, fonts and embedded frame from. */
const APOLLO_CDN = ['https://embeddable-sandbox.cdn.apollographql.com', 'https://*.apollographql.com'];

/**
 * The explorer pages (Sandbox on GET /graphql, the bundled GraphiQL) are the only HTML the router serves:
 * GraphiQL inlines its scripts and styles, Sandbox loads them from Apollo's CDN and embeds a frame from it,
 * and both talk to this origin over HTTP and graphql-ws. Nothing may frame them.
 */
const explorerPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDN],
    styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com', ...APOLLO_CDN],
    fontSrc: ["'self'", 'data:', 'https://fonts.gstatic.com', ...APOLLO_CDN],
    imgSrc: ["'self'", 'data:', 'blob:', ...APOLLO_CDN],
    connectSrc: ["'self'", 'ws:', 'wss:', ...APOLLO_CDN],
    frameSrc: ["'self'", ...APOLLO_CDN],
    workerSrc: ["'self'", 'blob:'],
    manifestSrc: ["'self'", ...APOLLO_CDN],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

/** Everything else is JSON, images or metrics: nothing in it may run, load anything or be framed. */
const apiPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
});

const commonHeaders = helmet({
  contentSecurityPolicy: false,
  // Product images under /media are shown by the storefront and the dashboard, which live on other origins.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  // The Sandbox page opens Apollo's frame; it needs no cross-origin isolation.
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
});

function isExplorerPage(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET') return false;
  if (path === GRAPHIQL_PATH) return true;
  return path === '/graphql' && (accept ?? '').includes('text/html');
}

/**
 * helmet's security headers on every response (HSTS, nosniff, frame and referrer policies, …) and a
 * Content-Security-Policy: strict for the API, loose enough for the schema explorer where it is served.
 */
export function securityHeaders(options: { explorer: boolean }): RequestHandler {
  return (req, res, next) => {
    commonHeaders(req, res, (error?: unknown) => {
      if (error) return next(error);
      const policy =
        options.explorer && isExplorerPage(req.method, req.path, req.headers.accept)
          ? explorerPolicy
          : apiPolicy;
      policy(req, res, next);
    });
  };
}
