import type { Request, RequestHandler } from 'express';
import { requestIdFrom } from '@msa/subgraph-kit';
import { continueTraceparent, traceHeaders } from '@msa/telemetry';

/** What the router knows about a request before any GraphQL work: ids to correlate it and where it came from. */
export interface RequestMeta {
  requestId: string;
  /** The traceparent to send to subgraphs (the router's span in the caller's trace). */
  traceparent: string;
  /** The client address, from X-Forwarded-For only when `trust proxy` says so. */
  clientIp: string;
  /** The X-Forwarded-For chain to send on, with the address this request came from appended. */
  forwardedFor: string;
}

const metas = new WeakMap<Request, RequestMeta>();

export function withoutIpv4Mapping(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** Assigns request id and trace context to every request and echoes the id in the `x-request-id` header. */
export function requestMetaMiddleware(): RequestHandler {
  return (req, res, next) => {
    const peer = withoutIpv4Mapping(req.socket.remoteAddress ?? 'unknown');
    const incomingChain = req.headers['x-forwarded-for'];
    const chain = Array.isArray(incomingChain) ? incomingChain.join(', ') : incomingChain;
    const traceHeader = req.headers.traceparent;
    const meta: RequestMeta = {
      requestId: requestIdFrom(req.headers),
      traceparent: continueTraceparent(Array.isArray(traceHeader) ? traceHeader[0] : traceHeader),
      clientIp: withoutIpv4Mapping(req.ip ?? peer),
      forwardedFor: chain ? `${chain}, ${peer}` : peer,
    };
    metas.set(req, meta);
    res.setHeader('x-request-id', meta.requestId);
    next();
  };
}

export function requestMeta(req: Request): RequestMeta {
  const meta = metas.get(req);
  if (!meta) throw new Error('requestMetaMiddleware must run before this handler');
  return meta;
}

/**
 * Headers that carry identity and correlation to an upstream service. While tracing is on, OpenTelemetry's
 * W3C propagation supplies `traceparent` (the active span, e.g. the gateway's fetch); the request's own one
 * (written by the same W3C propagator) keeps trace ids flowing through the logs when tracing is off.
 */
export function forwardedHeaders(
  meta: RequestMeta,
  authorization: string | undefined,
): Record<string, string> {
  return {
    'x-request-id': meta.requestId,
    traceparent: meta.traceparent,
    ...traceHeaders(),
    'x-forwarded-for': meta.forwardedFor,
    ...(authorization ? { authorization } : {}),
  };
}
