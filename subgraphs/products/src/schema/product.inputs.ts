import { Field, ID, InputType, Int } from 'type-graphql';
import type { ProductStatus } from '../domain/records';
import { ProductStatusEnum } from './product.type';
import { ProductVariantInput } from './variant.inputs';

@InputType({ description: 'Narrows a product list. All given conditions must hold.' })
export class ProductFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only products in this category or any category below it.',
  })
  categoryId?: string | null;

  @Field(() => ProductStatusEnum, {
    nullable: true,
    description: 'Only this status. Customers may only ask for ACTIVE.',
  })
  status?: ProductStatus | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only products with a variant priced at least this many cents.',
  })
  minPrice?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only products with a variant priced at most this many cents.',
  })
  maxPrice?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text found in the name or description (case-insensitive), or an exact SKU.',
  })
  search?: string | null;
}

@InputType({ description: 'A new product, optionally with its variants.' })
export class CreateProductInput {
  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'URL-friendly unique name; generated from the name when absent.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Long description (plain text).' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Category the product belongs to.' })
  categoryId?: string | null;

  @Field(() => ProductStatusEnum, {
    nullable: true,
    description: 'Initial status, DRAFT when absent. ACTIVE needs a variant.',
  })
  status?: ProductStatus | null;

  @Field(() => [ProductVariantInput], { nullable: true, description: 'Variants to create with the product.' })
  variants?: ProductVariantInput[] | null;
}

@InputType({ description: 'Changes to a product; absent fields stay as they are.' })
export class UpdateProductInput {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New slug; must be unused.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New category; an explicit null removes the category.' })
  categoryId?: string | null;

  @Field(() => ProductStatusEnum, { nullable: true, description: 'New status. ACTIVE needs a variant.' })
  status?: ProductStatus | null;
}
