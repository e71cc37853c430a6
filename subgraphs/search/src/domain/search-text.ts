/**
 * How search reads text: folded to lowercase ASCII and split into words of letters and digits. Queries,
 * documents, the vocabulary, cache keys and analytics all go through these functions, so "Über-Kopfhörer" and
 * "uber kopfhorer" are the same search everywhere.
 */

export const MAX_QUERY_LENGTH = 200;
/** Words beyond this are ignored: long pasted text must not turn into a huge query. */
export const MAX_QUERY_WORDS = 12;
/** Shorter words are never counted in the vocabulary (too ambiguous to suggest). */
export const MIN_VOCABULARY_WORD_LENGTH = 3;
/** Distinct vocabulary words kept per document; descriptions past this add nothing for corrections. */
export const MAX_DOCUMENT_TERMS = 200;

/** Lowercase, accents removed ("Crème Brûlée" → "creme brulee"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The words of a query, in order, at most MAX_QUERY_WORDS. */
export function queryWords(text: string): string[] {
  return wordsOf(text).slice(0, MAX_QUERY_WORDS);
}

/** The canonical form of a query: its words joined by single spaces ("  Studio  HEADPHONES!" → "studio headphones"). */
export function normalizeQuery(text: string): string {
  return queryWords(text).join(' ');
}

/** Distinct words of a document worth suggesting as corrections: letters first, at least three characters. */
export function vocabularyWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length >= MIN_VOCABULARY_WORD_LENGTH && /^[a-z]/.test(word)) words.add(word);
      if (words.size >= MAX_DOCUMENT_TERMS) return [...words];
    }
  }
  return [...words];
}
