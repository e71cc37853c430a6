import { INHERIT_CACHE_HINT } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: 'A picture of a product, uploaded by an admin.' })
export class ProductImage {
  @Field(() => ID, { description: 'Opaque image id.' })
  id!: string;

  @Field(() => String, { description: 'Alternative text for screen readers; empty when not given.' })
  alt!: string;

  @Field(() => Int, { description: 'Place in the product gallery, 0 first.' })
  position!: number;
}
