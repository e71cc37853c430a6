import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('follows paths on this site', () => {
    expect(safeRedirectPath('/cart')).toBe('/cart');
    expect(safeRedirectPath(['/account/orders?page=2', '/x'])).toBe('/account/orders?page=2');
  });

  it('refuses other sites and odd values', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'cart',
      '',
      null,
      undefined,
    ]) {
      expect(safeRedirectPath(next, '/home')).toBe('/home');
    }
  });
});
