import type { ImageRecord } from '../domain/records';
import { sqlReader, type ProductsDb } from './database';
import { finishProductChange, lockProduct } from './product-change';

/** The images of the products `$1`. */
export const FROM_IMAGES_OF_PRODUCTS = `FROM "public"."product_images" WHERE "product_id" = ANY($1::text[])`;

const IMAGES_OF_PRODUCTS = `SELECT "id", "product_id" AS "productId", "storage_key" AS "storageKey",
  "content_type" AS "contentType", "byte_size" AS "byteSize", "alt", "position", "created_at" AS "createdAt"
  ${FROM_IMAGES_OF_PRODUCTS} ORDER BY "position" ASC, "created_at" ASC`;

export interface NewImage {
  storageKey: string;
  contentType: string;
  byteSize: number;
  alt: string;
}

export class ImageRepo {
  constructor(private readonly db: ProductsDb) {}

  /** Every listing reads this: hand-written SQL (see SqlReader). */
  findByProductIds(productIds: readonly string[]): Promise<ImageRecord[]> {
    return sqlReader(this.db).rows<ImageRecord>(IMAGES_OF_PRODUCTS, [productIds]);
  }

  findById(id: string): Promise<ImageRecord | null> {
    return this.db.productImage.findUnique({ where: { id } });
  }

  /** Appends the image after the product's existing ones. */
  add(productId: string, image: NewImage): Promise<ImageRecord> {
    return this.db.$transaction(async (tx) => {
      await lockProduct(tx, productId);
      const { _max } = await tx.productImage.aggregate({ where: { productId }, _max: { position: true } });
      const created = await tx.productImage.create({
        data: { ...image, productId, position: (_max.position ?? -1) + 1 },
      });
      await finishProductChange(tx, productId, []);
      return created;
    });
  }

  /** Gives the images positions 0…n-1 in the order of `orderedIds`. */
  reorder(productId: string, orderedIds: readonly string[]): Promise<void> {
    return this.db.$transaction(async (tx) => {
      for (const [position, id] of orderedIds.entries()) {
        await tx.productImage.update({ where: { id, productId }, data: { position } });
      }
      await finishProductChange(tx, productId, []);
    });
  }

  /** Deletes the row and closes the gap in positions; the caller deletes the stored file afterwards. */
  remove(image: ImageRecord): Promise<void> {
    return this.db.$transaction(async (tx) => {
      await tx.productImage.delete({ where: { id: image.id } });
      await tx.productImage.updateMany({
        where: { productId: image.productId, position: { gt: image.position } },
        data: { position: { decrement: 1 } },
      });
      await finishProductChange(tx, image.productId, []);
    });
  }
}
