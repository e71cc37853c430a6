import { requireAdmin, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { ImageRecord } from '../domain/records';
import type { ProductResult } from '../services/product-admin.service';
import type { RemoveImageResult } from '../services/product-image.service';
import type { ProductsContext } from './context';
import { ProductPayload } from './product-admin.resolver';
import { ProductImage } from './product-image.type';
import { Product } from './product.type';

@ObjectType({ description: 'Result of removing a product image.' })
export class RemoveProductImagePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the removed image; null when it failed.' })
  removedImageId!: string | null;

  @Field(() => Product, { nullable: true, description: 'The product after the removal.' })
  product!: Product | null;

  @Field(() => [UserError], { description: 'Why the removal was refused; empty on success.' })
  userErrors!: UserError[];
}

/** Images are uploaded over multipart HTTP (POST /uploads/products/:productId/images); these manage them after. */
@Resolver(() => ProductImage)
export class ProductImageResolver {
  @FieldResolver(() => String, {
    description: 'Public URL of the image file; stable, safe to cache for long.',
  })
  url(@Root() image: ImageRecord, @Ctx() ctx: ProductsContext): string {
    return ctx.catalog.images.urlOf(image);
  }

  @Mutation(() => ProductPayload, {
    description: 'Puts a product’s images in a new order; list every image once. Admin only.',
  })
  reorderProductImages(
    @Arg('productId', () => ID, { description: 'Product whose gallery to reorder.' }) productId: string,
    @Arg('imageIds', () => [ID], { description: 'All image ids of the product, first to last.' })
    imageIds: string[],
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductResult> {
    requireAdmin(ctx);
    return ctx.catalog.images.reorder(productId, imageIds);
  }

  @Mutation(() => RemoveProductImagePayload, {
    description: 'Deletes a product image and its file. Admin only.',
  })
  removeProductImage(
    @Arg('imageId', () => ID, { description: 'Image to delete.' }) imageId: string,
    @Ctx() ctx: ProductsContext,
  ): Promise<RemoveImageResult> {
    requireAdmin(ctx);
    return ctx.catalog.images.remove(imageId);
  }
}
