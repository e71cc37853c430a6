import type { Identity } from '@msa/auth';
import { forbidden } from '@msa/subgraph-kit';
import { normalizeCouponCode } from '../domain/coupon-code';
import type { CallerCredentials, CartClient, CartSnapshot } from '../clients/cart.client';
import { addCartCoupon, removeCartCoupon } from '../data/cart-coupon.repo';
import type { PromotionsDb } from '../data/database';
import type { PricingSources } from './pricing-sources';

export interface CouponProblem {
  code: string;
  message: string;
  field: string[];
}

/** The cart whose coupons changed (or not), and why not. */
export interface CouponOutcome {
  cartId: string | null;
  problems: CouponProblem[];
}

export interface CouponDeps {
  db: PromotionsDb;
  carts: CartClient;
  maxCouponsPerCart: number;
}

export interface CouponCaller extends CallerCredentials {
  identity: Identity | null;
}

const refused = (cartId: string | null, code: string, message: string, field: string): CouponOutcome => ({
  cartId,
  problems: [{ code, message, field: [field] }],
});

/**
 * The cart as the caller may see it, and whose coupons they are: a guest cart's belong to nobody; a customer
 * cart's to its owner, who alone may change them (staff can read other customers' carts, not shop in them).
 */
async function readOwnedCart(
  deps: CouponDeps,
  caller: CouponCaller,
  cartId: string,
): Promise<{ cart: CartSnapshot; ownerId: string | null } | null> {
  const { cart, ownCartId } = await deps.carts.readCart(cartId, caller);
  if (!cart) return null;
  if (cart.isGuest) return { cart, ownerId: null };
  if (!caller.identity || ownCartId !== cart.id)
    throw forbidden("Only the cart's owner can change its coupons");
  return { cart, ownerId: caller.identity.userId };
}

/**
 * applyCoupon: keeps the code on the cart only if it applies right now, together with the codes already
 * there (the engine may prefer it to them; the cart then says why they stopped applying). Applying a code
 * the cart already has changes nothing.
 */
export async function applyCoupon(
  deps: CouponDeps,
  sources: PricingSources,
  caller: CouponCaller,
  cartId: string,
  rawCode: string,
): Promise<CouponOutcome> {
  const code = normalizeCouponCode(rawCode);
  if (!code)
    return refused(
      cartId,
      'COUPON_NOT_FOUND',
      `No offer has the code ${rawCode.trim() || '(empty)'}.`,
      'code',
    );
  const owned = await readOwnedCart(deps, caller, cartId);
  if (!owned) return refused(null, 'CART_NOT_FOUND', 'This cart does not exist or has expired.', 'cartId');

  const existing = (await sources.couponsOf(cartId)).map((coupon) => coupon.code);
  if (existing.includes(code)) return { cartId, problems: [] };
  if (existing.length >= deps.maxCouponsPerCart) {
    return refused(
      cartId,
      'TOO_MANY_COUPONS',
      `A cart can hold at most ${deps.maxCouponsPerCart} codes; remove one first.`,
      'code',
    );
  }

  const customerId = owned.ownerId ?? (caller.identity?.kind === 'user' ? caller.identity.userId : null);
  const result = await sources.price(owned.cart, [...existing, code], customerId);
  const outcome = result.coupons.find((coupon) => coupon.code === code)!;
  if (outcome.problem) return refused(cartId, outcome.problem.code, outcome.problem.message, 'code');
  await addCartCoupon(deps.db, { cartId, code, ownerId: owned.ownerId });
  sources.forgetCoupons(cartId);
  return { cartId, problems: [] };
}

/** removeCoupon: takes a code off the cart; a code the cart does not have is reported, not ignored. */
export async function removeCoupon(
  deps: CouponDeps,
  sources: PricingSources,
  caller: CouponCaller,
  cartId: string,
  rawCode: string,
): Promise<CouponOutcome> {
  const owned = await readOwnedCart(deps, caller, cartId);
  if (!owned) return refused(null, 'CART_NOT_FOUND', 'This cart does not exist or has expired.', 'cartId');
  const code = normalizeCouponCode(rawCode);
  if (!code || !(await removeCartCoupon(deps.db, cartId, code))) {
    return refused(cartId, 'COUPON_NOT_APPLIED', `The code ${rawCode.trim()} is not on this cart.`, 'code');
  }
  sources.forgetCoupons(cartId);
  return { cartId, problems: [] };
}
