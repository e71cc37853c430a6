import { money, unauthenticated } from '@msa/subgraph-kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { CheckoutSummary, CheckoutSummaryInput, toTaxLines } from './tax.type';

@Resolver()
export class CheckoutSummaryResolver {
  @Query(() => CheckoutSummary, {
    description:
      'Previews checkout for a cart, destination and shipping rate: subtotal, discounts, shipping, the taxes of the destination and the total, as checkout will charge them (the cart’s owner, or a guest holding a guest cart’s id).',
  })
  async checkoutSummary(
    @Arg('input', () => CheckoutSummaryInput, { description: 'Cart, destination and chosen shipping rate.' })
    input: CheckoutSummaryInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<CheckoutSummary> {
    // Signed-in callers read their cart as themselves, which needs their token (not available on graphql-ws).
    if (ctx.identity && !ctx.accessToken) throw unauthenticated();
    const draft = await ctx.services.checkoutSummary.summarize(
      { identity: ctx.identity, accessToken: ctx.accessToken, requestId: ctx.requestId },
      input,
    );
    const amount = (value: number) => money(value, draft.currency);
    return Object.assign(new CheckoutSummary(), {
      subtotal: amount(draft.subtotal),
      discountTotal: amount(draft.discountTotal),
      shippingTotal: amount(draft.shippingTotal),
      taxTotal: amount(draft.taxTotal),
      taxLines: toTaxLines(draft.taxLines, draft.currency),
      total: amount(draft.total),
    });
  }
}
