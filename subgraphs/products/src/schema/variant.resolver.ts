import { money, Money } from '@msa/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ProductRecord, VariantRecord } from '../domain/records';
import type { ProductsContext } from './context';
import { Product } from './product.type';
import { ProductVariant } from './variant.type';

@Resolver(() => ProductVariant)
export class VariantResolver {
  @Directive('@listSize(assumedSize: 20)')
  @Query(() => [ProductVariant], {
    nullable: 'items',
    description:
      'Variants by id (at most 100), in the order asked; null for unknown ids. Customers get null for removed variants and for variants of products that are not ACTIVE.',
  })
  variants(
    @Arg('ids', () => [ID], { description: 'Variant ids.' }) ids: string[],
    @Ctx() ctx: ProductsContext,
  ): Promise<(VariantRecord | null)[]> {
    return ctx.catalog.queries.variantsByIds(ctx.identity, ids);
  }

  @FieldResolver(() => Money, { description: 'Current price.' })
  price(@Root() variant: VariantRecord): Money {
    return money(variant.price);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'Former price shown struck through, always above the price; null when none.',
  })
  compareAtPrice(@Root() variant: VariantRecord): Money | null {
    return variant.compareAtPrice === null ? null : money(variant.compareAtPrice);
  }

  @FieldResolver(() => Product, { description: 'The product this is a variant of.' })
  async product(@Root() variant: VariantRecord, @Ctx() ctx: ProductsContext): Promise<ProductRecord> {
    const product = await ctx.catalog.loaders.product(ctx, variant.productId);
    // The foreign key guarantees the product exists; a miss means the database is inconsistent.
    if (!product) throw new Error(`Variant ${variant.id} has no product ${variant.productId}`);
    return product;
  }
}
