import {
  SignJWT,
  jwtVerify,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { randomUUID } from 'node:crypto';
import { isRole, isServiceScope, type Identity } from './identity';
import { SIGNING_ALG, type SigningKey } from './signing-key';

export const ACCESS_TOKEN_ISSUER = 'msa-grok-commerce/users';
export const ACCESS_TOKEN_AUDIENCE = 'msa-grok-commerce';

export interface AccessTokenSigner {
  sign(identity: Identity, ttlSeconds?: number): Promise<string>;
  jwks(): { keys: JWK[] };
}

export function createAccessTokenSigner(key: SigningKey, defaultTtlSeconds = 900): AccessTokenSigner {
  return {
    async sign(identity, ttlSeconds = defaultTtlSeconds) {
      return new SignJWT({
        role: identity.role,
        kind: identity.kind,
        ...(identity.scopes ? { scope: identity.scopes.join(' ') } : {}),
        ...(identity.sessionVersion !== undefined ? { sv: identity.sessionVersion } : {}),
      })
        .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'at+jwt' })
        .setSubject(identity.userId)
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key.privateKey);
    },
    jwks: () => ({ keys: [key.publicJwk] }),
  };
}

/** Thrown for any token that must not be trusted: bad signature, expired, wrong issuer, malformed. */
export class InvalidAccessTokenError extends Error {
  constructor(
    message: string,
    readonly expired = false,
  ) {
    super(message);
    this.name = 'InvalidAccessTokenError';
  }
}

export interface AccessTokenVerifier {
  verify(token: string): Promise<Identity>;
}

export function createAccessTokenVerifier(keys: JWTVerifyGetKey): AccessTokenVerifier {
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          algorithms: [SIGNING_ALG],
          typ: 'at+jwt',
        });
        if (!payload.sub || !isRole(payload.role))
          throw new InvalidAccessTokenError('Token has no subject or role');
        const kind = payload.kind === 'service' ? 'service' : 'user';
        // A service token is only ever SERVICE with scopes; a user token never holds SERVICE.
        if ((kind === 'service') !== (payload.role === 'SERVICE'))
          throw new InvalidAccessTokenError('Token kind and role do not match');
        const scopes =
          typeof payload.scope === 'string' ? payload.scope.split(' ').filter(isServiceScope) : [];
        return {
          userId: payload.sub,
          role: payload.role,
          kind,
          ...(kind === 'service' ? { scopes } : {}),
          ...(typeof payload.sv === 'number' ? { sessionVersion: payload.sv } : {}),
        };
      } catch (error) {
        if (error instanceof InvalidAccessTokenError) throw error;
        if (error instanceof errors.JWTExpired)
          throw new InvalidAccessTokenError('Access token expired', true);
        throw new InvalidAccessTokenError('Access token is invalid');
      }
    },
  };
}

/** Keys published by the users service at /.well-known/jwks.json, cached and refreshed on unknown key ids. */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 5_000, cacheMaxAge: 600_000 });
}

export function localKeys(jwks: { keys: JWK[] }): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}

/** Extracts the token from an `Authorization: Bearer …` header value; undefined when absent. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}
