import { UserError, userError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { applyCoupon, removeCoupon, type CouponOutcome } from '../services/coupons.service';
import { Cart, cartReference } from './cart.types';
import type { PromotionsContext } from './context';

@ObjectType('CouponPayload', { description: 'Result of applying or removing a coupon code.' })
export class CouponPayload {
  @Field(() => Cart, {
    nullable: true,
    description: 'The cart, to re-read its discounts and totals; null when the cart does not exist.',
  })
  cart!: Cart | null;

  @Field(() => [UserError], {
    description:
      'Why the code was refused, e.g. COUPON_NOT_FOUND, COUPON_EXPIRED, NOT_STARTED, USAGE_LIMIT_REACHED, MIN_SUBTOTAL_NOT_MET, FIRST_ORDER_ONLY, COUPON_NOT_COMBINABLE, CART_NOT_FOUND; empty on success.',
  })
  userErrors!: UserError[];
}

function toPayload(outcome: CouponOutcome): CouponPayload {
  return Object.assign(new CouponPayload(), {
    cart: outcome.cartId ? cartReference(outcome.cartId) : null,
    userErrors: outcome.problems.map((problem) => userError(problem.code, problem.message, problem.field)),
  });
}

@Resolver()
export class CouponResolver {
  @Mutation(() => CouponPayload, {
    description:
      'Enters a coupon code on a cart. It is kept only if it applies now; the userError says why not.',
  })
  async applyCoupon(
    @Ctx() ctx: PromotionsContext,
    @Arg('cartId', () => ID, { description: 'The cart (a guest cart id, or your own cart id).' })
    cartId: string,
    @Arg('code', () => String, { description: 'The code, in any case.' }) code: string,
  ): Promise<CouponPayload> {
    return toPayload(await applyCoupon(ctx.coupons, ctx.sources, ctx.caller, cartId, code));
  }

  @Mutation(() => CouponPayload, { description: 'Takes a coupon code off a cart.' })
  async removeCoupon(
    @Ctx() ctx: PromotionsContext,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
    @Arg('code', () => String, { description: 'The code to remove, in any case.' }) code: string,
  ): Promise<CouponPayload> {
    return toPayload(await removeCoupon(ctx.coupons, ctx.sources, ctx.caller, cartId, code));
  }
}
