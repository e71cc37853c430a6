import { describe, expect, it } from 'vitest';
import { tsqueryText, wordMatches, wordPrefixPattern } from './full-text-query';

describe('full-text query text', () => {
  it('ANDs the words and lets the last one match as a prefix', () => {
    expect(tsqueryText(['studio', 'headph'])).toBe('studio & headph:*');
    expect(tsqueryText(['lamp'])).toBe('lamp:*');
  });

  it('matches a short last word whole', () => {
    expect(tsqueryText(['usb', 'c'])).toBe('usb & c');
  });

  it('drops anything that is not a plain word', () => {
    expect(tsqueryText(["x'|!", 'lamp'])).toBe('lamp:*');
    expect(tsqueryText([])).toBe('');
  });

  it('builds a word-boundary prefix pattern', () => {
    const pattern = new RegExp(wordPrefixPattern(['studio', 'head']));
    expect(pattern.test('pro studio headphones')).toBe(true);
    expect(pattern.test('audiostudio headphones')).toBe(false);
    expect(new RegExp(wordPrefixPattern(['head'])).test('studio headphones')).toBe(true);
  });
});

describe('wordMatches', () => {
  const check = (word: string, known: boolean, stopWord = false) => ({
    word,
    known,
    stopWord,
    suggestion: null,
  });

  it('requires every word but stop words, the last one also as a prefix', () => {
    expect(
      wordMatches(
        [check('hedphones', false), check('for', false, true), check('kids', true)],
        ['headphones', 'for', 'kids'],
      ),
    ).toEqual([
      { tsquery: 'headphones', fuzzy: null },
      { tsquery: 'kids:*', fuzzy: null },
    ]);
  });

  it('lets only unknown, uncorrected, correctable words match by resemblance', () => {
    expect(
      wordMatches(
        [check('zebrawood', false), check('usb', false), check('x200', false)],
        ['zebrawood', 'usb', 'x200'],
      ),
    ).toEqual([
      { tsquery: 'zebrawood', fuzzy: 'zebrawood' },
      { tsquery: 'usb', fuzzy: null },
      { tsquery: 'x200:*', fuzzy: null },
    ]);
  });
});
