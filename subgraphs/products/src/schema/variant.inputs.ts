import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'One option of a variant, e.g. Size: M.' })
export class VariantOptionInput {
  @Field(() => String, { description: 'Option name, 1 to 40 characters, unique within the variant.' })
  name!: string;

  @Field(() => String, { description: 'Option value, 1 to 80 characters.' })
  value!: string;
}

@InputType({ description: 'A new variant.' })
export class ProductVariantInput {
  @Field(() => String, { description: 'Unique SKU: letters, digits, ".", "-", "_", at most 64 characters.' })
  sku!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Display title; the option values joined by " / " when absent.',
  })
  title?: string | null;

  @Field(() => [VariantOptionInput], {
    nullable: true,
    description: 'Options that set this variant apart, at most 5.',
  })
  options?: VariantOptionInput[] | null;

  @Field(() => Int, { description: 'Price in cents (USD), 0 or more.' })
  price!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Former price in cents shown struck through; must be above the price.',
  })
  compareAtPrice?: number | null;

  @Field(() => Int, { nullable: true, description: 'Shipping weight in grams, 0 or more; 0 when absent.' })
  weightGrams?: number | null;
}

@InputType({ description: 'Changes to a variant; absent fields stay as they are.' })
export class UpdateProductVariantInput {
  @Field(() => String, { nullable: true, description: 'New SKU; must be unused.' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'New display title.' })
  title?: string | null;

  @Field(() => [VariantOptionInput], {
    nullable: true,
    description: 'New options, replacing all current ones.',
  })
  options?: VariantOptionInput[] | null;

  @Field(() => Int, { nullable: true, description: 'New price in cents.' })
  price?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New compare-at price in cents; an explicit null removes it.',
  })
  compareAtPrice?: number | null;

  @Field(() => Int, { nullable: true, description: 'New shipping weight in grams.' })
  weightGrams?: number | null;
}
