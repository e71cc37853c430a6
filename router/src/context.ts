import type { Request } from 'express';
import type { AccessTokenVerifier, Identity } from '@msa/auth';
import { identityFromHeader, type Logger } from '@msa/subgraph-kit';
import { requestMeta, type RequestMeta } from './http/request-meta';
import { activeTraceId, traceIdOfTraceparent } from '@msa/telemetry';

/** Per-request state of the router, read by its plugins and by the data sources that call subgraphs. */
export interface RouterContext extends RequestMeta {
  /** Verified caller, or null for anonymous requests. */
  identity: Identity | null;
  /** The caller's Authorization header, passed through so each subgraph verifies the token itself. */
  authorization: string | undefined;
  logger: Logger;
}

export type RequestIdentity = (req: Request) => Promise<Identity | null>;

/**
 * The verified caller of an HTTP request, verified once per request however many steps ask (admission
 * charging, then the GraphQL context). Rejects with UNAUTHENTICATED for a forged or expired token.
 */
export function requestIdentityResolver(verifier: AccessTokenVerifier): RequestIdentity {
  const verified = new WeakMap<Request, Promise<Identity | null>>();
  return (req) => {
    let identity = verified.get(req);
    if (!identity) {
      identity = identityFromHeader(req.headers.authorization, verifier);
      verified.set(req, identity);
    }
    return identity;
  };
}

/**
 * Verifies the access token before any planning: a forged or expired token is refused with
 * UNAUTHENTICATED (HTTP 401) instead of being treated as anonymous.
 */
export function routerContextFactory(identityOf: RequestIdentity, logger: Logger) {
  return async ({ req }: { req: Request }): Promise<RouterContext> => {
    const meta = requestMeta(req);
    const authorization = req.headers.authorization;
    const identity = await identityOf(req);
    return {
      ...meta,
      identity,
      authorization: identity ? authorization : undefined,
      logger: logger.child({
        'http.request.id': meta.requestId,
        // Traced: trace.id comes from the active span (the logger's mixin); otherwise from the traceparent.
        ...(activeTraceId() ? {} : { 'trace.id': traceIdOfTraceparent(meta.traceparent) }),
      }),
    };
  };
}

export function isRouterContext(value: unknown): value is RouterContext {
  return (
    typeof value === 'object' && value !== null && typeof (value as RouterContext).requestId === 'string'
  );
}
