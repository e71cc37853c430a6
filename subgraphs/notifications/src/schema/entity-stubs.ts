import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A user account, owned by the users subgraph; notifications only refer to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A user account (owned by the users service).' })
export class UserRef {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;
}

/** An order, owned by the orders subgraph; notifications only refer to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Order', { description: 'An order (owned by the orders service).' })
export class OrderRef {
  @Field(() => ID, { description: 'The order id.' })
  id!: string;
}

export const userRef = (id: string) => Object.assign(new UserRef(), { id });
export const orderRef = (id: string) => Object.assign(new OrderRef(), { id });
