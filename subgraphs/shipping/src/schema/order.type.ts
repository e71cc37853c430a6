import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by orders; shipping adds the order's shipment to it. */
@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'An order placed at checkout.' })
export class Order {
  @Field(() => ID, { description: 'Opaque order id.' })
  id!: string;
}

export function resolveOrderReference(reference: { id: string }): Order {
  return Object.assign(new Order(), { id: reference.id });
}
