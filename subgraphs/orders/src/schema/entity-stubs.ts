import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A user account, owned by the users subgraph; orders only refer to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A user account (owned by the users service).' })
export class UserRef {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;
}

/** A sellable variant, owned by the products subgraph; order lines only refer to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ProductVariant', {
  description: 'A purchasable variant of a product (owned by the products service).',
})
export class ProductVariantRef {
  @Field(() => ID, { description: 'The variant id.' })
  id!: string;
}
