import type { RemovedDocument, SearchDocument } from '../domain/search-document';
import { foldText, vocabularyWords } from '../domain/search-text';
import { countDelta } from '../domain/count-delta';
import { inTransaction, type SearchDb, type SearchTx } from './database';

interface IndexedRow {
  product_id: string;
  version: bigint;
  searchable: boolean;
  terms: string[] | null;
  category_ids: string[] | null;
  category_path: string[] | null;
}

/** Separates a category's id from its name in the keys of the category counts. */
const CATEGORY_KEY_SEPARATOR = '\u001f';

function categoryKeys(ids: readonly string[], labels: readonly string[]): string[] {
  return ids.map((id, index) => `${id}${CATEGORY_KEY_SEPARATOR}${labels[index] ?? ''}`);
}

type Write =
  | { kind: 'upsert'; document: SearchDocument; terms: string[] }
  | { kind: 'remove'; removed: RemovedDocument };

const productIdOf = (write: Write) =>
  write.kind === 'upsert' ? write.document.productId : write.removed.productId;
const versionOf = (write: Write) =>
  write.kind === 'upsert' ? write.document.version : write.removed.version;

/**
 * The Postgres index: `search_documents` (weighted tsvector + folded name for trigrams), the vocabulary in
 * `search_terms` and the category counts in `search_categories`. Writes to the same products serialize on advisory locks taken in id order, so concurrent
 * flushers never double-count a word and never deadlock.
 */
export class SearchIndexRepo {
  constructor(private readonly db: SearchDb) {}

  upsert(documents: readonly SearchDocument[]): Promise<void> {
    return this.write(
      documents.map((document) => ({
        kind: 'upsert',
        document,
        terms: vocabularyWords(document.name, document.categoryPath.join(' '), document.description),
      })),
    );
  }

  remove(removed: readonly RemovedDocument[]): Promise<void> {
    return this.write(removed.map((entry) => ({ kind: 'remove', removed: entry })));
  }

  private async write(writes: Write[]): Promise<void> {
    // The newest version of each product in this batch wins.
    const latest = new Map<string, Write>();
    for (const write of writes) {
      const seen = latest.get(productIdOf(write));
      if (!seen || versionOf(seen) <= versionOf(write)) latest.set(productIdOf(write), write);
    }
    if (!latest.size) return;
    const ids = [...latest.keys()].sort();
    await inTransaction(this.db, async (tx) => {
      await tx.$queryRaw`
        SELECT pg_advisory_xact_lock(hashtextextended(l."id", 7301))::text
          FROM unnest(${ids}::text[]) WITH ORDINALITY AS l("id", "position")
         ORDER BY l."position"`;
      const indexed = new Map(
        (
          await tx.$queryRaw<IndexedRow[]>`
            SELECT "product_id", "version", "searchable", "terms", "category_ids", "category_path"
              FROM "search_documents" WHERE "product_id" = ANY(${ids}::text[])`
        ).map((row) => [row.product_id, row]),
      );
      const applied = ids
        .map((id) => latest.get(id)!)
        .filter((write) => {
          const current = indexed.get(productIdOf(write));
          return !current || Number(current.version) <= versionOf(write);
        });
      const counted = (id: string) => {
        const current = indexed.get(id);
        return current?.searchable
          ? {
              terms: current.terms ?? [],
              categories: categoryKeys(current.category_ids ?? [], current.category_path ?? []),
            }
          : { terms: [], categories: [] };
      };
      const upserts = applied.flatMap((write) => (write.kind === 'upsert' ? [write] : []));
      const removals = applied.flatMap((write) => (write.kind === 'remove' ? [write.removed] : []));
      await this.writeDocuments(tx, upserts);
      await this.writeRemovals(tx, removals);
      const changes = applied.map((write) => ({
        before: counted(productIdOf(write)),
        after:
          write.kind === 'upsert'
            ? {
                terms: write.terms,
                categories: categoryKeys(write.document.categoryIds, write.document.categoryPath),
              }
            : { terms: [], categories: [] },
      }));
      await this.applyVocabulary(
        tx,
        countDelta(changes.map((change) => ({ before: change.before.terms, after: change.after.terms }))),
      );
      await this.applyCategories(
        tx,
        countDelta(
          changes.map((change) => ({ before: change.before.categories, after: change.after.categories })),
        ),
      );
    });
  }

  private async writeDocuments(
    tx: SearchTx,
    upserts: { document: SearchDocument; terms: string[] }[],
  ): Promise<void> {
    if (!upserts.length) return;
    const rows = upserts.map(({ document, terms }) => ({
      ...document,
      listedAt: document.listedAt.toISOString(),
      searchName: foldText(document.name),
      categoryText: document.categoryPath.join(' '),
      terms,
    }));
    await tx.$executeRaw`
      INSERT INTO "search_documents" (
        "product_id", "version", "searchable", "slug", "name", "description", "category_ids", "category_path",
        "min_price", "max_price", "currency", "in_stock", "rating", "bayesian_rating", "rating_count", "listed_at",
        "search_name", "search_vector", "terms")
      SELECT d."productId", d."version", true, d."slug", d."name", d."description", d."categoryIds", d."categoryPath",
             d."minPrice", d."maxPrice", d."currency", d."inStock", d."rating", d."bayesianRating", d."ratingCount", d."listedAt",
             d."searchName",
             setweight(to_tsvector('english', d."name"), 'A')
               || setweight(to_tsvector('english', d."categoryText"), 'B')
               || setweight(to_tsvector('english', d."description"), 'C'),
             d."terms"
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS d(
          "productId" text, "version" bigint, "slug" text, "name" text, "description" text, "categoryIds" text[],
          "categoryPath" text[], "minPrice" int, "maxPrice" int, "currency" text, "inStock" boolean, "rating" float8,
          "bayesianRating" float8, "ratingCount" int, "listedAt" timestamptz, "searchName" text, "categoryText" text,
          "terms" text[])
      ON CONFLICT ("product_id") DO UPDATE SET
        "version" = EXCLUDED."version", "searchable" = true, "slug" = EXCLUDED."slug", "name" = EXCLUDED."name",
        "description" = EXCLUDED."description", "category_ids" = EXCLUDED."category_ids",
        "category_path" = EXCLUDED."category_path", "min_price" = EXCLUDED."min_price",
        "max_price" = EXCLUDED."max_price", "currency" = EXCLUDED."currency", "in_stock" = EXCLUDED."in_stock",
        "rating" = EXCLUDED."rating", "bayesian_rating" = EXCLUDED."bayesian_rating",
        "rating_count" = EXCLUDED."rating_count", "listed_at" = EXCLUDED."listed_at",
        "search_name" = EXCLUDED."search_name", "search_vector" = EXCLUDED."search_vector", "terms" = EXCLUDED."terms"`;
  }

  /** A removed product keeps a row with its version, so a late, older upsert cannot bring it back. */
  private async writeRemovals(tx: SearchTx, removals: RemovedDocument[]): Promise<void> {
    if (!removals.length) return;
    await tx.$executeRaw`
      INSERT INTO "search_documents" ("product_id", "version", "searchable", "listed_at")
      SELECT r."productId", r."version", false, now()
        FROM jsonb_to_recordset(${JSON.stringify(removals)}::jsonb) AS r("productId" text, "version" bigint)
      ON CONFLICT ("product_id") DO UPDATE SET
        "version" = EXCLUDED."version", "searchable" = false, "search_vector" = NULL, "terms" = '{}'`;
  }

  private async applyVocabulary(tx: SearchTx, delta: [string, number][]): Promise<void> {
    if (!delta.length) return;
    const rows = delta.map(([term, documents]) => ({ term, documents }));
    await tx.$executeRaw`
      INSERT INTO "search_terms" ("term", "lexeme", "documents")
      SELECT t."term", (ts_lexize('english_stem', t."term"))[1], t."documents"
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS t("term" text, "documents" int)
       ORDER BY t."term"
      ON CONFLICT ("term") DO UPDATE SET "documents" = "search_terms"."documents" + EXCLUDED."documents"`;
    await tx.$executeRaw`
      DELETE FROM "search_terms" WHERE "documents" <= 0 AND "term" = ANY(${delta.map(([term]) => term)}::text[])`;
  }

  private async applyCategories(tx: SearchTx, delta: [string, number][]): Promise<void> {
    if (!delta.length) return;
    const rows = delta.map(([key, documents]) => {
      const [categoryId, label] = key.split(CATEGORY_KEY_SEPARATOR);
      return { categoryId, label, documents };
    });
    await tx.$executeRaw`
      INSERT INTO "search_categories" ("category_id", "label", "documents")
      SELECT c."categoryId", c."label", c."documents"
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS c("categoryId" text, "label" text, "documents" int)
       ORDER BY c."categoryId", c."label"
      ON CONFLICT ("category_id", "label") DO UPDATE SET "documents" = "search_categories"."documents" + EXCLUDED."documents"`;
    await tx.$executeRaw`
      DELETE FROM "search_categories" WHERE "documents" <= 0
         AND "category_id" = ANY(${rows.map((row) => row.categoryId)}::text[])`;
  }
}
