import { UserErrorCode } from './user-error-codes';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * How long after its use a refresh token may be presented again without ending the session. A browser
 * that is reloaded or leaves the page while its refresh is in flight never stores the answer, and the
 * next page presents the same token. Inside this window that token is exchanged once more, and its
 * unused successor from the lost answer is retired (as Okta's and Auth0's rotation grace periods do).
 */
export const REFRESH_TOKEN_REUSE_GRACE_SECONDS = 30;

export type SessionRevocationReason =
  | 'LOGOUT'
  | 'REUSE_DETECTED'
  | 'PASSWORD_CHANGED'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_DELETED';

/** What the database knows about a presented refresh token and its family. */
export interface StoredRefreshToken {
  expiresAt: Date;
  usedAt: Date | null;
  family: { revokedAt: Date | null; revokedReason: SessionRevocationReason | null };
}

export type RefreshDecision =
  | { action: 'rotate' }
  /**
   * Used moments ago: the answer may have been lost. Exchanged again if the token it was exchanged for
   * has not been used; otherwise the family is revoked as for any reuse.
   */
  | { action: 'reissue' }
  /** An already-used token came back: someone holds a copy, so the whole session must end. */
  | { action: 'revoke-family'; code: typeof UserErrorCode.REFRESH_TOKEN_REUSED; message: string }
  | {
      action: 'reject';
      code: typeof UserErrorCode.INVALID_REFRESH_TOKEN | typeof UserErrorCode.REFRESH_TOKEN_REUSED;
      message: string;
    };

export const UNKNOWN_TOKEN_MESSAGE = 'This refresh token is not valid. Sign in again.';
export const REUSE_MESSAGE =
  'This refresh token was already used, so every session that came from it has been ended. Sign in again.';

/**
 * Decides what presenting a refresh token does. A used token is checked before expiry: an old copy turning up
 * late still means the current token of its family may be in the wrong hands.
 */
export function decideRefresh(
  token: StoredRefreshToken,
  now: Date,
  reuseGraceSeconds = REFRESH_TOKEN_REUSE_GRACE_SECONDS,
): RefreshDecision {
  if (token.family.revokedAt) {
    return token.family.revokedReason === 'REUSE_DETECTED'
      ? { action: 'reject', code: UserErrorCode.REFRESH_TOKEN_REUSED, message: REUSE_MESSAGE }
      : {
          action: 'reject',
          code: UserErrorCode.INVALID_REFRESH_TOKEN,
          message: 'This session has ended. Sign in again.',
        };
  }
  if (token.usedAt) {
    if (token.usedAt >= reuseGraceStart(now, reuseGraceSeconds)) return { action: 'reissue' };
    return { action: 'revoke-family', code: UserErrorCode.REFRESH_TOKEN_REUSED, message: REUSE_MESSAGE };
  }
  if (token.expiresAt.getTime() <= now.getTime()) {
    return {
      action: 'reject',
      code: UserErrorCode.INVALID_REFRESH_TOKEN,
      message: 'This refresh token has expired. Sign in again.',
    };
  }
  return { action: 'rotate' };
}

/** The earliest use of a token that may still be presented again (see REFRESH_TOKEN_REUSE_GRACE_SECONDS). */
export function reuseGraceStart(now: Date, reuseGraceSeconds = REFRESH_TOKEN_REUSE_GRACE_SECONDS): Date {
  return new Date(now.getTime() - reuseGraceSeconds * 1000);
}

export function refreshTokenExpiry(now: Date, ttlSeconds = REFRESH_TOKEN_TTL_SECONDS): Date {
  return new Date(now.getTime() + ttlSeconds * 1000);
}
