import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by orders; this subgraph adds the order's payment to it. */
@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'An order placed at checkout.' })
export class Order {
  @Field(() => ID, { description: 'Opaque order id.' })
  id!: string;

  @Field(() => Boolean, {
    description:
      'Owned by orders (hidden from the API): whether this request opened the order with its guest access token.',
  })
  @Directive('@external')
  openedWithAccessToken?: boolean;
}
