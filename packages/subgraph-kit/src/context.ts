import { GraphQLError } from 'graphql';
import type { Identity, AccessTokenVerifier, ServiceScope } from '@msa/auth';
import { hasServiceScope } from '@msa/auth';
import { bearerToken, InvalidAccessTokenError } from '@msa/auth';
import type { Logger } from './logger';
import { type LoaderRegistry } from './loaders';
import { forbidden, unauthenticated } from './errors';

export interface SubgraphContext {
  requestId: string;
  identity: Identity | null;
  logger: Logger;
  loaders: LoaderRegistry;
}

/**
 * Identity comes from the access token the router forwards, verified again here against the users service's
 * keys: calling a subgraph directly with a forged or expired token grants nothing.
 */
export async function identityFromHeader(
  authorization: string | undefined,
  verifier: AccessTokenVerifier,
): Promise<Identity | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  try {
    return await verifier.verify(token);
  } catch (error) {
    const message = error instanceof InvalidAccessTokenError ? error.message : 'Access token is invalid';
    throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/**
 * The caller's own access token, for reading other services through the router as the caller: the request's
 * bearer token once its identity was verified from it, null for an anonymous request.
 */
export function callerAccessToken(
  identity: Identity | null,
  authorization: string | undefined,
): string | null {
  return identity ? (bearerToken(authorization) ?? null) : null;
}

export function requireIdentity(ctx: Pick<SubgraphContext, 'identity'>): Identity {
  if (!ctx.identity) throw unauthenticated();
  return ctx.identity;
}

export function requireAdmin(ctx: Pick<SubgraphContext, 'identity'>): Identity {
  const identity = requireIdentity(ctx);
  if (identity.role !== 'ADMIN' || identity.kind !== 'user')
    throw forbidden('Only administrators can do this');
  return identity;
}

export function requireStaff(ctx: Pick<SubgraphContext, 'identity'>): Identity {
  const identity = requireIdentity(ctx);
  if ((identity.role !== 'ADMIN' && identity.role !== 'STAFF') || identity.kind !== 'user')
    throw forbidden('Only staff can do this');
  return identity;
}

/** Staff, or an internal service whose token holds `scope` (the one read that service needs). */
export function requireStaffOrServiceScope(
  ctx: Pick<SubgraphContext, 'identity'>,
  scope: ServiceScope,
): Identity {
  const identity = requireIdentity(ctx);
  if (hasServiceScope(identity, scope)) return identity;
  return requireStaff(ctx);
}

/** The caller may act on `ownerId`'s data: it is their own, or they are staff. */
export function requireOwnerOrStaff(ctx: Pick<SubgraphContext, 'identity'>, ownerId: string): Identity {
  const identity = requireIdentity(ctx);
  if (
    identity.userId !== ownerId &&
    !((identity.role === 'ADMIN' || identity.role === 'STAFF') && identity.kind === 'user')
  ) {
    throw forbidden('This belongs to another user');
  }
  return identity;
}
