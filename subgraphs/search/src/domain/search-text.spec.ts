import { describe, expect, it } from 'vitest';
import {
  foldText,
  MAX_DOCUMENT_TERMS,
  MAX_QUERY_WORDS,
  normalizeQuery,
  queryWords,
  vocabularyWords,
} from './search-text';

describe('search text', () => {
  it('folds case and accents', () => {
    expect(foldText('Crème Brûlée')).toBe('creme brulee');
  });

  it('normalizes queries to single-spaced words of letters and digits', () => {
    expect(normalizeQuery('  Studio  HEADPHONES!! ')).toBe('studio headphones');
    expect(normalizeQuery('noise-cancelling 2.0')).toBe('noise cancelling 2 0');
    expect(normalizeQuery('   ')).toBe('');
  });

  it('keeps at most a dozen query words', () => {
    expect(queryWords(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_QUERY_WORDS);
  });

  it('collects distinct vocabulary words that start with a letter and have three characters or more', () => {
    expect(vocabularyWords('Studio Headphones', 'Audio > Headphones', 'A 2m cable, 30 hours')).toEqual([
      'studio',
      'headphones',
      'audio',
      'cable',
      'hours',
    ]);
  });

  it('caps the vocabulary of one document', () => {
    const text = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    expect(vocabularyWords(text)).toHaveLength(MAX_DOCUMENT_TERMS);
  });
});
