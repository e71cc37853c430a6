import { requireAdmin, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { ProductResult } from '../services/product-admin.service';
import type { ProductsContext } from './context';
import { CreateProductInput, UpdateProductInput } from './product.inputs';
import { Product } from './product.type';

@ObjectType({ description: 'Result of a mutation on a product.' })
export class ProductPayload {
  @Field(() => Product, { nullable: true, description: 'The product after the change; null when it failed.' })
  product!: Product | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class ProductAdminResolver {
  @Mutation(() => ProductPayload, { description: 'Creates a product, optionally with variants. Admin only.' })
  createProduct(
    @Arg('input', () => CreateProductInput, { description: 'The new product.' }) input: CreateProductInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductResult> {
    requireAdmin(ctx);
    return ctx.catalog.productAdmin.create(input);
  }

  @Mutation(() => ProductPayload, {
    description: 'Changes a product’s details, category or status. Admin only.',
  })
  updateProduct(
    @Arg('id', () => ID, { description: 'Product to change.' }) id: string,
    @Arg('input', () => UpdateProductInput, { description: 'The changes.' }) input: UpdateProductInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductResult> {
    requireAdmin(ctx);
    return ctx.catalog.productAdmin.update(id, input);
  }

  @Mutation(() => ProductPayload, {
    description: 'Takes a product off sale (status ARCHIVED) without deleting it. Admin only.',
  })
  archiveProduct(
    @Arg('id', () => ID, { description: 'Product to archive.' }) id: string,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductResult> {
    requireAdmin(ctx);
    return ctx.catalog.productAdmin.archive(id);
  }
}
