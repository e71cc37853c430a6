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

  @Mutation(() => ReturnPayload, {
    description:
      'Rejects a return whose items have not arrived yet (administrators only); the customer is told why. Nothing is restocked or refunded, and the order leaves RETURN_REQUESTED when no other return is open. userErrors: NOT_FOUND, INVALID_REASON, RETURN_NOT_PENDING.',
  })
  async rejectReturn(
    @Arg('returnId', () => ID, { description: 'The return.' }) returnId: string,
    @Arg('reason', () => String, { description: 'Why, shown to the customer; 1 to 1000 characters.' })
    reason: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<ReturnPayload> {
    requireAdmin(ctx);
    return toReturnPayload(await ctx.services.returnClosures.reject(returnId, reason));
  }

  @Mutation(() => ReturnPayload, {
    description:
      'Withdraws a return before its items are sent back (the customer who asked for it only). The order leaves RETURN_REQUESTED when no other return is open. userErrors: NOT_FOUND, RETURN_NOT_PENDING.',
  })
  async cancelReturn(
    @Arg('returnId', () => ID, { description: 'The return.' }) returnId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<ReturnPayload> {
    return toReturnPayload(await ctx.services.returnClosures.cancel(requireIdentity(ctx), returnId));
  }
}
