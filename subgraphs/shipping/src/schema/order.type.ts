import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by orders; shipping adds the order's shipment to it. */
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

export function resolveOrderReference(reference: { id: string; openedWithAccessToken?: boolean }): Order {
  return Object.assign(new Order(), {
    id: reference.id,
    openedWithAccessToken: reference.openedWithAccessToken === true,
  });
}
