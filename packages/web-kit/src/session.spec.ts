import { describe, expect, it } from 'vitest';
import {
  accessTokenForRequest,
  createSessionRefresher,
  readRefreshResponse,
  type ExclusiveLock,
  type RefreshResult,
} from './session-refresh';
import { memoryStorage, SessionStore, toSessionGrant, type SessionGrant } from './session-store';

const KEY = 'test.refreshToken';
const NOW = Date.parse('2026-11-24T12:00:00Z');

const grant = (n: number, overrides: Partial<SessionGrant> = {}): SessionGrant => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(NOW + 15 * 60_000).toISOString(),
  refreshToken: `refresh-${n}`,
  user: { id: 'u1', name: 'Ada', email: 'ada@example.com', role: 'CUSTOMER' },
  ...overrides,
});

function storeWith(initial: Record<string, string> = {}, now = () => NOW) {
  const storage = memoryStorage(initial);
  return { storage, store: new SessionStore({ storage, key: KEY, now }) };
}

describe('SessionStore', () => {
  it('starts restoring when a refresh token is remembered, signed out otherwise', () => {
    expect(storeWith({ [KEY]: 'r' }).store.getState()).toEqual({ status: 'restoring' });
    expect(storeWith().store.getState()).toEqual({ status: 'signed-out' });
    expect(new SessionStore({ storage: null, key: KEY }).getState().status).toBe('signed-out');
  });

  it('keeps the access token in memory and only the refresh token in storage', () => {
    const { storage, store } = storeWith();
    store.signIn(grant(1));
    expect(store.accessToken()).toBe('access-1');
    expect(storage.getItem(KEY)).toBe('refresh-1');
    expect(store.getState()).toEqual({ status: 'signed-in', user: grant(1).user });
  });

  it('stops handing out an access token that expires within the margin', () => {
    let now = NOW;
    const { store } = storeWith({}, () => now);
    store.signIn(grant(1));
    expect(store.accessToken(30_000)).toBe('access-1');
    now = NOW + 15 * 60_000 - 10_000;
    expect(store.accessToken(30_000)).toBeNull();
    expect(store.accessToken(0)).toBe('access-1');
  });

  it('uses a token without a known expiry until it is refused', () => {
    const { store } = storeWith();
    store.signIn(grant(1, { accessTokenExpiresAt: null }));
    expect(store.accessToken(60_000)).toBe('access-1');
  });

  it('forgets both tokens on sign-out and tells subscribers once', () => {
    const { storage, store } = storeWith();
    store.signIn(grant(1));
    let calls = 0;
    store.subscribe(() => calls++);
    store.signOut();
    store.signOut();
    expect(calls).toBe(1);
    expect(store.accessToken()).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps the state object when a refresh returns the same user, so screens do not re-render', () => {
    const { store } = storeWith();
    store.signIn(grant(1));
    const before = store.getState();
    store.signIn(grant(2));
    expect(store.getState()).toBe(before);
    store.signIn(grant(3, { user: { ...grant(3).user, role: 'ADMIN' } }));
    expect(store.getState()).not.toBe(before);
  });

  it('follows a sign-out in another tab and restores after a sign-in there', () => {
    const { store } = storeWith();
    store.signIn(grant(1));
    expect(store.handleStorageChange(KEY, 'refresh-2')).toBe(false);
    expect(store.accessToken()).toBe('access-1');

    expect(store.handleStorageChange(KEY, null)).toBe(false);
    expect(store.getState().status).toBe('signed-out');
    expect(store.accessToken()).toBeNull();

    expect(store.handleStorageChange('other-key', 'x')).toBe(false);
    expect(store.handleStorageChange(KEY, 'refresh-9')).toBe(true);
    expect(store.getState().status).toBe('restoring');
  });
});

describe('toSessionGrant', () => {
  it('needs both tokens and the user', () => {
    expect(toSessionGrant({ accessToken: 'a', refreshToken: null, user: grant(1).user })).toBeNull();
    expect(toSessionGrant(null)).toBeNull();
    expect(
      toSessionGrant({ ...grant(1), user: { id: 'u', name: 'N', role: 'ADMIN' } })?.user.email,
    ).toBeNull();
  });
});

describe('readRefreshResponse', () => {
  it('grants a complete payload', () => {
    const result = readRefreshResponse({ data: { refreshToken: { ...grant(2), userErrors: [] } } });
    expect(result).toEqual({ kind: 'granted', grant: grant(2) });
  });

  it('treats userErrors as the end of the session', () => {
    const body = {
      data: {
        refreshToken: {
          accessToken: null,
          refreshToken: null,
          user: null,
          userErrors: [{ code: 'REFRESH_TOKEN_REUSED', message: 'This session was ended for safety.' }],
        },
      },
    };
    expect(readRefreshResponse(body)).toEqual({
      kind: 'rejected',
      message: 'This session was ended for safety.',
    });
  });

  it('treats GraphQL errors and empty bodies as temporary', () => {
    const limited = {
      data: null,
      errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }],
    };
    expect(readRefreshResponse(limited)).toEqual({ kind: 'unavailable', message: 'Too many requests' });
    expect(readRefreshResponse(null).kind).toBe('unavailable');
  });
});

describe('createSessionRefresher', () => {
  function deferred() {
    let resolve!: (result: RefreshResult) => void;
    const promise = new Promise<RefreshResult>((r) => (resolve = r));
    return { promise, resolve };
  }

  it('shares one refresh between concurrent callers and rotates the stored token', async () => {
    const { storage, store } = storeWith({ [KEY]: 'refresh-1' });
    const presented: string[] = [];
    const answer = deferred();
    const refresh = createSessionRefresher(store, (token) => {
      presented.push(token);
      return answer.promise;
    });

    const calls = [refresh(), refresh(), refresh()];
    answer.resolve({ kind: 'granted', grant: grant(2) });
    expect(await Promise.all(calls)).toEqual(['access-2', 'access-2', 'access-2']);
    expect(presented).toEqual(['refresh-1']);
    expect(storage.getItem(KEY)).toBe('refresh-2');
    expect(store.getState().status).toBe('signed-in');
  });

  it('reads the token again inside the lock, so tabs taking turns each present the newest one', async () => {
    const { storage, store } = storeWith({ [KEY]: 'refresh-1' });
    const presented: string[] = [];
    let queue = Promise.resolve();
    const lock: ExclusiveLock = (task) => {
      const run = queue.then(task);
      queue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    };
    const refresh = createSessionRefresher(
      store,
      async (token) => {
        presented.push(token);
        const n = Number(token.split('-')[1]) + 1;
        return { kind: 'granted', grant: grant(n) };
      },
      lock,
    );
    // Another tab rotates the token while this one waits for the lock.
    storage.setItem(KEY, 'refresh-5');
    await refresh();
    await refresh();
    expect(presented).toEqual(['refresh-5', 'refresh-6']);
    expect(storage.getItem(KEY)).toBe('refresh-7');
  });

  it('signs out when the token is refused', async () => {
    const { storage, store } = storeWith({ [KEY]: 'refresh-1' });
    const refresh = createSessionRefresher(store, async () => ({ kind: 'rejected', message: 'expired' }));
    expect(await refresh()).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();
    expect(store.getState().status).toBe('signed-out');
  });

  it('keeps the token when the service cannot be reached', async () => {
    const { storage, store } = storeWith({ [KEY]: 'refresh-1' });
    const refresh = createSessionRefresher(store, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await refresh()).toBeNull();
    expect(storage.getItem(KEY)).toBe('refresh-1');
    expect(store.getState().status).toBe('signed-out');
  });

  it('does not bring back a session signed out while the refresh ran', async () => {
    const { store } = storeWith({ [KEY]: 'refresh-1' });
    const answer = deferred();
    const refresh = createSessionRefresher(store, () => answer.promise);
    const pending = refresh();
    store.signOut();
    answer.resolve({ kind: 'granted', grant: grant(2) });
    expect(await pending).toBeNull();
    expect(store.getState().status).toBe('signed-out');
    expect(store.accessToken()).toBeNull();
  });
});

describe('accessTokenForRequest', () => {
  it('uses a held token, renews a dying one and stays anonymous without a session', async () => {
    let now = NOW;
    const { store } = storeWith({}, () => now);
    let refreshes = 0;
    const refresh = async () => {
      refreshes++;
      store.signIn(grant(2, { accessTokenExpiresAt: new Date(now + 15 * 60_000).toISOString() }));
      return 'access-2';
    };

    expect(await accessTokenForRequest(store, refresh)).toBeNull();
    store.signIn(grant(1));
    expect(await accessTokenForRequest(store, refresh)).toBe('access-1');
    now = NOW + 15 * 60_000 - 5_000;
    expect(await accessTokenForRequest(store, refresh)).toBe('access-2');
    expect(refreshes).toBe(1);
  });
});
