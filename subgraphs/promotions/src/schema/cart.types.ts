import { Money } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Cart, its lines and variants belong to other subgraphs. Promotions declares the cart fields it needs as
 * @external and @requires them on its own fields, so the router fetches them from the cart subgraph first and
 * hands them over in the entity representation (descriptions match the owners').
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ProductVariant', {
  description: 'A purchasable variant of a product (owned by the products service).',
})
export class ProductVariantRef {
  @Field(() => ID, { description: 'Variant id.' })
  id!: string;
}

@ObjectType('CartLine', {
  description: 'One variant in a cart with its quantity, priced at the current price.',
})
export class CartLineRef {
  @Directive('@external')
  @Field(() => ProductVariantRef, { description: 'The variant in this line.' })
  variant!: ProductVariantRef | null;

  @Directive('@external')
  @Field(() => Int, { description: 'Number of units.' })
  quantity!: number;

  @Directive('@external')
  @Field(() => Money, { description: 'Current price of one unit.' })
  unitPrice!: { amount: number };
}

@Directive('@key(fields: "id")')
@ObjectType('Cart', {
  description: "A shopping cart: a guest cart addressed by its id, or a signed-in customer's cart.",
})
export class Cart {
  @Field(() => ID, { description: 'Cart id; guests keep it to find their cart again.' })
  id!: string;

  @Directive('@external')
  @Field(() => [CartLineRef], { description: 'Lines in the order they were added.' })
  lines?: CartLineRef[] | null;

  @Directive('@external')
  @Field(() => Money, { description: 'Sum of the line totals, before discounts and shipping.' })
  subtotal?: { amount: number; currency: string } | null;
}

/** The selection the router must fetch from the cart subgraph before promotions can price a cart. */
export const CART_REQUIRES =
  '@requires(fields: "subtotal { amount currency } lines { quantity unitPrice { amount } variant { id } }")';

export function cartReference(id: string): Cart {
  return Object.assign(new Cart(), { id });
}

@ObjectType('CartDiscount', { description: 'A promotion applied to a cart, with what it takes off.' })
export class CartDiscount {
  @Field(() => ID, { description: 'The promotion giving this discount.' })
  promotionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The coupon code that unlocked it (upper-cased); null for an automatic promotion.',
  })
  code!: string | null;

  @Field(() => String, { description: "The promotion's name, as shown to the customer." })
  label!: string;

  @Field(() => Money, {
    description: 'What it takes off the cart, in the cart currency (0 for free shipping only).',
  })
  amount!: Money;

  @Field(() => Boolean, { description: 'True when this promotion makes shipping free.' })
  freeShipping!: boolean;
}

@ObjectType('CartCoupon', { description: 'A code entered on a cart, and whether it applies right now.' })
export class CartCoupon {
  @Field(() => String, { description: 'The code, upper-cased.' })
  code!: string;

  @Field(() => Boolean, { description: 'True when the code contributes to the cart discounts.' })
  applied!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it does not apply, e.g. COUPON_EXPIRED, MIN_SUBTOTAL_NOT_MET, FIRST_ORDER_ONLY, USAGE_LIMIT_REACHED or COUPON_NOT_COMBINABLE; null when it does.',
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The same, in words for the customer; null when it applies.',
  })
  message!: string | null;
}
