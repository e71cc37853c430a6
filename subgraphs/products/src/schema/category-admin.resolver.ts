import { requireAdmin, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { CategoryResult, DeleteCategoryResult } from '../services/category.service';
import { Category } from './category.type';
import type { ProductsContext } from './context';

@InputType({ description: 'A new category.' })
export class CreateCategoryInput {
  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'URL-friendly unique name; generated from the name when absent.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Category to nest it under; top level when absent.' })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a category; absent fields stay as they are.' })
export class UpdateCategoryInput {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New slug; must be unused.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'New parent; an explicit null moves it to the top level. It cannot move under itself or its subcategories.',
  })
  parentId?: string | null;
}

@ObjectType({ description: 'Result of creating or changing a category.' })
export class CategoryPayload {
  @Field(() => Category, {
    nullable: true,
    description: 'The category after the change; null when it failed.',
  })
  category!: Category | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleting a category.' })
export class DeleteCategoryPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted category; null when it failed.' })
  deletedCategoryId!: string | null;

  @Field(() => [UserError], {
    description: 'Why the deletion was refused, e.g. CATEGORY_HAS_PRODUCTS; empty on success.',
  })
  userErrors!: UserError[];
}

@Resolver()
export class CategoryAdminResolver {
  @Mutation(() => CategoryPayload, { description: 'Creates a category. Admin only.' })
  createCategory(
    @Arg('input', () => CreateCategoryInput, { description: 'The new category.' }) input: CreateCategoryInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<CategoryResult> {
    requireAdmin(ctx);
    return ctx.catalog.categories.create(input);
  }

  @Mutation(() => CategoryPayload, { description: 'Renames or moves a category. Admin only.' })
  updateCategory(
    @Arg('id', () => ID, { description: 'Category to change.' }) id: string,
    @Arg('input', () => UpdateCategoryInput, { description: 'The changes.' }) input: UpdateCategoryInput,
    @Ctx() ctx: ProductsContext,
  ): Promise<CategoryResult> {
    requireAdmin(ctx);
    return ctx.catalog.categories.update(id, input);
  }

  @Mutation(() => DeleteCategoryPayload, {
    description: 'Deletes an empty category (no products, no subcategories). Admin only.',
  })
  deleteCategory(
    @Arg('id', () => ID, { description: 'Category to delete.' }) id: string,
    @Ctx() ctx: ProductsContext,
  ): Promise<DeleteCategoryResult> {
    requireAdmin(ctx);
    return ctx.catalog.categories.delete(id);
  }
}
