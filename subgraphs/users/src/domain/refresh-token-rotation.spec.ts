import { describe, expect, it } from 'vitest';
import {
  decideRefresh,
  refreshTokenExpiry,
  REFRESH_TOKEN_REUSE_GRACE_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  reuseGraceStart,
  type StoredRefreshToken,
} from './refresh-token-rotation';

const now = new Date('2026-11-24T12:00:00Z');
const live: StoredRefreshToken = {
  expiresAt: new Date('2026-12-01T00:00:00Z'),
  usedAt: null,
  family: { revokedAt: null, revokedReason: null },
};

describe('decideRefresh', () => {
  it('rotates a live, unused token', () => {
    expect(decideRefresh(live, now)).toEqual({ action: 'rotate' });
  });

  it('revokes the whole family when a used token comes back', () => {
    expect(decideRefresh({ ...live, usedAt: new Date('2026-11-24T11:00:00Z') }, now)).toMatchObject({
      action: 'revoke-family',
      code: 'REFRESH_TOKEN_REUSED',
    });
  });

  it('exchanges a used token again within the grace period after its use, and revokes after it', () => {
    const graceMs = REFRESH_TOKEN_REUSE_GRACE_SECONDS * 1000;
    const usedAt = (msAgo: number) => ({ ...live, usedAt: new Date(now.getTime() - msAgo) });
    expect(decideRefresh(usedAt(0), now)).toEqual({ action: 'reissue' });
    expect(decideRefresh(usedAt(graceMs), now)).toEqual({ action: 'reissue' });
    expect(decideRefresh(usedAt(graceMs + 1), now)).toMatchObject({ action: 'revoke-family' });
    expect(reuseGraceStart(now)).toEqual(new Date(now.getTime() - graceMs));
  });

  it('treats a used token as reuse even after it expired', () => {
    const token = {
      ...live,
      usedAt: new Date('2026-10-01T00:00:00Z'),
      expiresAt: new Date('2026-10-31T00:00:00Z'),
    };
    expect(decideRefresh(token, now)).toMatchObject({ action: 'revoke-family' });
  });

  it('rejects an expired token at the exact expiry instant', () => {
    expect(decideRefresh({ ...live, expiresAt: now }, now)).toMatchObject({
      action: 'reject',
      code: 'INVALID_REFRESH_TOKEN',
    });
    expect(decideRefresh({ ...live, expiresAt: new Date(now.getTime() + 1) }, now)).toEqual({
      action: 'rotate',
    });
  });

  it('rejects every token of a family revoked for reuse with REFRESH_TOKEN_REUSED', () => {
    const family = { revokedAt: now, revokedReason: 'REUSE_DETECTED' as const };
    expect(decideRefresh({ ...live, family }, now)).toMatchObject({
      action: 'reject',
      code: 'REFRESH_TOKEN_REUSED',
    });
  });

  it('rejects tokens of a logged-out family without revoking anything again', () => {
    const family = { revokedAt: now, revokedReason: 'LOGOUT' as const };
    expect(decideRefresh({ ...live, usedAt: now, family }, now)).toMatchObject({
      action: 'reject',
      code: 'INVALID_REFRESH_TOKEN',
    });
  });
});

describe('refreshTokenExpiry', () => {
  it('is 30 days after issue by default', () => {
    expect(REFRESH_TOKEN_TTL_SECONDS).toBe(2_592_000);
    expect(refreshTokenExpiry(now).toISOString()).toBe('2026-12-24T12:00:00.000Z');
  });
});
