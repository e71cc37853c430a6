import { describe, expect, it } from 'vitest';
import { confinedProxyPath, UnsafePathError } from './confined-path';

describe('confinedProxyPath', () => {
  it('keeps ordinary paths and their query strings', () => {
    expect(confinedProxyPath('/media', '/media/products/p1/a.webp')).toBe('/media/products/p1/a.webp');
    expect(confinedProxyPath('/media', '/media/a%20b.png?v=2')).toBe('/media/a%20b.png?v=2');
    expect(confinedProxyPath('/uploads', '/uploads/products/p1/images')).toBe('/uploads/products/p1/images');
  });

  it.each([
    '/media/../health',
    '/media/%2e%2e/graphql?query={__typename}',
    '/media/%2E%2E/metrics',
    '/media/.%2e/metrics',
    '/media/a/../../graphql',
    '/media/./x',
    '/media/a%2f..%2f..%2fgraphql',
    '/media/a%5c..%5cgraphql',
    '/media/a\\..\\graphql',
    '/media/a%00.png',
    '/media/%ff',
    '/media//graphql',
    '/mediax/a',
    '/uploads/%2e%2e/graphql',
  ])('refuses %s', (url) => {
    const prefix = url.startsWith('/uploads') ? '/uploads' : '/media';
    expect(() => confinedProxyPath(prefix, url)).toThrow(UnsafePathError);
  });

  it('always produces a URL that stays under the prefix', () => {
    const path = confinedProxyPath('/media', '/media/%E2%82%AC/x.png');
    expect(new URL(path, 'http://products.internal').pathname.startsWith('/media/')).toBe(true);
  });
});
