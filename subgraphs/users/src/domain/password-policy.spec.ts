import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH } from './password-policy';

const email = 'johnsmith@example.com';

describe('checkPassword', () => {
  it('accepts a long, unusual password', () => {
    expect(checkPassword('correct horse battery', email)).toEqual({ ok: true });
  });

  it('rejects passwords shorter than 10 characters with a message naming the minimum', () => {
    const result = checkPassword('tr0ub4dor', email);
    expect(result).toMatchObject({ ok: false, violation: 'TOO_SHORT' });
    if (!result.ok) expect(result.message).toContain('10');
  });

  it('counts characters, not bytes', () => {
    expect(checkPassword('ééééééééé', email)).toMatchObject({ violation: 'TOO_SHORT' });
    expect(checkPassword('éèêëēėęàáâ', email)).toEqual({ ok: true });
  });

  it('accepts exactly 10 and 128 characters and rejects 129', () => {
    expect(checkPassword('k7#mQ2vX9p', email)).toEqual({ ok: true });
    expect(checkPassword('ab'.repeat(PASSWORD_MAX_LENGTH / 2), email)).toEqual({ ok: true });
    expect(checkPassword(`${'ab'.repeat(PASSWORD_MAX_LENGTH / 2)}c`, email)).toMatchObject({
      violation: 'TOO_LONG',
    });
  });

  it('rejects common passwords regardless of case', () => {
    expect(checkPassword('Password123', email)).toMatchObject({ violation: 'COMMON' });
    expect(checkPassword('QWERTYUIOP', email)).toMatchObject({ violation: 'COMMON' });
  });

  it('rejects one character repeated', () => {
    expect(checkPassword('zzzzzzzzzzzz', email)).toMatchObject({ violation: 'REPEATED_CHARACTER' });
  });

  it('rejects the email local part itself', () => {
    expect(checkPassword('JohnSmith10', 'johnsmith10@example.com')).toMatchObject({
      violation: 'SAME_AS_EMAIL',
    });
    expect(checkPassword('johnsmith.x', 'johnsmith.x@example.com')).toMatchObject({
      violation: 'SAME_AS_EMAIL',
    });
  });

  it('rejects the local part with a few characters added', () => {
    expect(checkPassword('JohnSmith2024!', email)).toMatchObject({ violation: 'BUILT_ON_EMAIL' });
    expect(checkPassword('1johnsmith1johnsmith', email)).toMatchObject({ violation: 'BUILT_ON_EMAIL' });
  });

  it('allows the local part inside a password whose remainder is long enough on its own', () => {
    expect(checkPassword('johnsmith likes blue cats', email)).toEqual({ ok: true });
  });

  it('ignores very short local parts, which appear in good passwords by chance', () => {
    expect(checkPassword('maple syrup pancakes', 'al@example.com')).toEqual({ ok: true });
  });

  it('accepts the development seed defaults', () => {
    expect(checkPassword('admin-dev-password', 'admin@example.com')).toEqual({ ok: true });
    expect(checkPassword('customer-dev-password', 'customer@example.com')).toEqual({ ok: true });
  });
});
