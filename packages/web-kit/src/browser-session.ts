import {
  createSessionRefresher,
  readRefreshResponse,
  REFRESH_MUTATION,
  runWithoutLock,
  type ExclusiveLock,
  type RefreshCall,
} from './session-refresh';
import { SessionStore, type KeyValueStorage } from './session-store';

/** localStorage when the page may use it; null on the server and where the browser refuses it. */
export function browserStorage(): KeyValueStorage | null {
  if (typeof window === 'undefined') return null;
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A lock held by one tab of the origin at a time (Web Locks API), so tabs refresh one after another. */
export function browserLock(name: string): ExclusiveLock {
  if (typeof navigator === 'undefined' || !navigator.locks) return runWithoutLock;
  return async (task) => await navigator.locks.request(name, task);
}

async function postGraphQL(graphqlUrl: string, body: object, accessToken?: string | null): Promise<unknown> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return response.json().catch(() => null);
}

/**
 * Refreshes with a plain fetch rather than through Apollo Client: the client's own auth link waits for
 * this refresh, so going through it would wait on itself.
 */
export function fetchRefreshCall(graphqlUrl: string): RefreshCall {
  return async (refreshToken) =>
    readRefreshResponse(
      await postGraphQL(graphqlUrl, {
        operationName: 'RefreshSession',
        query: REFRESH_MUTATION,
        variables: { refreshToken },
      }),
    );
}

export interface BrowserSession {
  store: SessionStore;
  /** Renews the access token (shared by concurrent callers); null when there is no session. */
  refresh: () => Promise<string | null>;
  /** Revokes the session on the server (best effort) and forgets it here. */
  signOut: () => Promise<void>;
}

const LOGOUT_MUTATION = `mutation EndSession($refreshToken: String!) {
  logout(refreshToken: $refreshToken) { success userErrors { code message } }
}`;

export function createBrowserSession(options: { graphqlUrl: string; storageKey: string }): BrowserSession {
  const store = new SessionStore({ storage: browserStorage(), key: options.storageKey });
  const refresh = createSessionRefresher(
    store,
    fetchRefreshCall(options.graphqlUrl),
    browserLock(options.storageKey),
  );
  const signOut = async () => {
    const refreshToken = store.storedRefreshToken();
    const accessToken = store.accessToken();
    store.signOut();
    if (!refreshToken) return;
    try {
      await postGraphQL(
        options.graphqlUrl,
        { operationName: 'EndSession', query: LOGOUT_MUTATION, variables: { refreshToken } },
        accessToken,
      );
    } catch {
      // Already forgotten here; the token expires on the server by itself if this request is lost.
    }
  };
  return { store, refresh, signOut };
}
