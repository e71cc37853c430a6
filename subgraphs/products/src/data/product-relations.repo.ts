import type { ProductVariant } from '../__generated__/prisma/client';
import type { ImageRecord, VariantRecord } from '../domain/records';
import { sqlReader, type ProductsDb } from './database';
import { FROM_IMAGES_OF_PRODUCTS } from './image.repo';
import { toVariantRecord } from './record-mappers';
import { FROM_LIVE_VARIANTS_OF_PRODUCTS, VARIANT_COLUMNS } from './variant.repo';

/** What a product shows beside itself in a listing. */
export interface ProductRelations {
  /** Live variants, in display order. */
  variants: VariantRecord[];
  /** In display order. */
  images: ImageRecord[];
}

/**
 * Both relations of many products in one statement (a listing asks for both, and each statement is a round
 * trip and a socket write): the variant rows and the image rows share one column list, each filling its own
 * columns, and come back variants first, each kind in display order.
 */
const RELATIONS_OF_PRODUCTS = `SELECT 'variant' AS "kind", ${VARIANT_COLUMNS},
    NULL::text AS "storageKey", NULL::text AS "contentType", NULL::int AS "byteSize", NULL::text AS "alt"
    ${FROM_LIVE_VARIANTS_OF_PRODUCTS}
  UNION ALL
  SELECT 'image', "id", "product_id", NULL::text, NULL::text, NULL::jsonb, NULL::int, NULL::int, NULL::int,
    "position", NULL::timestamp(3), "created_at", NULL::timestamp(3), "storage_key", "content_type", "byte_size", "alt"
    ${FROM_IMAGES_OF_PRODUCTS}
  ORDER BY "kind" DESC, "position" ASC, "createdAt" ASC, "id" ASC`;

type RelationRow = ProductVariant & {
  kind: 'variant' | 'image';
  storageKey: string | null;
  contentType: string | null;
  byteSize: number | null;
  alt: string | null;
};

export class ProductRelationsRepo {
  constructor(private readonly db: ProductsDb) {}

  /** Every listing reads this: hand-written SQL (see SqlReader). */
  async findByProductIds(productIds: readonly string[]): Promise<ProductRelations> {
    const rows = await sqlReader(this.db).rows<RelationRow>(RELATIONS_OF_PRODUCTS, [productIds]);
    const relations: ProductRelations = { variants: [], images: [] };
    for (const { kind, storageKey, contentType, byteSize, alt, ...variant } of rows) {
      if (kind === 'variant') relations.variants.push(toVariantRecord(variant));
      else
        relations.images.push({
          id: variant.id,
          productId: variant.productId,
          storageKey: storageKey!,
          contentType: contentType!,
          byteSize: byteSize!,
          alt: alt!,
          position: variant.position,
          createdAt: variant.createdAt,
        });
    }
    return relations;
  }
}
