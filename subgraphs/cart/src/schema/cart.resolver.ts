import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CartContext } from './cart-context';
import { CartPayload, toCartPayload } from './cart-payload';
import { Cart, toCart } from './cart.types';

const CART_ID_ARG = {
  nullable: true,
  description: "The cart to change; omit for the signed-in customer's own cart.",
} as const;

@Resolver(() => Cart)
export class CartResolver {
  @Query(() => Cart, {
    nullable: true,
    description:
      "A cart by id, or the signed-in customer's own cart when no id is given. Null when there is none.",
  })
  async cart(
    @Ctx() ctx: CartContext,
    @Arg('cartId', () => ID, { nullable: true, description: "A guest cart's id, or your own cart's id." })
    cartId: string | null | undefined,
  ): Promise<Cart | null> {
    const cart = await ctx.carts.getCart(ctx.identity, cartId);
    return cart ? toCart(cart) : null;
  }

  @Mutation(() => CartPayload, {
    description:
      'Adds units of a variant. A guest without a cartId gets a new cart; its id is in the payload.',
  })
  async addToCart(
    @Ctx() ctx: CartContext,
    @Arg('cartId', () => ID, CART_ID_ARG) cartId: string | null | undefined,
    @Arg('variantId', () => ID, { description: 'The variant to add.' }) variantId: string,
    @Arg('quantity', () => Int, { defaultValue: 1, description: 'Units to add, at least 1.' })
    quantity: number,
  ): Promise<CartPayload> {
    return toCartPayload(await ctx.carts.addToCart(ctx.identity, cartId, variantId, quantity));
  }

  @Mutation(() => CartPayload, { description: 'Sets the quantity of a line; 0 removes it.' })
  async updateCartLine(
    @Ctx() ctx: CartContext,
    @Arg('cartId', () => ID, CART_ID_ARG) cartId: string | null | undefined,
    @Arg('lineId', () => ID, { description: 'The line to change.' }) lineId: string,
    @Arg('quantity', () => Int, { description: 'New quantity; 0 removes the line.' }) quantity: number,
  ): Promise<CartPayload> {
    return toCartPayload(await ctx.carts.updateLine(ctx.identity, cartId, lineId, quantity));
  }

  @Mutation(() => CartPayload, { description: 'Removes a line from the cart.' })
  async removeCartLine(
    @Ctx() ctx: CartContext,
    @Arg('cartId', () => ID, CART_ID_ARG) cartId: string | null | undefined,
    @Arg('lineId', () => ID, { description: 'The line to remove.' }) lineId: string,
  ): Promise<CartPayload> {
    return toCartPayload(await ctx.carts.removeLine(ctx.identity, cartId, lineId));
  }

  @Mutation(() => CartPayload, { description: 'Removes every line from the cart.' })
  async clearCart(
    @Ctx() ctx: CartContext,
    @Arg('cartId', () => ID, CART_ID_ARG) cartId: string | null | undefined,
  ): Promise<CartPayload> {
    return toCartPayload(await ctx.carts.clear(ctx.identity, cartId));
  }

  @Mutation(() => CartPayload, {
    description:
      'After sign-in, folds a guest cart into your cart: quantities of the same variant are summed and clamped to ' +
      'the per-line maximum and to stock, and the guest cart is deleted. Repeating it returns the same cart.',
  })
  async mergeCart(
    @Ctx() ctx: CartContext,
    @Arg('guestCartId', () => ID, { description: 'The guest cart used before signing in.' })
    guestCartId: string,
  ): Promise<CartPayload> {
    return toCartPayload(await ctx.cartMerges.merge(ctx.identity, guestCartId));
  }
}
