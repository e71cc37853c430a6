import { wordPrefixPattern } from '../domain/full-text-query';
import type { WordCheck } from '../domain/spelling-correction';
import type { SearchDb } from './database';

interface WordCheckRow {
  word: string;
  known: boolean;
  stop_word: boolean;
  suggestion: string | null;
}

/**
 * Reads of the vocabulary and of names for spelling corrections and autocomplete. Similar words come from
 * pg_trgm (`%` uses pg_trgm.similarity_threshold, 0.3 by default) through the trigram index on the terms.
 */
export class VocabularyRepo {
  constructor(private readonly db: SearchDb) {}

  /**
   * For each word, in order: whether it is an English stop word, whether the index knows it (the word itself
   * or a word with the same English stem) and the most similar indexed word.
   */
  async checkWords(words: readonly string[]): Promise<WordCheck[]> {
    if (!words.length) return [];
    const rows = await this.db.$queryRaw<WordCheckRow[]>`
      SELECT w."word",
             cardinality(ts_lexize('english_stem', w."word")) = 0 AS "stop_word",
             EXISTS (
                 SELECT 1 FROM "search_terms" t
                  WHERE t."term" = w."word" OR t."lexeme" = (ts_lexize('english_stem', w."word"))[1]
               ) AS "known",
             (SELECT t."term" FROM "search_terms" t
               WHERE t."term" % w."word"
               ORDER BY similarity(t."term", w."word") DESC, t."documents" DESC, t."term" ASC
               LIMIT 1) AS "suggestion"
        FROM unnest(${[...words]}::text[]) WITH ORDINALITY AS w("word", "position")
       ORDER BY w."position"`;
    return rows.map((row) => ({
      word: row.word,
      known: row.known,
      stopWord: row.stop_word,
      suggestion: row.suggestion,
    }));
  }

  /** Categories holding searchable products with a word starting with the prefix words, largest first. */
  async categoriesStartingWith(words: readonly string[], limit: number) {
    const rows = await this.db.$queryRaw<{ category_id: string; label: string; documents: number }[]>`
      SELECT DISTINCT ON ("documents", "label", "category_id") "category_id", "label", "documents"
        FROM (
          SELECT DISTINCT ON (c."category_id") c."category_id", c."label", c."documents"
            FROM "search_categories" c
           WHERE c."documents" > 0 AND lower(c."label") ~ ${wordPrefixPattern(words)}::text
           ORDER BY c."category_id", c."documents" DESC
        ) best
       ORDER BY "documents" DESC, "label" ASC, "category_id" ASC
       LIMIT ${limit}`;
    return rows.map((row) => ({ id: row.category_id, label: row.label, products: row.documents }));
  }

  /** Searchable products with a name word starting with the prefix words; names that start with it first. */
  async productsStartingWith(words: readonly string[], limit: number) {
    return this.db.$queryRaw<{ product_id: string; name: string }[]>`
      SELECT d."product_id", d."name"
        FROM "search_documents" d
       WHERE d."searchable" AND d."search_name" ~ ${wordPrefixPattern(words)}::text
       ORDER BY (d."search_name" LIKE ${`${words.join(' ')}%`}::text) DESC, length(d."name") ASC, d."name" ASC, d."product_id" ASC
       LIMIT ${limit}`;
  }
}
