import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A product, owned by the products subgraph; search returns references the router resolves there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product', {
  description: 'Something the shop sells, in one or more variants (e.g. sizes and colours).',
})
export class ProductRef {
  @Field(() => ID, { description: 'Opaque product id.' })
  id!: string;
}

/** A user account, owned by the users subgraph; search adds personal recommendations to it. */
@Directive('@key(fields: "id")')
@ObjectType('User', { description: 'A customer or staff account.' })
export class UserRef {
  @Field(() => ID, { description: 'Opaque id of the user.' })
  id!: string;
}

export const productRef = (id: string): ProductRef => Object.assign(new ProductRef(), { id });
