import type { Connection } from '@msa/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ProductSort } from '../domain/product-sort';
import type { CategoryRecord, ProductRecord } from '../domain/records';
import { Category } from './category.type';
import type { ProductsContext } from './context';
import { ProductConnection, ProductSortEnum } from './product.type';

@Resolver(() => Category)
export class CategoryResolver {
  @Directive('@listSize(assumedSize: 8)')
  @Query(() => [Category], {
    description: 'The top-level categories; walk `children` for the rest of the tree.',
  })
  categories(@Ctx() ctx: ProductsContext): Promise<CategoryRecord[]> {
    return ctx.catalog.categories.roots();
  }

  @Query(() => Category, { nullable: true, description: 'A category by id or by slug (give exactly one).' })
  category(
    @Arg('id', () => ID, { nullable: true, description: 'Category id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'Category slug.' }) slug: string | null,
    @Ctx() ctx: ProductsContext,
  ): Promise<CategoryRecord | null> {
    return ctx.catalog.categories.findOne({ id, slug });
  }

  @FieldResolver(() => Category, {
    nullable: true,
    description: 'The category above this one; null for a top-level category.',
  })
  parent(
    @Root() category: CategoryRecord,
    @Ctx() ctx: ProductsContext,
  ): Promise<CategoryRecord | null> | null {
    return category.parentId ? ctx.catalog.loaders.category(ctx, category.parentId) : null;
  }

  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [Category], { description: 'Categories directly below this one, by name.' })
  children(@Root() category: CategoryRecord, @Ctx() ctx: ProductsContext): Promise<CategoryRecord[]> {
    return ctx.catalog.loaders.childrenOf(ctx, category.id);
  }

  @Directive('@listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges", "nodes"])')
  @FieldResolver(() => ProductConnection, {
    description: 'Products in this category and the categories below it. Customers see ACTIVE products only.',
  })
  products(
    @Root() category: CategoryRecord,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Arg('sort', () => ProductSortEnum, { defaultValue: 'NEWEST', description: 'Order of the list.' })
    sort: ProductSort,
    @Ctx() ctx: ProductsContext,
  ): Promise<Connection<ProductRecord>> {
    return ctx.catalog.queries.list(ctx.identity, {
      first,
      after,
      sort,
      filter: { categoryId: category.id },
    });
  }
}
