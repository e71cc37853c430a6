import { requireAdmin } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { keysetConnection } from './keyset-connection';
import { SetTaxRateInput, TaxRateConnection, TaxRatePayload, toTaxRate } from './tax.type';

function toPayload(
  outcome: Awaited<ReturnType<OrdersContext['services']['taxRates']['set']>>,
): TaxRatePayload {
  return Object.assign(new TaxRatePayload(), {
    taxRate: outcome.taxRate && toTaxRate(outcome.taxRate),
    userErrors: outcome.userErrors,
  });
}

@Resolver()
export class TaxRateResolver {
  @Query(() => TaxRateConnection, { description: 'The tax table, newest first (administrators only).' })
  async taxRates(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100.' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last rate of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: OrdersContext,
  ) {
    requireAdmin(ctx);
    return keysetConnection(
      first,
      after,
      (take, cursor) => ctx.services.taxRates.list(take, cursor),
      toTaxRate,
    );
  }

  @Mutation(() => TaxRatePayload, {
    description:
      'Sets the tax rate of a country, or of one region of it: creates it, or changes the one already set for that country and region (administrators only). Orders already placed keep the tax they were charged.',
  })
  async setTaxRate(
    @Arg('input', () => SetTaxRateInput, {
      description: 'Country, optional region, rate and whether shipping is taxed.',
    })
    input: SetTaxRateInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<TaxRatePayload> {
    requireAdmin(ctx);
    return toPayload(await ctx.services.taxRates.set(input));
  }

  @Mutation(() => TaxRatePayload, {
    description:
      'Removes a tax rate (administrators only); its destinations fall back to the country’s rate, or become tax-exempt.',
  })
  async removeTaxRate(
    @Arg('id', () => ID, { description: 'The rate.' }) id: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<TaxRatePayload> {
    requireAdmin(ctx);
    return toPayload(await ctx.services.taxRates.remove(id));
  }
}
