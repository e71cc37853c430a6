import { describe, expect, it } from 'vitest';
import { isValidStorageKey } from './image-storage';

describe('isValidStorageKey', () => {
  it('accepts slash-separated safe segments', () => {
    expect(isValidStorageKey('products/3f2a/0b1c.png')).toBe(true);
    expect(isValidStorageKey('a.webp')).toBe(true);
  });

  it('rejects anything that could leave the storage root', () => {
    for (const key of [
      '../etc/passwd',
      'products/../../x',
      '/abs.png',
      'a//b.png',
      'a\\b.png',
      '.hidden',
      'a/..png/b',
      '',
    ]) {
      expect(isValidStorageKey(key)).toBe(false);
    }
  });
});
