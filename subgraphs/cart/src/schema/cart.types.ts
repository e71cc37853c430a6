import { Money, money } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { PricedCart, PricedLine } from '../domain/cart-pricing';

/** The products subgraph owns variants; the cart only refers to them by id. */
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
export class CartLine {
  @Field(() => ID, { description: 'Line id, used to change or remove the line.' })
  id!: string;

  @Field(() => ProductVariantRef, { description: 'The variant in this line.' })
  variant!: ProductVariantRef;

  @Field(() => Int, { description: 'Number of units.' })
  quantity!: number;

  @Field(() => Money, { description: 'Current price of one unit.' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'unitPrice times quantity.' })
  lineTotal!: Money;

  @Field(() => Money, { description: 'Price of one unit when the line was added.' })
  addedUnitPrice!: Money;

  @Field(() => Boolean, { description: 'True when the price changed since the line was added.' })
  priceChanged!: boolean;

  @Field(() => Boolean, {
    description: 'False when the variant can no longer be bought; remove the line to check out.',
  })
  purchasable!: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType('Cart', {
  description: "A shopping cart: a guest cart addressed by its id, or a signed-in customer's cart.",
})
export class Cart {
  @Field(() => ID, { description: 'Cart id; guests keep it to find their cart again.' })
  id!: string;

  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [CartLine], { description: 'Lines in the order they were added.' })
  lines!: CartLine[];

  @Field(() => Int, { description: 'Total number of units across all lines.' })
  itemCount!: number;

  @Field(() => Money, { description: 'Sum of the line totals, before discounts and shipping.' })
  subtotal!: Money;

  @Field(() => Boolean, { description: 'True for a guest cart (not yet merged into a customer cart).' })
  isGuest!: boolean;

  @Field(() => Date, { description: 'When the cart last changed.' })
  updatedAt!: Date;
}

function toCartLine(line: PricedLine): CartLine {
  return Object.assign(new CartLine(), {
    id: line.id,
    variant: Object.assign(new ProductVariantRef(), { id: line.variantId }),
    quantity: line.quantity,
    unitPrice: money(line.unitPrice.amount, line.unitPrice.currency),
    lineTotal: money(line.lineTotal.amount, line.lineTotal.currency),
    addedUnitPrice: money(line.addedUnitPrice.amount, line.addedUnitPrice.currency),
    priceChanged: line.priceChanged,
    purchasable: line.purchasable,
  });
}

export function toCart(cart: PricedCart): Cart {
  return Object.assign(new Cart(), {
    id: cart.id,
    lines: cart.lines.map(toCartLine),
    itemCount: cart.itemCount,
    subtotal: money(cart.subtotal.amount, cart.subtotal.currency),
    isGuest: cart.customerId === null,
    updatedAt: new Date(cart.updatedAt),
  });
}
