import type { IncomingMessage } from 'node:http';
import { requestIdFrom } from '@msa/subgraph-kit';
import { continueTraceparent } from '@msa/telemetry';
import { withoutIpv4Mapping, type RequestMeta } from './request-meta';

/** Express's compiled `trust proxy` setting: whether the hop at `index` (0 = the peer) is a trusted proxy. */
export type TrustProxy = (address: string, index: number) => boolean;

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The client address as Express computes `req.ip`: starting at the connecting peer, step left through
 * X-Forwarded-For while the current hop is a trusted proxy; the first untrusted hop is the client.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  const hops = [
    peer,
    ...(forwardedFor ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean)
      .reverse(),
  ];
  let index = 0;
  while (index < hops.length - 1 && trust(hops[index]!, index)) index += 1;
  return withoutIpv4Mapping(hops[index]!);
}

/**
 * Ids and origin of a WebSocket connection, read from its upgrade request the way `requestMetaMiddleware`
 * reads an HTTP request: the caller's request id (if well formed) or a new one, the caller's trace continued.
 */
export function upgradeRequestMeta(req: IncomingMessage, trust: TrustProxy): RequestMeta {
  const peer = withoutIpv4Mapping(req.socket.remoteAddress ?? 'unknown');
  const chain = headerValue(req.headers['x-forwarded-for']);
  return {
    requestId: requestIdFrom(req.headers),
    traceparent: continueTraceparent(headerValue(req.headers.traceparent)?.split(',')[0]),
    clientIp: clientAddress(peer, chain, trust),
    forwardedFor: chain ? `${chain}, ${peer}` : peer,
  };
}
