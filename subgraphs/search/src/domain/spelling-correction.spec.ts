import { describe, expect, it } from 'vitest';
import { correctedQuery, correctWords, isCorrectable } from './spelling-correction';

describe('spelling correction', () => {
  it('replaces unknown words that have a suggestion', () => {
    const words = correctWords([
      { word: 'wireless', known: true, stopWord: false, suggestion: null },
      { word: 'hedphones', known: false, stopWord: false, suggestion: 'headphones' },
    ]);
    expect(words).toEqual(['wireless', 'headphones']);
    expect(correctedQuery(['wireless', 'hedphones'], words)).toBe('wireless headphones');
  });

  it('keeps known words, stop words, short words, numbers and words without a suggestion', () => {
    const checks = [
      { word: 'lamp', known: true, stopWord: false, suggestion: 'lamps' },
      { word: 'tvs', known: false, stopWord: false, suggestion: 'tv' },
      { word: 'x200', known: false, stopWord: false, suggestion: 'x100' },
      { word: 'zzzzzz', known: false, stopWord: false, suggestion: null },
      { word: 'with', known: false, stopWord: true, suggestion: 'width' },
    ];
    const words = correctWords(checks);
    expect(words).toEqual(['lamp', 'tvs', 'x200', 'zzzzzz', 'with']);
    expect(
      correctedQuery(
        checks.map((c) => c.word),
        words,
      ),
    ).toBeNull();
  });

  it('only corrects words of four letters or more', () => {
    expect(isCorrectable('lamp')).toBe(true);
    expect(isCorrectable('usb')).toBe(false);
    expect(isCorrectable('1080p')).toBe(false);
  });
});
