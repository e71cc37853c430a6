import { describe, expect, it } from 'vitest';
import {
  accountLink,
  accountTokenExpiry,
  accountTokenProblem,
  isWellFormedAccountToken,
  type StoredAccountToken,
} from './account-token';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const RESET: StoredAccountToken = {
  userId: 'u-1',
  purpose: 'PASSWORD_RESET',
  email: 'ada@example.com',
  expiresAt: new Date('2026-12-06T12:30:00.000Z'),
  usedAt: null,
};

describe('mailed account links', () => {
  it('a reset link lasts 30 minutes, a verification link a day', () => {
    expect(accountTokenExpiry('PASSWORD_RESET', NOW).toISOString()).toBe('2026-12-06T12:30:00.000Z');
    expect(accountTokenExpiry('EMAIL_VERIFICATION', NOW).toISOString()).toBe('2026-12-07T12:00:00.000Z');
  });

  it('builds the storefront link with the token as a query parameter', () => {
    expect(accountLink('https://shop.example.com', 'PASSWORD_RESET', 'abc_-9')).toBe(
      'https://shop.example.com/reset-password?token=abc_-9',
    );
    expect(accountLink('http://localhost:3000', 'EMAIL_VERIFICATION', 'x')).toBe(
      'http://localhost:3000/verify-email?token=x',
    );
  });

  it('accepts only the shape of a generated token', () => {
    expect(isWellFormedAccountToken('a'.repeat(43))).toBe(true);
    for (const bad of ['', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)} `])
      expect(isWellFormedAccountToken(bad)).toBe(false);
  });

  it('accepts an unused, unexpired token of the right purpose', () => {
    expect(accountTokenProblem(RESET, 'PASSWORD_RESET', NOW)).toBeNull();
  });

  it('names what is wrong: unknown or other purpose, used, expired', () => {
    const code = (stored: StoredAccountToken | null, at = NOW) =>
      accountTokenProblem(stored, 'PASSWORD_RESET', at)?.code;
    expect(code(null)).toBe('INVALID_LINK');
    expect(code({ ...RESET, purpose: 'EMAIL_VERIFICATION' })).toBe('INVALID_LINK');
    expect(code({ ...RESET, usedAt: NOW })).toBe('LINK_ALREADY_USED');
    expect(code(RESET, RESET.expiresAt)).toBe('LINK_EXPIRED');
    // A used link stays "used" after it would have expired: the clearer of the two answers.
    expect(code({ ...RESET, usedAt: NOW }, new Date('2026-12-07T00:00:00Z'))).toBe('LINK_ALREADY_USED');
    expect(accountTokenProblem(null, 'EMAIL_VERIFICATION', NOW)?.message).toMatch(/verification email/);
  });
});
