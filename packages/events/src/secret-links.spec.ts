import { describe, expect, it } from 'vitest';
import { carriesSecret, redactLink, redactSecretLinks } from './secret-links';

describe('secret links', () => {
  it('replaces every query value of a link, keeping the page it opens', () => {
    expect(redactLink('https://shop.example.com/reset-password?token=abc-DEF_123')).toBe(
      'https://shop.example.com/reset-password?token=…',
    );
    expect(redactLink('https://shop.example.com/verify-email?token=a&next=%2Fcheckout')).toBe(
      'https://shop.example.com/verify-email?token=…&next=…',
    );
    expect(redactLink('not a link with a secret')).toBe('…');
  });

  it('redacts only the secret fields of the events that carry one', () => {
    const payload = {
      userId: 'u',
      resetUrl: 'https://shop.test/reset-password?token=s3cret',
      expiresAt: 'x',
    };
    expect(redactSecretLinks('user.password_reset_requested', payload)).toEqual({
      userId: 'u',
      resetUrl: 'https://shop.test/reset-password?token=…',
      expiresAt: 'x',
    });
    expect(payload.resetUrl).toContain('s3cret');
    expect(redactSecretLinks('order.placed', { resetUrl: 'https://x.test/?token=1' })).toEqual({
      resetUrl: 'https://x.test/?token=1',
    });
    expect(carriesSecret('user.email_verification_requested')).toBe(true);
    expect(carriesSecret('user.registered')).toBe(false);
  });
});
