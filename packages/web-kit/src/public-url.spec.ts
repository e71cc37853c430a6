import { describe, expect, it } from 'vitest';
import { readPublicUrl } from './public-url';

describe('readPublicUrl', () => {
  it('uses the fallback when the variable is unset or blank', () => {
    expect(readPublicUrl('X', undefined, 'http://localhost:4000/graphql')).toBe(
      'http://localhost:4000/graphql',
    );
    expect(readPublicUrl('X', '  ', 'http://localhost:4000')).toBe('http://localhost:4000');
  });

  it('keeps a valid value without trailing slashes', () => {
    expect(readPublicUrl('X', 'https://api.example.com/', 'http://localhost')).toBe(
      'https://api.example.com',
    );
  });

  it('names the variable when the value is not an http(s) URL', () => {
    expect(() => readPublicUrl('NEXT_PUBLIC_GRAPHQL_URL', 'localhost:4000', 'http://x')).toThrow(
      /NEXT_PUBLIC_GRAPHQL_URL must be/,
    );
    expect(() => readPublicUrl('NEXT_PUBLIC_GRAPHQL_URL', 'ftp://example.com', 'http://x')).toThrow(
      /http\(s\)/,
    );
  });
});
