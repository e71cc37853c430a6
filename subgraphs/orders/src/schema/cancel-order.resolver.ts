import { UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { orderActor, orderFor } from './order-access';
import { Order } from './order.type';

@ObjectType('CancelOrderPayload', { description: 'Result of cancelling an order.' })
export class CancelOrderPayload {
  @Field(() => Order, { nullable: true, description: 'The cancelled order.' })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'ORDER_NOT_CANCELLABLE when the order is past the point of cancelling.',
  })
  userErrors!: UserError[];
}

@Resolver()
export class CancelOrderResolver {
  @Mutation(() => CancelOrderPayload, {
    description:
      'Cancels an order: its customer (or a guest with the order’s access token; anyone else is FORBIDDEN) before it ships, an administrator before it is delivered. Reserved stock is released, committed stock restocked.',
  })
  async cancelOrder(
    @Arg('id', () => ID, { description: 'The order id.' }) id: string,
    @Arg('accessToken', () => String, {
      nullable: true,
      description: 'For guests: CheckoutPayload.orderAccessToken of this order.',
    })
    accessToken: string | null | undefined,
    @Ctx() ctx: OrdersContext,
  ): Promise<CancelOrderPayload> {
    const actor = await orderActor(ctx, id, accessToken);
    const outcome = await ctx.services.cancellation.cancel(actor, id);
    return Object.assign(new CancelOrderPayload(), {
      order: outcome.order && orderFor(outcome.order, actor),
      userErrors: outcome.userErrors,
    });
  }
}
