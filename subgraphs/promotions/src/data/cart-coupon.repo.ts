import type { PromotionsDb, PromotionsTx } from './database';

export interface CartCouponRow {
  cartId: string;
  code: string;
  ownerId: string | null;
  appliedAt: Date;
}

/** Coupons of many carts in one query (for the per-request loader), oldest first within a cart. */
export function findCartCoupons(db: PromotionsDb, cartIds: readonly string[]): Promise<CartCouponRow[]> {
  return db.cartCoupon.findMany({
    where: { cartId: { in: [...cartIds] } },
    orderBy: [{ appliedAt: 'asc' }, { code: 'asc' }],
  });
}

/** Adds a code to a cart unless it is already there; true when it was added. */
export async function addCartCoupon(
  db: PromotionsDb,
  coupon: Omit<CartCouponRow, 'appliedAt'>,
): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "cart_coupons" ("cart_id", "code", "owner_id") VALUES (${coupon.cartId}, ${coupon.code}, ${coupon.ownerId})
    ON CONFLICT ("cart_id", "code") DO NOTHING`;
  return inserted === 1;
}

export async function removeCartCoupon(db: PromotionsDb, cartId: string, code: string): Promise<boolean> {
  const { count } = await db.cartCoupon.deleteMany({ where: { cartId, code } });
  return count > 0;
}

/** After checkout the redeemed codes leave the customer's own carts: they are spent. */
export async function removeRedeemedCoupons(
  tx: PromotionsTx,
  customerId: string,
  codes: readonly string[],
): Promise<void> {
  if (codes.length === 0) return;
  await tx.cartCoupon.deleteMany({ where: { ownerId: customerId, code: { in: [...codes] } } });
}

/** Coupons of carts nobody touched since `before` (guest carts expire in the cart service; this row would linger). */
export async function deleteCouponsAppliedBefore(db: PromotionsDb, before: Date): Promise<number> {
  const { count } = await db.cartCoupon.deleteMany({ where: { appliedAt: { lt: before } } });
  return count;
}
