import { describe, expect, it } from 'vitest';
import { hashOrderAccessToken, looksLikeOrderAccessToken, newOrderAccessToken } from './order-access-token';

describe('order access tokens', () => {
  it('are random, well formed and stored as a hash that does not contain them', () => {
    const [a, b] = [newOrderAccessToken(), newOrderAccessToken()];
    expect(a).not.toBe(b);
    expect(looksLikeOrderAccessToken(a)).toBe(true);
    expect(hashOrderAccessToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOrderAccessToken(a)).not.toContain(a.slice(4));
  });

  it('refuses what cannot be a token', () => {
    for (const token of ['', 'oat_', 'oat_short', `x${newOrderAccessToken()}`, `${newOrderAccessToken()}=`])
      expect(looksLikeOrderAccessToken(token)).toBe(false);
  });
});
