import { requireAdmin, requireIdentity } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { toReturnPayload } from './return.mapper';
import { ReturnLineInput, ReturnPayload } from './return.type';

@Resolver()
export class ReturnMutationsResolver {
  @Mutation(() => ReturnPayload, {
    description:
      'Asks to return units of a delivered order within the return window (the order’s customer only). The refund is fixed now; the order becomes RETURN_REQUESTED.',
  })
  async requestReturn(
    @Arg('orderId', () => ID, { description: 'The delivered order.' }) orderId: string,
    @Arg('lines', () => [ReturnLineInput], { description: 'Order lines and how many units of each.' })
    lines: ReturnLineInput[],
    @Arg('reason', () => String, { description: 'Why, up to 1000 characters.' }) reason: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<ReturnPayload> {
    const actor = requireIdentity(ctx);
    return toReturnPayload(await ctx.services.returnRequests.request(actor, { orderId, lines, reason }));
  }

  @Mutation(() => ReturnPayload, {
    description: 'Accepts a requested return; the customer may send the items (administrators only).',
  })
  async approveReturn(
    @Arg('returnId', () => ID, { description: 'The return.' }) returnId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<ReturnPayload> {
    requireAdmin(ctx);
    return toReturnPayload(await ctx.services.returnReviews.approve(returnId));
  }

  @Mutation(() => ReturnPayload, {
    description:
      'Records that the items of an approved return arrived: they are restocked and the refund is paid (administrators only).',
  })
  async receiveReturn(
    @Arg('returnId', () => ID, { description: 'The return.' }) returnId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<ReturnPayload> {
    requireAdmin(ctx);
    return toReturnPayload(await ctx.services.returnReviews.receive(returnId));
  }
}
