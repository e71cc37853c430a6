import type { ProductCursor, ProductSort } from '../domain/product-sort';
import type { ProductStatus } from '../domain/records';

/** A product list request after authorization and validation. */
export interface ProductListQuery {
  statuses: ProductStatus[];
  /** The category and its descendants; null for all categories. */
  categoryIds: string[] | null;
  minPrice: number | null;
  maxPrice: number | null;
  search: string | null;
  sort: ProductSort;
  after: ProductCursor | null;
  take: number;
}

/** SQL text with its positional parameters ($1, $2…). */
export interface SqlStatement {
  text: string;
  params: unknown[];
}

const PRODUCT_COLUMNS = `"id", "slug", "name", "description", "status"::text AS "status", "category_id" AS "categoryId",
  "min_price" AS "minPrice", "max_price" AS "maxPrice", "created_at" AS "createdAt", "updated_at" AS "updatedAt"`;

const FROM_PRODUCTS = `FROM "public"."products" AS "p"`;

/** Collects parameter values and hands out their placeholders. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function liveVariantExists(condition: string): string {
  return `EXISTS (SELECT 1 FROM "public"."product_variants" AS "v" WHERE "v"."product_id" = "p"."id" AND "v"."removed_at" IS NULL AND ${condition})`;
}

/**
 * The conditions a product must meet. `search` matches name or description case-insensitively with the text
 * as a LIKE pattern between wildcards (as Prisma's `contains` did), or a live variant's exact SKU.
 */
function filterConditions(query: ProductListQuery, params: Params): string[] {
  const conditions = [
    `"p"."status" = ANY(CAST(${params.add(query.statuses)}::text[] AS "public"."ProductStatus"[]))`,
  ];
  if (query.categoryIds) conditions.push(`"p"."category_id" = ANY(${params.add(query.categoryIds)}::text[])`);
  if (query.minPrice !== null || query.maxPrice !== null) {
    // A product matches when any variant a shopper could pick is in the range.
    const bounds = [
      ...(query.minPrice !== null ? [`"v"."price" >= ${params.add(query.minPrice)}::int`] : []),
      ...(query.maxPrice !== null ? [`"v"."price" <= ${params.add(query.maxPrice)}::int`] : []),
    ];
    conditions.push(liveVariantExists(bounds.join(' AND ')));
  }
  if (query.search) {
    const pattern = params.add(`%${query.search}%`);
    conditions.push(
      `("p"."name" ILIKE ${pattern} OR "p"."description" ILIKE ${pattern} OR ${liveVariantExists(`"v"."sku" = ${params.add(query.search)}`)})`,
    );
  }
  return conditions;
}

function orderBy(sort: ProductSort): string {
  switch (sort) {
    case 'NEWEST':
      return `"p"."created_at" DESC, "p"."id" DESC`;
    case 'NAME_ASC':
      return `"p"."name" ASC, "p"."id" ASC`;
    case 'PRICE_ASC':
      return `"p"."min_price" ASC NULLS LAST, "p"."id" ASC`;
    case 'PRICE_DESC':
      return `"p"."min_price" DESC NULLS LAST, "p"."id" DESC`;
  }
}

/**
 * Rows strictly after the cursor in the order of `orderBy(cursor.sort)`. Products without a price sort last in
 * both price orders, so a price cursor also lets them through.
 */
function afterCursor(cursor: ProductCursor, params: Params): string {
  const id = params.add(cursor.id);
  switch (cursor.sort) {
    case 'NEWEST': {
      const createdAt = `${params.add(new Date(cursor.key as string).toISOString())}::timestamp(3)`;
      return `("p"."created_at" < ${createdAt} OR ("p"."created_at" = ${createdAt} AND "p"."id" < ${id}))`;
    }
    case 'NAME_ASC': {
      const name = params.add(cursor.key as string);
      return `("p"."name" > ${name} OR ("p"."name" = ${name} AND "p"."id" > ${id}))`;
    }
    case 'PRICE_ASC':
    case 'PRICE_DESC': {
      const beyond = cursor.sort === 'PRICE_ASC' ? '>' : '<';
      if (cursor.key === null) return `("p"."min_price" IS NULL AND "p"."id" ${beyond} ${id})`;
      const price = `${params.add(cursor.key)}::int`;
      return `("p"."min_price" ${beyond} ${price} OR ("p"."min_price" = ${price} AND "p"."id" ${beyond} ${id}) OR "p"."min_price" IS NULL)`;
    }
  }
}

/**
 * One page of the list: `take` products after the cursor, in the sort's order, each row carrying the total
 * across pages (`totalCount`, an uncorrelated subquery Postgres runs once), so a listing is one statement. A
 * page past the end has no row to carry it: `countStatement` answers then.
 */
export function pageStatement(query: ProductListQuery): SqlStatement {
  const params = new Params();
  const filter = filterConditions(query, params).join(' AND ');
  const conditions = query.after ? `${filter} AND ${afterCursor(query.after, params)}` : filter;
  const limit = params.add(query.take);
  return {
    text: `SELECT ${PRODUCT_COLUMNS}, (SELECT COUNT(*)::int ${FROM_PRODUCTS} WHERE ${filter}) AS "totalCount" ${FROM_PRODUCTS} WHERE ${conditions} ORDER BY ${orderBy(query.sort)} LIMIT ${limit}`,
    params: params.values,
  };
}

/** How many products meet the filter, across pages. */
export function countStatement(query: ProductListQuery): SqlStatement {
  const params = new Params();
  const conditions = filterConditions(query, params);
  return {
    text: `SELECT COUNT(*)::int AS "count" ${FROM_PRODUCTS} WHERE ${conditions.join(' AND ')}`,
    params: params.values,
  };
}
