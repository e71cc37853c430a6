/**
 * Where a signed-in session lives in the browser.
 *
 * The access token (short-lived, sent on every request) is kept in memory only, so it never outlives the
 * page and is not written anywhere a later script could find it. The refresh token must survive a reload,
 * so it is kept in localStorage under one key. That is readable by any script running on this origin: a
 * cross-site-scripting bug could steal it. An httpOnly cookie would hide it from scripts, but the API hands
 * out tokens in GraphQL responses on another origin (the router), so cookies would need a same-site
 * backend-for-frontend in front of it. The API limits the damage instead: refresh tokens rotate on every
 * use and reuse is detected, so a stolen token used by an attacker revokes the whole session the next time
 * the real browser refreshes. Sign-out revokes the token on the server and removes it here.
 */

export type Role = 'CUSTOMER' | 'STAFF' | 'ADMIN';

export interface SessionUser {
  id: string;
  name: string;
  email: string | null;
  role: Role;
}

/** The tokens and user that sign-in, registration and refresh hand out. */
export interface SessionGrant {
  accessToken: string;
  /** ISO-8601; null when the server did not say (the token is then used until it is refused). */
  accessTokenExpiresAt: string | null;
  refreshToken: string;
  user: SessionUser;
}

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: SessionUser };

/** The part of the Web Storage API the store uses; an in-memory map in tests, nothing on the server. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AuthPayloadLike {
  accessToken?: string | null;
  accessTokenExpiresAt?: string | null;
  refreshToken?: string | null;
  user?: { id: string; name: string; email?: string | null; role: Role } | null;
}

/** A grant from an AuthPayload, or null when the payload carries no complete session (it had userErrors). */
export function toSessionGrant(payload: AuthPayloadLike | null | undefined): SessionGrant | null {
  if (!payload?.accessToken || !payload.refreshToken || !payload.user) return null;
  const { id, name, email, role } = payload.user;
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: payload.accessTokenExpiresAt ?? null,
    refreshToken: payload.refreshToken,
    user: { id, name, email: email ?? null, role },
  };
}

const SIGNED_OUT: SessionState = { status: 'signed-out' };
const RESTORING: SessionState = { status: 'restoring' };

/** What the server renders: it cannot know the session, so pages show their "checking" state. */
export const SERVER_SESSION_STATE: SessionState = RESTORING;

export interface SessionStoreOptions {
  /** null on the server, where nothing is remembered. */
  storage: KeyValueStorage | null;
  /** localStorage key of the refresh token. */
  key: string;
  now?: () => number;
}

export class SessionStore {
  private state: SessionState;
  private access: { token: string; expiresAt: number | null } | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now ?? Date.now;
    this.state = this.storedRefreshToken() ? RESTORING : SIGNED_OUT;
  }

  /** The current state; the same object until it changes, as useSyncExternalStore requires. */
  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Read fresh each time: another tab may have rotated it. Storage can throw (private modes, quotas). */
  storedRefreshToken(): string | null {
    try {
      return this.options.storage?.getItem(this.options.key) ?? null;
    } catch {
      return null;
    }
  }

  /** The access token if it stays valid for at least `minValidityMs` more; otherwise null. */
  accessToken(minValidityMs = 0): string | null {
    if (!this.access) return null;
    if (this.access.expiresAt !== null && this.access.expiresAt - this.now() < minValidityMs) return null;
    return this.access.token;
  }

  signIn(grant: SessionGrant): void {
    const expiresAt = grant.accessTokenExpiresAt ? Date.parse(grant.accessTokenExpiresAt) : NaN;
    this.access = { token: grant.accessToken, expiresAt: Number.isNaN(expiresAt) ? null : expiresAt };
    this.write(grant.refreshToken);
    const current = this.state;
    const sameUser =
      current.status === 'signed-in' &&
      current.user.id === grant.user.id &&
      current.user.name === grant.user.name &&
      current.user.email === grant.user.email &&
      current.user.role === grant.user.role;
    if (!sameUser) this.setState({ status: 'signed-in', user: grant.user });
  }

  /** Forgets the session here; revoking it on the server is the caller's job. */
  signOut(): void {
    this.access = null;
    this.write(null);
    this.setState(SIGNED_OUT);
  }

  /**
   * The refresh token could not be exchanged for now (the API is unreachable): show the visitor as signed
   * out but keep the token, so the next request or reload restores the session.
   */
  suspend(): void {
    this.access = null;
    this.setState(SIGNED_OUT);
  }

  /**
   * Another tab changed the stored token (a `storage` event). Returns true when this tab should restore the
   * session by refreshing. A rotation by another tab needs nothing: the next refresh reads the new token.
   */
  handleStorageChange(key: string | null, newValue: string | null): boolean {
    if (key !== null && key !== this.options.key) return false;
    if (newValue === null) {
      if (this.state.status !== 'signed-out' || this.access) {
        this.access = null;
        this.setState(SIGNED_OUT);
      }
      return false;
    }
    if (this.state.status === 'signed-out') {
      this.setState(RESTORING);
      return true;
    }
    return false;
  }

  private write(refreshToken: string | null): void {
    try {
      if (refreshToken) this.options.storage?.setItem(this.options.key, refreshToken);
      else this.options.storage?.removeItem(this.options.key);
    } catch {
      // Without storage the session still works until the page is closed.
    }
  }

  private setState(next: SessionState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** A Map-backed storage for tests and for browsers that refuse localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
