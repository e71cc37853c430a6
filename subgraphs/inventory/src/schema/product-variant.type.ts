import { CATALOG_CACHE_HINT } from '@msa/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Owned by products; this subgraph only adds stock fields to it, so the router can ask for a variant's
 * stock wherever a variant appears.
 */
@Directive('@key(fields: "id")')
@Directive(CATALOG_CACHE_HINT)
@ObjectType('ProductVariant', {
  description: 'A purchasable version of a product with its own SKU and price.',
})
export class ProductVariant {
  @Field(() => ID, { description: 'Opaque variant id; carts and orders refer to it.' })
  id!: string;
}
