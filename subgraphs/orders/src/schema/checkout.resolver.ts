import { unauthenticated, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { toOrder } from './order.mapper';
import { Order } from './order.type';

@InputType('CheckoutAddressInput', { description: 'Where the order ships.' })
export class CheckoutAddressInput {
  @Field(() => String, { description: 'Recipient name.' })
  name!: string;

  @Field(() => String, { description: 'Street address.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor.' })
  line2?: string | null;

  @Field(() => String, { description: 'City or town.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  region?: string | null;

  @Field(() => String, { description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier.' })
  phone?: string | null;
}

@InputType('CheckoutInput', { description: 'Everything checkout needs.' })
export class CheckoutInput {
  @Field(() => ID, { description: 'The cart to buy.' })
  cartId!: string;

  @Field(() => CheckoutAddressInput, { description: 'Where it ships.' })
  shippingAddress!: CheckoutAddressInput;

  @Field(() => ID, {
    description: 'A rate from Query.shippingRates for this cart and address, chosen before it expires.',
  })
  shippingRateId!: string;

  @Field(() => String, {
    description:
      'The payment provider’s token for the customer’s payment method (e.g. tok_visa in test mode).',
  })
  paymentToken!: string;

  @Field(() => String, {
    description:
      'Chosen by the client per checkout attempt (e.g. a UUID); retrying with the same key returns the same order.',
  })
  idempotencyKey!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Guest checkout: required when not signed in (EMAIL_REQUIRED / INVALID_EMAIL otherwise); the order confirmation and shipping emails go there and Query.guestOrder finds the order with it. Ignored for signed-in customers.',
  })
  email?: string | null;
}

@ObjectType('CheckoutPayload', { description: 'Result of checkout.' })
export class CheckoutPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The order: CONFIRMED or CANCELLED when the saga finished in time, otherwise PENDING; watch it with orderUpdated.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description:
      'Why checkout was refused: EMPTY_CART, CART_NOT_FOUND, INVALID_CART, INVALID_ADDRESS, SHIPPING_RATE_INVALID, IDEMPOTENCY_KEY_REUSED; or why the order was cancelled before checkout answered (its cancellationReason): OUT_OF_STOCK, CARD_DECLINED, INSUFFICIENT_FUNDS, USAGE_LIMIT_REACHED, …',
  })
  userErrors!: UserError[];

  @Field(() => String, {
    nullable: true,
    description:
      'Guest checkout only: a secret that lets its holder read this one order (Query.order(id, accessToken)) and follow it (Subscription.orderUpdated(orderId, accessToken)). Shown once; keep it with the order. It opens the order for 30 days; Query.guestOrder then hands out a fresh one. Null for signed-in customers.',
  })
  orderAccessToken!: string | null;
}

@Resolver()
export class CheckoutResolver {
  @Mutation(() => CheckoutPayload, {
    description:
      'Turns the cart into an order and starts fulfilling it: signed-in customers, or guests with their guest cart and an email.',
  })
  async checkout(
    @Arg('input', () => CheckoutInput, {
      description: 'Cart, address, shipping rate, payment and idempotency key.',
    })
    input: CheckoutInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<CheckoutPayload> {
    const identity = ctx.identity;
    if (identity && !ctx.accessToken) throw unauthenticated();
    const outcome = await ctx.services.checkout.checkout(
      { identity, accessToken: ctx.accessToken, requestId: ctx.requestId },
      input,
    );
    return Object.assign(new CheckoutPayload(), {
      order: outcome.order && toOrder(outcome.order),
      userErrors: outcome.userErrors,
      orderAccessToken: outcome.orderAccessToken,
    });
  }
}
