import { requireIdentity, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { toOrder } from './order.mapper';
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
      'Cancels an order: its customer before it ships, an administrator before it is delivered. Reserved stock is released, committed stock restocked.',
  })
  async cancelOrder(
    @Arg('id', () => ID, { description: 'The order id.' }) id: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<CancelOrderPayload> {
    const outcome = await ctx.services.cancellation.cancel(requireIdentity(ctx), id);
    return Object.assign(new CancelOrderPayload(), {
      order: outcome.order && toOrder(outcome.order),
      userErrors: outcome.userErrors,
    });
  }
}
