import { money, type Connection, CATALOG_CACHE_HINT } from '@msa/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ProductSort } from '../domain/product-sort';
import type { CategoryRecord, ImageRecord, ProductRecord, VariantRecord } from '../domain/records';
import { Category } from './category.type';
import type { ProductsContext } from './context';
import { ProductImage } from './product-image.type';
import { ProductFilter } from './product.inputs';
import { PriceRange, Product, ProductConnection, ProductSortEnum } from './product.type';
import { ProductVariant } from './variant.type';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, {
    nullable: true,
    description:
      'A product by id or by slug (give exactly one). Customers get null for products that are not ACTIVE.',
  })
  product(
    @Arg('id', () => ID, { nullable: true, description: 'Product id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'Product slug.' }) slug: string | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<ProductRecord | null> {
    return ctx.catalog.queries.findOne(ctx.identity, { id, slug });
  }

  @Directive('@listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges", "nodes"])')
  @Directive(CATALOG_CACHE_HINT)
  @Query(() => ProductConnection, {
    description: 'Products, filtered and sorted. Customers see ACTIVE products only; staff see every status.',
  })
  products(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'endCursor of the previous page, from the same sort.',
    })
    after: string | null,
    @Arg('filter', () => ProductFilter, { nullable: true, description: 'Conditions the products must meet.' })
    filter: ProductFilter | null,
    @Arg('sort', () => ProductSortEnum, { defaultValue: 'NEWEST', description: 'Order of the list.' })
    sort: ProductSort,
    @Ctx() ctx: ProductsContext,
  ): Promise<Connection<ProductRecord>> {
    return ctx.catalog.queries.list(ctx.identity, { first, after, filter, sort });
  }

  @FieldResolver(() => Category, {
    nullable: true,
    description: 'The category the product is filed under, if any.',
  })
  category(
    @Root() product: ProductRecord,
    @Ctx() ctx: ProductsContext,
  ): Promise<CategoryRecord | null> | null {
    return product.categoryId ? ctx.catalog.loaders.category(ctx, product.categoryId) : null;
  }

  @Directive('@listSize(assumedSize: 3)')
  @FieldResolver(() => [ProductImage], { description: 'Gallery images in display order.' })
  images(@Root() product: ProductRecord, @Ctx() ctx: ProductsContext): Promise<ImageRecord[]> {
    return ctx.catalog.loaders.imagesOf(ctx, product.id);
  }

  @Directive('@listSize(assumedSize: 6)')
  @FieldResolver(() => [ProductVariant], {
    description: 'Variants a shopper can choose from (removed ones excluded).',
  })
  variants(@Root() product: ProductRecord, @Ctx() ctx: ProductsContext): Promise<VariantRecord[]> {
    return ctx.catalog.loaders.liveVariantsOf(ctx, product.id);
  }

  @FieldResolver(() => PriceRange, {
    nullable: true,
    description: 'Lowest and highest variant price; null without variants.',
  })
  priceRange(@Root() product: ProductRecord): PriceRange | null {
    if (product.minPrice === null || product.maxPrice === null) return null;
    return { min: money(product.minPrice), max: money(product.maxPrice) };
  }
}
