import type { IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import { bearerToken, type AccessTokenVerifier, type Identity } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import type { SubgraphGuard } from '../gateway/subgraph-breaker';
import { traceIdOfTraceparent } from '@msa/telemetry';
import type { RouterContext } from '../context';
import { forwardedHeaders } from '../http/request-meta';
import { upgradeRequestMeta, type TrustProxy } from '../http/upgrade-meta';
import { createUpstreamConnections, type UpstreamConnections } from './upstream-connections';

/** Longest delay setTimeout accepts; tokens living longer are re-checked when it fires. */
const MAX_TIMER_MS = 2_147_483_647;

/** One authenticated graphql-ws client connection. */
export interface ClientConnection {
  /** Identity and correlation ids, shared by every subscription of the connection. */
  context: RouterContext;
  upstream: UpstreamConnections;
  /** Closes the upstream sockets and stops the expiry timer; idempotent. */
  close(): Promise<void>;
}

export type ConnectionAuth =
  | { accepted: true; identity: Identity | null; authorization: string | undefined; expiresAt?: number }
  | { accepted: false; reason: string };

/**
 * Authenticates connection_init's `{ authorization: "Bearer …" }`. No authorization: an anonymous
 * connection (subgraphs refuse its subscriptions that need a user). A malformed, forged or expired token:
 * refused, never downgraded to anonymous.
 */
export async function authenticateConnection(
  params: Readonly<Record<string, unknown>> | undefined,
  verifier: AccessTokenVerifier,
): Promise<ConnectionAuth> {
  const authorization = params?.authorization ?? params?.Authorization;
  if (authorization === undefined || authorization === null || authorization === '') {
    return { accepted: true, identity: null, authorization: undefined };
  }
  const token = typeof authorization === 'string' ? bearerToken(authorization) : undefined;
  if (typeof authorization !== 'string' || !token) {
    return { accepted: false, reason: 'authorization is not a Bearer token' };
  }
  try {
    const identity = await verifier.verify(token);
    const { exp } = decodeJwt(token);
    return {
      accepted: true,
      identity,
      authorization,
      ...(typeof exp === 'number' ? { expiresAt: exp * 1000 } : {}),
    };
  } catch (error) {
    return { accepted: false, reason: (error as Error).message };
  }
}

export interface OpenConnectionOptions {
  auth: Extract<ConnectionAuth, { accepted: true }>;
  request: IncomingMessage;
  trustProxy: TrustProxy;
  logger: Logger;
  /** The circuit breaker of each subgraph; subscribing to one goes through it. */
  guardOf: (subgraph: string) => SubgraphGuard;
  /** Called when the access token expires; the server closes the socket so the client re-authenticates. */
  onExpired: () => void;
}

export function openClientConnection(options: OpenConnectionOptions): ClientConnection {
  const { auth } = options;
  const meta = upgradeRequestMeta(options.request, options.trustProxy);
  const context: RouterContext = {
    ...meta,
    identity: auth.identity,
    authorization: auth.authorization,
    logger: options.logger.child({
      requestId: meta.requestId,
      traceId: traceIdOfTraceparent(meta.traceparent),
      transport: 'graphql-ws',
    }),
  };
  const upstream = createUpstreamConnections(
    {
      authorization: auth.authorization,
      requestId: meta.requestId,
      // The token travels in connection_init, where graphql-ws servers read it, not in the upgrade headers.
      headers: forwardedHeaders(meta, undefined),
    },
    options.guardOf,
  );

  // Entity fetches forward the subscriber's token on every event, so the connection lives as long as the
  // token: at expiry the client is asked to reconnect with a fresh one (graphql-ws retries on 4403).
  let expiryTimer: NodeJS.Timeout | undefined;
  const watchExpiry = () => {
    if (auth.expiresAt === undefined) return;
    const remaining = auth.expiresAt - Date.now();
    if (remaining <= 0) return options.onExpired();
    expiryTimer = setTimeout(watchExpiry, Math.min(remaining, MAX_TIMER_MS));
    expiryTimer.unref();
  };
  watchExpiry();

  let closing: Promise<void> | undefined;
  return {
    context,
    upstream,
    close() {
      closing ??= (async () => {
        clearTimeout(expiryTimer);
        await upstream.dispose().catch((error: unknown) => {
          context.logger.warn({ err: error }, 'subscriptions: closing upstream sockets failed');
        });
      })();
      return closing;
    },
  };
}
