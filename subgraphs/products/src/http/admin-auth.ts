import { bearerToken, InvalidAccessTokenError, type AccessTokenVerifier, type Identity } from '@msa/auth';

export type AdminCheck =
  | { ok: true; identity: Identity }
  | { ok: false; status: 401 | 403; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string };

/** The same check GraphQL mutations make, for plain HTTP routes: a valid access token of an ADMIN. */
export async function checkAdmin(
  authorization: string | undefined,
  verifier: AccessTokenVerifier,
): Promise<AdminCheck> {
  const token = bearerToken(authorization);
  if (!token) return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: 'You must be signed in' };
  let identity: Identity;
  try {
    identity = await verifier.verify(token);
  } catch (error) {
    const message = error instanceof InvalidAccessTokenError ? error.message : 'Access token is invalid';
    return { ok: false, status: 401, code: 'UNAUTHENTICATED', message };
  }
  if (identity.role !== 'ADMIN')
    return { ok: false, status: 403, code: 'FORBIDDEN', message: 'Only administrators can upload images' };
  return { ok: true, identity };
}
