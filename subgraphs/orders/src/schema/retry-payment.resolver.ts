import { UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { orderActor, orderFor } from './order-access';
import { Order } from './order.type';

@ObjectType('RetryPaymentPayload', { description: 'Result of retrying the payment of an order.' })
export class RetryPaymentPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The order: CONFIRMED when the new payment went through in time, PAYMENT_FAILED when it was declined again, otherwise PENDING (follow it with orderUpdated).',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description:
      'NOT_FOUND (no such order), INVALID_PAYMENT_TOKEN (blank or malformed token), ORDER_NOT_PAYMENT_FAILED (the order is not waiting for a payment); or, beside the order, the new decline (CARD_DECLINED, INSUFFICIENT_FUNDS, …) or why it was cancelled meanwhile.',
  })
  userErrors!: UserError[];
}

@Resolver()
export class RetryPaymentResolver {
  @Mutation(() => RetryPaymentPayload, {
    description:
      'Pays a PAYMENT_FAILED order again with another payment method (its customer, or a guest with the order’s access token; anyone else is FORBIDDEN): authorize, capture, ship and confirm run again on the same order, while its stock is still reserved. Submitting twice retries once.',
  })
  async retryPayment(
    @Arg('orderId', () => ID, { description: 'The order whose payment was declined.' }) orderId: string,
    @Arg('paymentToken', () => String, {
      description: 'The payment provider’s token for the new payment method (e.g. tok_visa in test mode).',
    })
    paymentToken: string,
    @Arg('accessToken', () => String, {
      nullable: true,
      description: 'For guests: CheckoutPayload.orderAccessToken of this order.',
    })
    accessToken: string | null | undefined,
    @Ctx() ctx: OrdersContext,
  ): Promise<RetryPaymentPayload> {
    const actor = await orderActor(ctx, orderId, accessToken);
    const outcome = await ctx.services.paymentRetries.retry(actor, orderId, paymentToken);
    return Object.assign(new RetryPaymentPayload(), {
      order: outcome.order && orderFor(outcome.order, actor),
      userErrors: outcome.userErrors,
    });
  }
}
