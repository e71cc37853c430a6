import { badUserInput, notFound } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { checkDestination } from '../domain/destination';
import { mayReadQuote } from '../domain/quote-access';
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
      quotedForUserId: ctx.identity?.kind === 'user' ? ctx.identity.userId : null,
      requestId: ctx.requestId,
      forwardedFor: ctx.forwardedFor,
    });
    if (!quotes) throw notFound('Cart');
    return quotes.map(toShippingRate);
  }

  @Query(() => ShippingRate, {
    nullable: true,
    description:
      'A rate returned by shippingRates, while it can still be used, to the customer who asked for it (or, for a rate a guest asked for, to whoever names its cart); null once expired, unknown or not yours.',
  })
  async shippingRate(
    @Arg('id', () => ID, { description: 'The rate id.' }) id: string,
    @Arg('cartId', () => ID, {
      nullable: true,
      description: 'The cart the rate was quoted for; required to read a rate a guest asked for.',
    })
    cartId: string | null | undefined,
    @Ctx() ctx: ShippingContext,
  ): Promise<ShippingRate | null> {
    const quote = await findLiveQuote(ctx.deps, id);
    return quote && mayReadQuote(quote, ctx.identity, cartId ?? null) ? toShippingRate(quote) : null;
  }
}
