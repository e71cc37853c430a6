import { PRICE_RANGE_BOUNDS, RATING_THRESHOLDS } from '../domain/facets';
import type { WordMatch } from '../domain/full-text-query';
import type { SearchFilter, SearchSort } from '../domain/search-request';
import { Prisma, toNumber, type SearchDb } from './database';

/**
 * What text a document must match: every word in `words` (see wordMatches), ranked by `rankQuery` (all
 * corrected words) and by how closely `raw` (the query as typed) resembles the name.
 */
export interface TextMatch {
  words: WordMatch[];
  rankQuery: string;
  raw: string;
}

export interface HitsQuery {
  match: TextMatch | null;
  filter: SearchFilter;
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface FacetCounts {
  total: number;
  categories: { value: string; label: string; count: number }[];
  /** Count per index into priceRanges(). */
  priceRanges: Map<number, number>;
  /** Count per rating threshold. */
  ratings: Map<number, number>;
}

/**
 * Relevance: full-text rank with name (A) above category path (B) above description (C), plus how closely
 * the typed text resembles the name (trigram word similarity), which also rewards near-misses.
 */
const NAME_SIMILARITY_WEIGHT = 0.5;

/** `<%` is pg_trgm word similarity above pg_trgm.word_similarity_threshold (0.6 by default). */
function wordCondition(word: WordMatch): Prisma.Sql {
  const fullText = Prisma.sql`d."search_vector" @@ to_tsquery('english', ${word.tsquery}::text)`;
  return word.fuzzy === null ? fullText : Prisma.sql`(${fullText} OR ${word.fuzzy}::text <% d."search_name")`;
}

function textCondition(match: TextMatch | null): Prisma.Sql {
  // A query of stop words alone matches nothing, as full text would have it.
  if (match && !match.words.length) return Prisma.sql`FALSE`;
  return match ? Prisma.join(match.words.map(wordCondition), ' AND ') : Prisma.sql`TRUE`;
}

function scoreExpression(match: TextMatch | null): Prisma.Sql {
  if (!match) return Prisma.sql`0::float8`;
  return Prisma.sql`(ts_rank('{0.1, 0.2, 0.4, 1.0}', d."search_vector", to_tsquery('english', ${match.rankQuery}::text))
    + ${NAME_SIMILARITY_WEIGHT}::float8 * word_similarity(${match.raw}::text, d."search_name"))`;
}

/** Each filter as its own condition, so facets can leave their own one out. */
function filterConditions(filter: SearchFilter) {
  const price: Prisma.Sql[] = [];
  if (filter.minPrice !== undefined) price.push(Prisma.sql`d."max_price" >= ${filter.minPrice}::int`);
  if (filter.maxPrice !== undefined) price.push(Prisma.sql`d."min_price" <= ${filter.maxPrice}::int`);
  return {
    category: filter.categoryIds?.length
      ? Prisma.sql`d."category_ids" && ${filter.categoryIds}::text[]`
      : Prisma.sql`TRUE`,
    price: price.length ? Prisma.join(price, ' AND ') : Prisma.sql`TRUE`,
    stock: filter.inStock ? Prisma.sql`d."in_stock"` : Prisma.sql`TRUE`,
    rating:
      filter.minRating !== undefined
        ? Prisma.sql`d."rating" >= ${filter.minRating}::float8`
        : Prisma.sql`TRUE`,
  };
}

/** Ties always end on the product id, so pages never overlap or skip. Columns of the `matched` rows. */
function orderBy(sort: SearchSort, hasText: boolean): Prisma.Sql {
  switch (sort) {
    case 'PRICE_ASC':
      return Prisma.sql`m."min_price" ASC NULLS LAST, m."product_id" ASC`;
    case 'PRICE_DESC':
      return Prisma.sql`m."min_price" DESC NULLS LAST, m."product_id" ASC`;
    case 'NEWEST':
      return Prisma.sql`m."listed_at" DESC, m."product_id" ASC`;
    case 'RATING':
      return Prisma.sql`m."bayesian_rating" DESC NULLS LAST, m."rating_count" DESC, m."product_id" ASC`;
    case 'RELEVANCE':
      return hasText
        ? Prisma.sql`m."score" DESC, m."listed_at" DESC, m."product_id" ASC`
        : Prisma.sql`m."listed_at" DESC, m."product_id" ASC`;
  }
}

interface ResultRow {
  kind: 'hit' | 'total' | 'category' | 'price' | 'rating';
  value: string | null;
  label: string | null;
  count: bigint;
  score: number | null;
}

/**
 * Reads of the Postgres index. One statement matches the text once (materialized), then takes the page of
 * hits and every facet count from those rows: the total with every filter, each facet without its own.
 */
export class SearchQueryRepo {
  constructor(private readonly db: SearchDb) {}

  async search(
    query: HitsQuery,
  ): Promise<{ hits: { productId: string; score: number }[]; counts: FacetCounts }> {
    const where = filterConditions(query.filter);
    const order = orderBy(query.sort, query.match !== null);
    const rows = await this.db.$queryRaw<ResultRow[]>`
      WITH "matched" AS MATERIALIZED (
        SELECT d."product_id", d."category_ids", d."category_path", d."min_price", d."rating", d."bayesian_rating",
               d."rating_count", d."listed_at", ${scoreExpression(query.match)} AS "score",
               (${where.category}) AS "category_ok", (${where.price}) AS "price_ok", (${where.rating}) AS "rating_ok"
          FROM "search_documents" d
         WHERE d."searchable" AND ${textCondition(query.match)} AND ${where.stock}
      ),
      "page" AS (
        SELECT m."product_id", m."score", row_number() OVER (ORDER BY ${order}) AS "position"
          FROM "matched" m
         WHERE m."category_ok" AND m."price_ok" AND m."rating_ok"
         ORDER BY ${order}
         LIMIT ${query.limit} OFFSET ${query.offset}
      )
      SELECT 'hit' AS "kind", p."product_id" AS "value", NULL::text AS "label", p."position" AS "count", p."score"::float8 AS "score"
        FROM "page" p
      UNION ALL
      SELECT 'total', NULL, NULL, count(*) FILTER (WHERE m."category_ok" AND m."price_ok" AND m."rating_ok"), NULL
        FROM "matched" m
      UNION ALL
      SELECT 'category', c."id", min(c."label"), count(*), NULL
        FROM "matched" m CROSS JOIN LATERAL unnest(m."category_ids", m."category_path") AS c("id", "label")
       WHERE m."price_ok" AND m."rating_ok" AND c."id" IS NOT NULL
       GROUP BY c."id"
      UNION ALL
      SELECT 'price', width_bucket(m."min_price", ${[...PRICE_RANGE_BOUNDS]}::int[])::text, NULL, count(*), NULL
        FROM "matched" m
       WHERE m."min_price" IS NOT NULL AND m."category_ok" AND m."rating_ok"
       GROUP BY 2
      UNION ALL
      SELECT 'rating', t."threshold"::text, NULL, count(*), NULL
        FROM "matched" m CROSS JOIN unnest(${[...RATING_THRESHOLDS]}::int[]) AS t("threshold")
       WHERE m."rating" >= t."threshold" AND m."category_ok" AND m."price_ok"
       GROUP BY t."threshold"`;
    const hits: { productId: string; score: number; position: number }[] = [];
    const counts: FacetCounts = { total: 0, categories: [], priceRanges: new Map(), ratings: new Map() };
    for (const row of rows) {
      const count = toNumber(row.count);
      if (row.kind === 'hit')
        hits.push({ productId: row.value!, score: Number(row.score ?? 0), position: count });
      else if (row.kind === 'total') counts.total = count;
      else if (row.kind === 'category')
        counts.categories.push({ value: row.value!, label: row.label ?? '', count });
      else if (row.kind === 'price') counts.priceRanges.set(Number(row.value), count);
      else counts.ratings.set(Number(row.value), count);
    }
    hits.sort((a, b) => a.position - b.position);
    return { hits: hits.map(({ productId, score }) => ({ productId, score })), counts };
  }
}
