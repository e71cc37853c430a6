import { requireAdmin, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RemoveVariantResult, VariantResult } from '../services/variant-admin.service';
import type { ProductsContext } from './context';
import { Product } from './product.type';
import { ProductVariantInput, UpdateProductVariantInput } from './variant.inputs';
import { ProductVariant } from './variant.type';

@ObjectType({ description: 'Result of adding or changing a variant.' })
export class ProductVariantPayload {
  @Field(() => ProductVariant, {
    nullable: true,
    description: 'The variant after the change; null when it failed.',
  })
  variant!: ProductVariant | null;

  @Field(() => Product, { nullable: true, description: 'Its product, with the updated price range.' })
  product!: Product | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of removing a variant.' })
export class RemoveProductVariantPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the removed variant; null when it failed.' })
  removedVariantId!: string | null;

  @Field(() => Product, { nullable: true, description: 'The product after the removal.' })
  product!: Product | null;

  @Field(() => [UserError], { description: 'Why the removal was refused; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class VariantAdminResolver {
  @Mutation(() => ProductVariantPayload, { description: 'Adds a variant to a product. Admin only.' })
  addProductVariant(
    @Arg('productId', () => ID, { description: 'Product to add the variant to.' }) productId: string,
    @Arg('input', () => ProductVariantInput, { description: 'The new variant.' }) input: ProductVariantInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<VariantResult> {
    requireAdmin(ctx);
    return ctx.catalog.variantAdmin.add(productId, input);
  }

  @Mutation(() => ProductVariantPayload, {
    description: 'Changes a variant’s SKU, options, price or weight. Admin only.',
  })
  updateProductVariant(
    @Arg('id', () => ID, { description: 'Variant to change.' }) id: string,
    @Arg('input', () => UpdateProductVariantInput, { description: 'The changes.' })
    input: UpdateProductVariantInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<VariantResult> {
    requireAdmin(ctx);
    return ctx.catalog.variantAdmin.update(id, input);
  }

  @Mutation(() => RemoveProductVariantPayload, {
    description:
      'Removes a variant from sale. Its id keeps resolving for existing carts and orders, and its SKU stays reserved. An ACTIVE product keeps at least one variant. Admin only.',
  })
  removeProductVariant(
    @Arg('id', () => ID, { description: 'Variant to remove.' }) id: string,
    @Ctx() ctx: ProductsContext,
  ): Promise<RemoveVariantResult> {
    requireAdmin(ctx);
    return ctx.catalog.variantAdmin.remove(id);
  }
}
