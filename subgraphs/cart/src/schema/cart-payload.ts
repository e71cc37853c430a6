import { UserError, userError } from '@msa/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import type { CartOutcome } from '../services/cart-deps';
import { Cart, toCart } from './cart.types';

@ObjectType('CartPayload', { description: 'Result of a cart mutation.' })
export class CartPayload {
  @Field(() => Cart, {
    nullable: true,
    description: 'The cart after the change; as it stands when the change was refused.',
  })
  cart!: Cart | null;

  @Field(() => [UserError], {
    description: 'Why the change was refused, e.g. OUT_OF_STOCK or QUANTITY_LIMIT; empty on success.',
  })
  userErrors!: UserError[];
}

export function toCartPayload(outcome: CartOutcome): CartPayload {
  return Object.assign(new CartPayload(), {
    cart: outcome.cart ? toCart(outcome.cart) : null,
    userErrors: outcome.userErrors.map((violation) =>
      userError(violation.code, violation.message, violation.field),
    ),
  });
}
