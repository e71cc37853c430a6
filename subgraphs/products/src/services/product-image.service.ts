import { randomUUID } from 'node:crypto';
import type { Logger, UserError } from '@msa/subgraph-kit';
import { isCompleteOrdering } from '../domain/image-order';
import { isAcceptedMimeType, sniffImageType } from '../domain/image-type';
import { problem } from '../domain/problem';
import type { ImageRecord, ProductRecord } from '../domain/records';
import type { ImageRepo } from '../data/image.repo';
import type { ProductRepo } from '../data/product.repo';
import type { ImageStorage } from '../storage/image-storage';
import type { ProductResult } from './product-admin.service';
import { toUserErrors } from './user-errors';

export const MAX_ALT_LENGTH = 300;

export interface UploadImageArgs {
  productId: string;
  bytes: Buffer;
  /** The part's Content-Type as the client declared it. */
  declaredType: string;
  alt: string | null;
}

export type UploadOutcome =
  | { ok: true; image: ImageRecord }
  | {
      ok: false;
      status: 400 | 404 | 415;
      code: 'BAD_REQUEST' | 'NOT_FOUND' | 'UNSUPPORTED_MEDIA_TYPE';
      message: string;
    };

export interface RemoveImageResult {
  removedImageId: string | null;
  product: ProductRecord | null;
  userErrors: UserError[];
}

export class ProductImageService {
  constructor(
    private readonly products: ProductRepo,
    private readonly images: ImageRepo,
    private readonly storage: ImageStorage,
    private readonly publicBaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Where clients fetch the image: the router forwards /media to this service. */
  urlOf(image: Pick<ImageRecord, 'storageKey'>): string {
    return `${this.publicBaseUrl.replace(/\/+$/, '')}/media/${image.storageKey}`;
  }

  /**
   * Stores the file under a fresh key named after its real type, then records it. When recording fails the
   * file is deleted again, so storage never keeps images no product points to.
   */
  async upload(args: UploadImageArgs): Promise<UploadOutcome> {
    if (!(await this.products.findById(args.productId)))
      return { ok: false, status: 404, code: 'NOT_FOUND', message: 'No product has this id' };
    const type = sniffImageType(args.bytes);
    if (!isAcceptedMimeType(args.declaredType) || !type) {
      return {
        ok: false,
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Only PNG, JPEG and WebP images are accepted',
      };
    }
    if (type.mimeType !== args.declaredType.toLowerCase()) {
      const message = `The file is ${type.mimeType} but was sent as ${args.declaredType}`;
      return { ok: false, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message };
    }
    const alt = args.alt?.trim() ?? '';
    if (alt.length > MAX_ALT_LENGTH) {
      return {
        ok: false,
        status: 400,
        code: 'BAD_REQUEST',
        message: `"alt" must be at most ${MAX_ALT_LENGTH} characters`,
      };
    }
    const storageKey = `products/${args.productId}/${randomUUID()}.${type.extension}`;
    await this.storage.put(storageKey, args.bytes, type.mimeType);
    try {
      const image = await this.images.add(args.productId, {
        storageKey,
        contentType: type.mimeType,
        byteSize: args.bytes.length,
        alt,
      });
      return { ok: true, image };
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  async reorder(productId: string, imageIds: readonly string[]): Promise<ProductResult> {
    const product = await this.products.findById(productId);
    if (!product)
      return {
        product: null,
        userErrors: toUserErrors([problem('PRODUCT_NOT_FOUND', 'No product has this id', ['productId'])]),
      };
    const current = await this.images.findByProductIds([productId]);
    if (
      !isCompleteOrdering(
        current.map((image) => image.id),
        imageIds,
      )
    ) {
      const message = 'List every image of the product exactly once, in the new order';
      return {
        product: null,
        userErrors: toUserErrors([problem('INVALID_IMAGE_ORDER', message, ['imageIds'])]),
      };
    }
    await this.images.reorder(productId, imageIds);
    return { product: await this.products.findById(productId), userErrors: [] };
  }

  async remove(imageId: string): Promise<RemoveImageResult> {
    const image = await this.images.findById(imageId);
    if (!image) {
      return {
        removedImageId: null,
        product: null,
        userErrors: toUserErrors([problem('IMAGE_NOT_FOUND', 'No image has this id', ['imageId'])]),
      };
    }
    await this.images.remove(image);
    try {
      await this.storage.delete(image.storageKey);
    } catch (error) {
      // The image is already gone from the catalog; a leftover file wastes space but breaks nothing.
      this.logger.warn({ err: error, storageKey: image.storageKey }, 'could not delete image file');
    }
    return {
      removedImageId: image.id,
      product: await this.products.findById(image.productId),
      userErrors: [],
    };
  }
}
