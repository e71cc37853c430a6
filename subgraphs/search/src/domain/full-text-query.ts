import { isCorrectable, type WordCheck } from './spelling-correction';

/**
 * Postgres tsquery text for a query's words: every word must match (AND), and the last one also matches as a
 * prefix so results appear while the shopper is still typing ("studio headph"). Words are letters and
 * digits only (see search-text.ts), so nothing here can inject tsquery syntax.
 */

/** A last word shorter than this is matched whole: "a:*" would match nearly everything. */
export const MIN_PREFIX_LENGTH = 3;

const isPlainWord = (word: string) => /^[a-z0-9]+$/.test(word);

function wordQuery(word: string, asPrefix: boolean): string {
  return asPrefix && word.length >= MIN_PREFIX_LENGTH ? `${word}:*` : word;
}

export function tsqueryText(words: readonly string[]): string {
  const safe = words.filter(isPlainWord);
  return safe.map((word, index) => wordQuery(word, index === safe.length - 1)).join(' & ');
}

/** Regex (Postgres `~`) that finds the words as a phrase starting at a word boundary, the last one as a prefix. */
export function wordPrefixPattern(words: readonly string[]): string {
  return `(^|[^a-z0-9])${words.filter(isPlainWord).join('[^a-z0-9]+')}`;
}

/** One required word: its full-text query, and the typed word for a trigram match on the name when needed. */
export interface WordMatch {
  tsquery: string;
  /** The word, when the index does not know it and nothing corrected it; null otherwise. */
  fuzzy: string | null;
}

/**
 * Every word that is not a stop word must match by full text (the corrected word; the last word of the
 * query also as a prefix). A word the index does not know and no correction replaced may instead resemble
 * part of a product name (trigrams): the safety net for typos the vocabulary cannot fix. Known and corrected
 * words skip it, which keeps the query on the full-text index.
 */
export function wordMatches(checks: readonly WordCheck[], corrected: readonly string[]): WordMatch[] {
  return checks.flatMap((check, index) => {
    const word = corrected[index] ?? check.word;
    if (check.stopWord || !isPlainWord(word)) return [];
    return [
      {
        tsquery: wordQuery(word, index === checks.length - 1),
        fuzzy: !check.known && word === check.word && isCorrectable(word) ? word : null,
      },
    ];
  });
}
