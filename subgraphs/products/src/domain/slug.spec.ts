import { describe, expect, it } from 'vitest';
import { firstFreeSlug, isValidSlug, MAX_SLUG_LENGTH, slugify } from './slug';

describe('slugify', () => {
  it('lowercases, strips accents and joins words with single dashes', () => {
    expect(slugify('Über Headphones 2.0!')).toBe('uber-headphones-2-0');
    expect(slugify('  Crème   Brûlée  ')).toBe('creme-brulee');
    expect(slugify('Pots & Pans')).toBe('pots-and-pans');
  });

  it('returns an empty slug when nothing usable is left', () => {
    expect(slugify('!!!')).toBe('');
  });

  it('caps the length without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(MAX_SLUG_LENGTH - 1)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe('isValidSlug', () => {
  it('accepts lowercase words separated by single dashes', () => {
    expect(isValidSlug('noise-cancelling-headphones')).toBe(true);
    expect(isValidSlug('a1')).toBe(true);
  });

  it('rejects uppercase, spaces, double or edge dashes, and overlong slugs', () => {
    for (const slug of [
      'Upper',
      'has space',
      'double--dash',
      '-edge',
      'edge-',
      '',
      'a'.repeat(MAX_SLUG_LENGTH + 1),
    ]) {
      expect(isValidSlug(slug)).toBe(false);
    }
  });
});

describe('firstFreeSlug', () => {
  it('keeps the base when free and numbers it otherwise', () => {
    expect(firstFreeSlug('mug', [])).toBe('mug');
    expect(firstFreeSlug('mug', ['mug'])).toBe('mug-2');
    expect(firstFreeSlug('mug', ['mug', 'mug-2', 'mug-3'])).toBe('mug-4');
  });

  it('stays within the maximum length when numbering a long slug', () => {
    const base = 'a'.repeat(MAX_SLUG_LENGTH);
    const next = firstFreeSlug(base, [base]);
    expect(next.length).toBe(MAX_SLUG_LENGTH);
    expect(next.endsWith('-2')).toBe(true);
  });
});
