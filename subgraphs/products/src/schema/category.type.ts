import { CATALOG_CACHE_HINT } from '@msa/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@Directive(CATALOG_CACHE_HINT)
@ObjectType({ description: 'A node of the category tree, e.g. Electronics > Audio > Headphones.' })
export class Category {
  @Field(() => ID, { description: 'Opaque category id.' })
  id!: string;

  @Field(() => String, { description: 'Unique, URL-friendly name, e.g. "headphones".' })
  slug!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'Short description for the category page.' })
  description!: string;
}
