import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Owned by products; this subgraph only adds stock fields to it, so the router can ask for a variant's
 * stock wherever a variant appears.
 */
@Directive('@key(fields: "id")')
@ObjectType('ProductVariant', { description: 'A purchasable variant of a product (SKU).' })
export class ProductVariant {
  @Field(() => ID, { description: 'Variant id.' })
  id!: string;
}
