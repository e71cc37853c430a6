import type { AccessTokenVerifier, Identity } from '@msa/auth';
import type { SubgraphContext } from '@msa/subgraph-kit';
import type { OrdersServices } from '../services/orders-services';

export interface OrdersContext extends SubgraphContext {
  services: OrdersServices;
  /** The caller's verified access token, for calls made on their behalf (reading their cart). */
  accessToken: string | null;
}

/**
 * Remembers which token each verified identity came from. The kit's request context exposes the identity but
 * not the request headers, and checkout must forward the caller's own token to the router; keying by the
 * identity object the verifier returned ties the token to exactly this request.
 */
export interface TokenCapture {
  verifier: AccessTokenVerifier;
  tokenOf(identity: Identity | null): string | null;
}

export function captureVerifiedTokens(inner: AccessTokenVerifier): TokenCapture {
  const tokens = new WeakMap<Identity, string>();
  return {
    verifier: {
      async verify(token) {
        const identity = { ...(await inner.verify(token)) };
        tokens.set(identity, token);
        return identity;
      },
    },
    tokenOf: (identity) => (identity ? (tokens.get(identity) ?? null) : null),
  };
}
