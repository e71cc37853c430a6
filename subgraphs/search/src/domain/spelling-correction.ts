/**
 * "Did you mean": each query word the index does not know is replaced by the closest indexed word, when one
 * is close enough. Engines find the candidates (trigram similarity in Postgres, the term suggester in
 * Elasticsearch); this decides what to do with them.
 */

/** Shorter words are left alone: "tv" or "usb" have too many near neighbours to guess from. */
export const MIN_CORRECTABLE_LENGTH = 4;

export interface WordCheck {
  word: string;
  /** The index contains the word (or a word with the same stem). */
  known: boolean;
  /** A word full text ignores ("the", "for"): never corrected, never required. */
  stopWord: boolean;
  /** The closest indexed word, if any is similar enough. */
  suggestion: string | null;
}

/** Whether a word may be replaced at all: long enough and not a number or model code. */
export function isCorrectable(word: string): boolean {
  return word.length >= MIN_CORRECTABLE_LENGTH && /^[a-z]+$/.test(word);
}

/** The query's words with unknown ones replaced by their suggestion, in order. */
export function correctWords(checks: readonly WordCheck[]): string[] {
  return checks.map((check) =>
    !check.known && !check.stopWord && isCorrectable(check.word) && check.suggestion
      ? check.suggestion
      : check.word,
  );
}

/** The corrected query when it differs from what was typed; null otherwise. */
export function correctedQuery(words: readonly string[], corrected: readonly string[]): string | null {
  const original = words.join(' ');
  const fixed = corrected.join(' ');
  return fixed !== original ? fixed : null;
}
