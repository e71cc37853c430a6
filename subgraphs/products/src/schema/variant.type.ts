import { CATALOG_CACHE_HINT, INHERIT_CACHE_HINT } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive(INHERIT_CACHE_HINT)
@ObjectType('VariantOption', { description: 'One choice that defines a variant, e.g. Size: M.' })
export class VariantOptionType {
  @Field(() => String, { description: 'Option name, e.g. "Size" or "Color".' })
  name!: string;

  @Field(() => String, { description: 'Chosen value, e.g. "M" or "Black".' })
  value!: string;
}

@Directive('@key(fields: "id")')
@Directive(CATALOG_CACHE_HINT)
@ObjectType({ description: 'A purchasable version of a product with its own SKU and price.' })
export class ProductVariant {
  @Field(() => ID, { description: 'Opaque variant id; carts and orders refer to it.' })
  id!: string;

  @Field(() => String, { description: 'Stock keeping unit, unique across the catalog.' })
  sku!: string;

  @Field(() => String, { description: 'Display title, e.g. "Black / M" (defaults to the option values).' })
  title!: string;

  // Typically one or two (size, colour); at most MAX_OPTIONS_PER_VARIANT.
  @Directive('@listSize(assumedSize: 2)')
  @Field(() => [VariantOptionType], { description: 'The option values that define this variant.' })
  options!: VariantOptionType[];

  @Field(() => Int, { description: 'Shipping weight in grams.' })
  weightGrams!: number;
}
