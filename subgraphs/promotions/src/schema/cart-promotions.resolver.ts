import { DEFAULT_CURRENCY, Money, money } from '@msa/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EngineResult } from '../domain/promotion-engine';
import type { CartRepresentation } from '../services/cart-pricing';
import { Cart, CART_REQUIRES, CartCoupon, CartDiscount } from './cart.types';
import type { PromotionsContext } from './context';

function currencyOf(cart: CartRepresentation): string {
  return cart.subtotal?.currency ?? DEFAULT_CURRENCY;
}

function toDiscount(discount: EngineResult['discounts'][number], currency: string): CartDiscount {
  return Object.assign(new CartDiscount(), {
    promotionId: discount.promotionId,
    code: discount.code,
    label: discount.label,
    amount: money(discount.amount, currency),
    freeShipping: discount.freeShipping,
  });
}

/** The promotions fields of a cart; each asks the request's CartPricing, which prices the cart once. */
@Resolver(() => Cart)
export class CartPromotionsResolver {
  @Directive(CART_REQUIRES)
  @Directive('@listSize(assumedSize: 3)')
  @FieldResolver(() => [CartDiscount], {
    description: 'The promotions the engine chose for this cart, best combination for the customer.',
  })
  async discounts(@Root() cart: CartRepresentation, @Ctx() ctx: PromotionsContext): Promise<CartDiscount[]> {
    const result = await ctx.pricing.price(cart);
    return result.discounts.map((discount) => toDiscount(discount, currencyOf(cart)));
  }

  @Directive(CART_REQUIRES)
  @FieldResolver(() => Money, { description: 'Sum of the discounts.' })
  async discountTotal(@Root() cart: CartRepresentation, @Ctx() ctx: PromotionsContext): Promise<Money> {
    return money((await ctx.pricing.price(cart)).discountTotal, currencyOf(cart));
  }

  @Directive(CART_REQUIRES)
  @FieldResolver(() => Money, { description: 'Subtotal minus discounts; shipping is added at checkout.' })
  async total(@Root() cart: CartRepresentation, @Ctx() ctx: PromotionsContext): Promise<Money> {
    return money((await ctx.pricing.price(cart)).total, currencyOf(cart));
  }

  @Directive(CART_REQUIRES)
  @FieldResolver(() => Boolean, {
    description: 'True when a chosen promotion makes shipping free at checkout.',
  })
  async freeShipping(@Root() cart: CartRepresentation, @Ctx() ctx: PromotionsContext): Promise<boolean> {
    return (await ctx.pricing.price(cart)).freeShipping;
  }

  @FieldResolver(() => [String], {
    description: 'Coupon codes entered on this cart (upper-cased), whether or not they apply.',
  })
  couponCodes(@Root() cart: CartRepresentation, @Ctx() ctx: PromotionsContext): Promise<string[]> {
    return ctx.pricing.couponCodes(cart.id);
  }

  @Directive(CART_REQUIRES)
  @Directive('@listSize(assumedSize: 3)')
  @FieldResolver(() => [CartCoupon], {
    description: 'Every code entered on this cart, whether it applies, and why not.',
  })
  async coupons(@Root() cart: CartRepresentation, @Ctx() ctx: PromotionsContext): Promise<CartCoupon[]> {
    const result = await ctx.pricing.price(cart);
    return result.coupons.map((coupon) =>
      Object.assign(new CartCoupon(), {
        code: coupon.code,
        applied: coupon.applied,
        reason: coupon.problem?.code ?? null,
        message: coupon.problem?.message ?? null,
      }),
    );
  }
}
