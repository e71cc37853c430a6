import { toSessionGrant, type AuthPayloadLike, type SessionGrant, type SessionStore } from './session-store';

export type RefreshResult =
  | { kind: 'granted'; grant: SessionGrant }
  /** The server refused the token (unknown, expired, revoked, reused): the session is over. */
  | { kind: 'rejected'; message: string }
  /** No answer worth acting on (network, rate limit, server error): keep the token and try later. */
  | { kind: 'unavailable'; message: string };

/** Exchanges a refresh token; implemented with fetch in the browser and with a fake in tests. */
export type RefreshCall = (refreshToken: string) => Promise<RefreshResult>;

/** Runs a task while holding a lock shared by every tab of the origin, or directly where there is none. */
export type ExclusiveLock = <T>(task: () => Promise<T>) => Promise<T>;

export const runWithoutLock: ExclusiveLock = (task) => task();

/** Starts refreshing this long before the access token expires, so a request never carries a dying token. */
export const ACCESS_TOKEN_MARGIN_MS = 30_000;

export const REFRESH_MUTATION = `mutation RefreshSession($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user { id name email role }
    userErrors { code message }
  }
}`;

interface RefreshResponseBody {
  data?: {
    refreshToken?: (AuthPayloadLike & { userErrors?: { code: string; message: string }[] }) | null;
  } | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** Interprets the router's answer to REFRESH_MUTATION. */
export function readRefreshResponse(body: unknown): RefreshResult {
  const response = (body ?? {}) as RefreshResponseBody;
  const payload = response.data?.refreshToken;
  const userError = payload?.userErrors?.[0];
  if (userError) return { kind: 'rejected', message: userError.message };
  const grant = toSessionGrant(payload);
  if (grant) return { kind: 'granted', grant };
  const error = response.errors?.[0];
  return { kind: 'unavailable', message: error?.message ?? 'The sign-in service gave no answer' };
}

/**
 * One function that renews the session, shared by every request of the page. Refresh tokens are single-use,
 * so two refreshes with the same token would look like theft to the server and end the session: calls made
 * while a refresh runs share it, and tabs take turns through `lock`, each reading the token again once it
 * holds the lock. Resolves to the new access token, or null when there is no session.
 */
export function createSessionRefresher(
  store: SessionStore,
  call: RefreshCall,
  lock: ExclusiveLock = runWithoutLock,
): () => Promise<string | null> {
  let inFlight: Promise<string | null> | null = null;

  const refreshOnce = async (): Promise<string | null> => {
    const refreshToken = store.storedRefreshToken();
    if (!refreshToken) {
      store.signOut();
      return null;
    }
    let result: RefreshResult;
    try {
      result = await call(refreshToken);
    } catch (error) {
      result = { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
    }
    // Signed out in the meantime (another tab, or the sign-out button): do not bring the session back.
    if (store.storedRefreshToken() === null) return null;
    switch (result.kind) {
      case 'granted':
        store.signIn(result.grant);
        return result.grant.accessToken;
      case 'rejected':
        store.signOut();
        return null;
      case 'unavailable':
        store.suspend();
        return null;
    }
  };

  return () => {
    inFlight ??= lock(refreshOnce).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

/**
 * The access token for the next request: the one held if it is still good, a renewed one when a session can
 * be restored, or null for an anonymous request.
 */
export async function accessTokenForRequest(
  store: SessionStore,
  refresh: () => Promise<string | null>,
): Promise<string | null> {
  const current = store.accessToken(ACCESS_TOKEN_MARGIN_MS);
  if (current) return current;
  return store.storedRefreshToken() ? refresh() : null;
}
