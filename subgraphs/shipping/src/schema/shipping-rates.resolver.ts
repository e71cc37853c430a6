import { badUserInput, notFound } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { checkDestination } from '../domain/destination';
import { findLiveQuote, quoteShippingRates } from '../services/shipping-rates.service';
import type { ShippingContext } from './context';
import { ShippingRate, ShippingRatesInput, toShippingRate } from './shipping-rate.type';

const MAX_ID_LENGTH = 100;

@Resolver()
export class ShippingRatesResolver {
  @Query(() => [ShippingRate], {
    description:
      'Prices every carrier service for a cart and destination, cheapest first. Guests may ask for their guest cart; each rate can be chosen at checkout until it expires. Empty for an empty cart.',
  })
  async shippingRates(
    @Arg('input', () => ShippingRatesInput, { description: 'The cart and where it would go.' })
    input: ShippingRatesInput,
    @Ctx() ctx: ShippingContext,
  ): Promise<ShippingRate[]> {
    const cartId = input.cartId.trim();
    if (cartId === '' || cartId.length > MAX_ID_LENGTH)
      throw badUserInput('cartId must be a cart id.', ['input', 'cartId']);
    const check = checkDestination(input.destination);
    if (!check.ok) {
      throw badUserInput(check.problems.map((problem) => problem.message).join(' '), [
        'input',
        'destination',
        check.problems[0]!.field,
      ]);
    }
    const quotes = await quoteShippingRates(ctx.deps, {
      cartId,
      destination: check.destination,
      accessToken: ctx.accessToken,
      requestId: ctx.requestId,
      forwardedFor: ctx.forwardedFor,
    });
    if (!quotes) throw notFound('Cart');
    return quotes.map(toShippingRate);
  }

  @Query(() => ShippingRate, {
    nullable: true,
    description:
      'A rate returned by shippingRates, while it can still be used; null once expired or unknown.',
  })
  async shippingRate(
    @Arg('id', () => ID, { description: 'The rate id.' }) id: string,
    @Ctx() ctx: ShippingContext,
  ): Promise<ShippingRate | null> {
    const quote = await findLiveQuote(ctx.deps, id);
    return quote ? toShippingRate(quote) : null;
  }
}
