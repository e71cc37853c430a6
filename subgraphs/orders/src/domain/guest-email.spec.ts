import { describe, expect, it } from 'vitest';
import { checkGuestEmail, guestCustomerId, isGuestCustomerId } from './guest-email';

describe('guest email', () => {
  it('accepts an address trimmed and in lower case', () => {
    expect(checkGuestEmail('  Ann@Example.COM ', ['input', 'email'])).toEqual({
      ok: true,
      email: 'ann@example.com',
    });
  });

  it('asks for a missing address and refuses a malformed one', () => {
    for (const [raw, code] of [
      [null, 'EMAIL_REQUIRED'],
      ['   ', 'EMAIL_REQUIRED'],
      ['ann', 'INVALID_EMAIL'],
      ['ann@', 'INVALID_EMAIL'],
      [`${'a'.repeat(250)}@example.com`, 'INVALID_EMAIL'],
    ] as const) {
      const check = checkGuestEmail(raw, ['input', 'email']);
      expect(check.ok ? null : check.problem).toMatchObject({ code, field: ['input', 'email'] });
    }
  });

  it('names one guest by one pseudonym whatever the case, never a user id', () => {
    const id = guestCustomerId('Ann@Example.com');
    expect(id).toBe(guestCustomerId(' ann@example.com'));
    expect(id).not.toContain('ann');
    expect(isGuestCustomerId(id)).toBe(true);
    expect(isGuestCustomerId('7f8c0a8e-9f6e-4a53-8a0e-3c2b4d5e6f70')).toBe(false);
    expect(guestCustomerId('bob@example.com')).not.toBe(id);
  });
});
